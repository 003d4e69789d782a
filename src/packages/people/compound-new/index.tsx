// 开通小区 (admin, or the community in its own community): name, community, property company, the
// buildings laid out by 单元 × floors × rooms or "import the roster later", the starter teams and
// the SLA. Sent with one operation id per form, so a resent tap makes no second compound; once
// opened, the phone switches to the new compound and offers its settings and the roster import.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { TextInput } from '../../../components/Field';
import { ChoiceGroup, SelectField } from '../../../components/Choice';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call } from '../../../services/api';
import { newOpId } from '../../../services/offlineQueue';
import { setCurrentCompound } from '../../../services/compound';
import { PAGES } from '../../../routes';
import { SLA_HOURS } from '../../../domain/compoundSettings';
import { setupText as t, errorUnder, joinNames, splitNames, wholeNumber as number } from '../components/compoundSetupText';
import '../../../components/keepInView.css';

interface BuildingRow {
  name: string;
  units: string;
  floors: string;
  rooms: string;
}

const NO_COMPANY = 'none';
const emptyBuilding = (n: number): BuildingRow => ({ name: `${n}栋`, units: '1', floors: '6', rooms: '2' });
const flatsOf = (b: BuildingRow) => Math.max(1, Number(b.units) || 0) * (Number(b.floors) || 0) * (Number(b.rooms) || 0);

function BuildingFields({ n, row, onChange, onRemove, err }: { n: number; row: BuildingRow; onChange: (r: BuildingRow) => void; onRemove?: () => void; err: (f: string) => string | null }) {
  const set = (k: keyof BuildingRow) => (v: string) => onChange({ ...row, [k]: v });
  const id = (k: string) => `b${n}-${k}`;
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(3)}>
        {t.building(n + 1)}
      </Text>
      <TextInput id={id('name')} label={t.buildingName} placeholder={t.buildingNamePlaceholder} value={row.name} onChange={set('name')} maxLength={10} error={err(`buildings.${n}.name`)} name={`${t.building(n + 1)}·${t.buildingName}`} />
      <TextInput id={id('units')} label={t.units} keyboard='number' value={row.units} onChange={set('units')} maxLength={2} error={err(`buildings.${n}.units`)} name={`${t.building(n + 1)}·${t.units}`} />
      <TextInput id={id('floors')} label={t.floors} keyboard='number' value={row.floors} onChange={set('floors')} maxLength={2} error={err(`buildings.${n}.floors`)} name={`${t.building(n + 1)}·${t.floors}`} />
      <TextInput id={id('rooms')} label={t.rooms} keyboard='number' value={row.rooms} onChange={set('rooms')} maxLength={2} error={err(`buildings.${n}.roomsPerFloor`)} name={`${t.building(n + 1)}·${t.rooms}`} />
      {onRemove && (
        <Btn kind='secondary' onClick={onRemove}>
          {t.removeBuilding(row.name)}
        </Btn>
      )}
    </View>
  );
}

