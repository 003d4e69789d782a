// 小区设置 (admin, or the community of this compound's community): the common places and each
// building's places residents report about, the SLA, the care team and its leader, new teams, and
// the compound's wording of its messages. One save sends the whole form; what was typed stays
// when the server refuses a field (its message shows under it).
import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { TextInput } from '../../../components/Field';
import { SelectField } from '../../../components/Choice';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { call, type Output } from '../../../services/api';
import { newOpId } from '../../../services/offlineQueue';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import { setupText as t, errorUnder, joinNames, splitNames, wholeNumber as number } from '../components/compoundSetupText';
import '../../../components/keepInView.css';

type Settings = Output<'compounds.settings.get'>;

interface Form {
  common: string;
  buildings: Record<string, string>;
  accept: string;
  firstAction: string;
  careTeamId: string | null;
  careLeaderId: string | null;
  newTeams: string;
  templates: Record<string, string>;
}

const slotKey = (s: { kind: string; field: string }) => `${s.kind}|${s.field}`;

function formOf(s: Settings): Form {
  const care = s.teams.find((x) => x.id === s.careTeamId);
  return {
    common: joinNames(s.commonPlaces),
    buildings: Object.fromEntries(s.buildings.map((b) => [b.id, joinNames(b.places)])),
    accept: String(s.sla.acceptHours),
    firstAction: String(s.sla.firstActionHours),
    careTeamId: care ? care.id : null,
    careLeaderId: care?.leaderId ?? null,
    newTeams: '',
    templates: Object.fromEntries(s.templates.map((x) => [slotKey(x), x.text])),
  };
}

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [form, setForm] = useState<Form>(() => formOf(settings));
  const f = useSubmit({ fixErrors: t.fix });
  const opId = useRef(newOpId());
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((x) => ({ ...x, [k]: v }));
  const err = (field: string) => errorUnder(f.errors, field);
  const careTeam = settings.teams.find((x) => x.id === form.careTeamId);
  const { limits } = settings;

  const save = () => {
    if (f.invalid({ 'sla.acceptHours': Number.isNaN(number(form.accept)) && t.notNumber, 'sla.firstActionHours': Number.isNaN(number(form.firstAction)) && t.notNumber })) {
      f.setFormError(t.fix);
      return;
    }
    const templates: Record<string, Record<string, string>> = {};
    for (const s of settings.templates) (templates[s.kind] ??= {})[s.field] = form.templates[slotKey(s)] ?? '';
    void f.run(
      () =>
        call('compounds.settings.save', {
          opId: opId.current,
          commonPlaces: splitNames(form.common),
          buildings: settings.buildings.map((b) => ({ id: b.id, places: splitNames(form.buildings[b.id] ?? '') })),
          sla: { acceptHours: number(form.accept), firstActionHours: number(form.firstAction) },
          ...(form.careTeamId ? { careTeamId: form.careTeamId } : {}),
          ...(form.careLeaderId ? { careLeaderId: form.careLeaderId } : {}),
          newTeams: splitNames(form.newTeams),
          templates,
        }),
      (r) => {
        opId.current = newOpId();
        onSaved(r);
        setForm(formOf(r));
        return t.saved;
      },
    );
  };

  return (
    <>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.commonPlaces}
      </Text>
      <TextInput id='commonPlaces' label={t.commonPlaces} hint={t.commonPlacesHint(limits.placeNameMax)} value={form.common} onChange={(v) => set('common', v)} maxLength={400} error={err('commonPlaces')} />
      {settings.buildings.length === 0 ? (
        <Empty title={t.noBuildings}>
          <Btn kind='secondary' onClick={() => go(PAGES.rosterImport)}>
            {t.toRoster}
          </Btn>
        </Empty>
      ) : (
        settings.buildings.map((b, n) => (
          <TextInput key={b.id} id={`building-${n}`} label={t.buildingPlaces(b.name)} hint={n === 0 ? t.buildingPlacesHint : undefined} value={form.buildings[b.id] ?? ''} onChange={(v) => set('buildings', { ...form.buildings, [b.id]: v })} maxLength={200} error={err(`buildings.${n}`)} />
        ))
      )}
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.sla}
      </Text>
      {settings.slaIsDefault && <Text className='gz-muted'>{t.defaultSla(limits.defaultSla.acceptHours, limits.defaultSla.firstActionHours)}</Text>}
      <TextInput id='acceptHours' label={t.acceptHours} keyboard='number' value={form.accept} onChange={(v) => set('accept', v)} maxLength={3} error={err('sla.acceptHours')} hint={t.slaHint(limits.slaMin, limits.slaMax)} />
      <TextInput id='firstActionHours' label={t.firstActionHours} keyboard='number' value={form.firstAction} onChange={(v) => set('firstAction', v)} maxLength={3} error={err('sla.firstActionHours')} />
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.careTeam}
      </Text>
      {settings.teams.length === 0 ? (
        <Text className='gz-muted'>{t.noTeams}</Text>
      ) : (
        <>
          <SelectField id='careTeamId' label={t.careTeam} placeholder={t.careTeamPlaceholder} groups={[{ options: settings.teams.map((x) => ({ value: x.id, label: x.name })) }]} value={form.careTeamId} onChange={(v) => setForm((x) => ({ ...x, careTeamId: v, careLeaderId: settings.teams.find((y) => y.id === v)?.leaderId ?? null }))} error={err('careTeamId') ?? undefined} />
          {careTeam && (
            <SelectField id='careLeaderId' label={t.careLeader} placeholder={t.careLeaderPlaceholder} groups={[{ options: careTeam.people.map((p) => ({ value: p.id, label: p.name })) }]} value={form.careLeaderId} onChange={(v) => set('careLeaderId', v)} error={err('careLeaderId') ?? undefined} unavailable={careTeam.people.length ? undefined : t.noMembers} />
          )}
        </>
      )}
      <TextInput id='newTeams' label={t.newTeams} hint={t.teamsHint} value={form.newTeams} onChange={(v) => set('newTeams', v)} maxLength={200} error={err('newTeams')} />
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.templates}
      </Text>
      <Text className='gz-muted'>{t.templatesHint(limits.templateTextMax)}</Text>
      {settings.templates.map((s) => (
        <TextInput key={slotKey(s)} id={`tpl-${s.kind.replace('.', '-')}-${s.field}`} label={t.templateLabel(s.title, s.label)} hint={t.templateDefault(s.defaultText)} value={form.templates[slotKey(s)] ?? ''} onChange={(v) => set('templates', { ...form.templates, [slotKey(s)]: v })} maxLength={40} error={err(`templates.${s.kind}.${s.field}`)} />
      ))}
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <Btn kind='primary' size='main' block busy={f.busy} onClick={save}>
        {t.save}
      </Btn>
    </>
  );
}

export default function CompoundSettingsPage() {
  const loaded = useAction('compounds.settings.get');
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    if (loaded.state === 'ready') setSettings(loaded.data);
  }, [loaded]);
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.settingsTitle}
      </Text>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <Failed error={loaded.error} onRetry={loaded.reload} />}
      {settings && (
        <View>
          <Text className='gz-p gz-muted'>{t.settingsIntro(settings.compound.name)}</Text>
          {settings.updatedAt && <Text className='gz-muted'>{t.savedAt(formatTime(settings.updatedAt))}</Text>}
          <SettingsForm settings={settings} onSaved={setSettings} />
        </View>
      )}
    </Page>
  );
}