export default function CompoundNewPage() {
  const options = useAction('compounds.setupOptions');
  const [name, setName] = useState('');
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [companyId, setCompanyId] = useState<string>(NO_COMPANY);
  const [city, setCity] = useState('');
  const [district, setDistrict] = useState('');
  const [way, setWay] = useState<'now' | 'later'>('now');
  const [buildings, setBuildings] = useState<BuildingRow[]>([emptyBuilding(1)]);
  const [accept, setAccept] = useState('24');
  const [firstAction, setFirstAction] = useState('72');
  const [teams, setTeams] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  // One tap, one operation: a resend after a timeout carries the same id (no second compound).
  const opId = useRef(newOpId());
  const f = useSubmit({ fixErrors: t.fix });

  if (options.state === 'loading') return <Page><Loading /></Page>;
  if (options.state === 'error') return <Page><Failed error={options.error} onRetry={options.reload} /></Page>;
  const { communities, companies, defaults } = options.data;
  const community = communityId ?? (communities.length === 1 ? communities[0].id : null);
  const teamText = teams ?? joinNames(defaults.teams);
  const flats = way === 'now' ? buildings.reduce((s, b) => s + flatsOf(b), 0) : 0;

  const submit = () => {
    const numbers: Record<string, string> = {};
    if (way === 'now')
      buildings.forEach((b, n) => {
        if (Number.isNaN(number(b.units))) numbers[`buildings.${n}.units`] = t.notNumber;
        if (Number.isNaN(number(b.floors))) numbers[`buildings.${n}.floors`] = t.notNumber;
        if (Number.isNaN(number(b.rooms))) numbers[`buildings.${n}.roomsPerFloor`] = t.notNumber;
      });
    if (Number.isNaN(number(accept))) numbers['sla.acceptHours'] = t.notNumber;
    if (Number.isNaN(number(firstAction))) numbers['sla.firstActionHours'] = t.notNumber;
    if (f.invalid(numbers)) {
      f.setFormError(t.fix);
      return;
    }
    void f.run(
      () =>
        call('compounds.create', {
          opId: opId.current,
          name: name.trim(),
          communityId: community ?? '',
          propertyCompanyId: companyId === NO_COMPANY ? null : companyId,
          ...(city.trim() ? { city: city.trim() } : {}),
          ...(district.trim() ? { district: district.trim() } : {}),
          buildings: way === 'now' ? buildings.map((b) => ({ name: b.name.trim(), units: number(b.units), floors: number(b.floors), roomsPerFloor: number(b.rooms) })) : [],
          rosterLater: way === 'later',
          teams: splitNames(teamText),
          sla: { acceptHours: number(accept), firstActionHours: number(firstAction) },
        }),
      (r) => {
        // From now on this phone is in the new compound: its settings and roster are the next steps.
        setCurrentCompound(r.compound.id);
        setCreated({ id: r.compound.id, name: r.compound.name });
        return t.created(r.compound.name);
      },
    );
  };

  if (created)
    return (
      <Page>
        <Text className='gz-h1' {...headingA11y(1)}>
          {t.newTitle}
        </Text>
        <Notice kind='ok'>{f.done ?? t.created(created.name)}</Notice>
        <Btn kind='primary' size='main' block onClick={() => void Taro.redirectTo({ url: PAGES.compoundSettings })}>
          {t.toSettings}
        </Btn>
        <Btn kind='secondary' block onClick={() => void Taro.redirectTo({ url: PAGES.rosterImport })}>
          {t.toRoster}
        </Btn>
      </Page>
    );

  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.newTitle}
      </Text>
      <Text className='gz-p gz-muted'>{t.newIntro}</Text>
      <TextInput id='name' label={t.name} placeholder={t.namePlaceholder} value={name} onChange={setName} maxLength={20} error={f.err('name')} />
      <SelectField id='communityId' label={t.community} placeholder={t.communityPlaceholder} groups={[{ options: communities.map((c) => ({ value: c.id, label: c.streetName ? `${c.streetName} ${c.name}` : c.name })) }]} value={community} onChange={setCommunityId} error={f.err('communityId') ?? undefined} unavailable={communities.length ? undefined : t.noCommunity} />
      <SelectField id='propertyCompanyId' label={t.company} placeholder={t.companyPlaceholder} groups={[{ options: [{ value: NO_COMPANY, label: t.noCompany }, ...companies.map((c) => ({ value: c.id, label: c.name }))] }]} value={companyId} onChange={setCompanyId} error={f.err('propertyCompanyId') ?? undefined} />
      <TextInput id='city' label={t.city} value={city} onChange={setCity} maxLength={20} error={f.err('city')} />
      <TextInput id='district' label={t.district} value={district} onChange={setDistrict} maxLength={20} error={f.err('district')} />
      <ChoiceGroup
        id='buildings'
        label={t.buildingsWay}
        options={[
          { value: 'now', label: t.wayNow, hint: t.wayNowHint },
          { value: 'later', label: t.wayLater, hint: t.wayLaterHint },
        ]}
        value={way}
        onChange={setWay}
        error={f.err('buildings')}
      />
      {way === 'now' && (
        <>
          {buildings.map((row, n) => (
            <BuildingFields
              key={n}
              n={n}
              row={row}
              err={f.err}
              onChange={(r) => setBuildings((list) => list.map((x, i) => (i === n ? r : x)))}
              {...(buildings.length > 1 ? { onRemove: () => setBuildings((list) => list.filter((_, i) => i !== n)) } : {})}
            />
          ))}
          <Text className='gz-muted'>{t.flats(flats, defaults.maxFlats)}</Text>
          <Btn kind='secondary' block onClick={() => setBuildings((list) => [...list, emptyBuilding(list.length + 1)])}>
            {t.addBuilding}
          </Btn>
        </>
      )}
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.sla}
      </Text>
      <TextInput id='acceptHours' label={t.acceptHours} keyboard='number' value={accept} onChange={setAccept} maxLength={3} error={f.err('sla.acceptHours')} hint={t.slaHint(SLA_HOURS.min, SLA_HOURS.max)} />
      <TextInput id='firstActionHours' label={t.firstActionHours} keyboard='number' value={firstAction} onChange={setFirstAction} maxLength={3} error={f.err('sla.firstActionHours')} />
      <TextInput id='teams' label={t.teams} hint={t.teamsHint} value={teamText} onChange={setTeams} maxLength={200} error={errorUnder(f.errors, 'teams')} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <Btn kind='primary' size='main' block busy={f.busy} onClick={submit}>
        {t.create}
      </Btn>
    </Page>
  );
}
