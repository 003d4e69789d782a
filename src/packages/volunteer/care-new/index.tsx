// 登记帮扶对象 (care team leader, community): category, name, home (a flat picked by building, so a
// concern from a visit can be reported there), contact, needs, how the
// person (or guardian) gave their separate consent — without it nothing is saved — and the care
// team members to pair. Each field is checked with the action's own schema before sending; the
// server's message for a field shows under it too, and what was typed stays.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Chips, SelectField } from '../../../components/Choice';
import { useUnits } from '../../../components/useUnits';
import { Field, TextArea, TextInput } from '../../../components/Field';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { registerCareInput } from '../../../domain/schemas/volunteers';
import { PAGES } from '../../../routes';
import { CARE_CATEGORIES, CONSENT_WAYS, type CareCategory, type ConsentWay } from '../../../domain/volunteers';
import { PeoplePicker } from '../components/PeoplePicker';
import { careNewText as t } from '../../../copy/volunteers';
import '../../../components/keepInView.css';
import '../components/volunteer.css';

export default function CareNewPage() {
  const team = useAction('volunteers.team', { care: true });
  const [category, setCategory] = useState<CareCategory | null>(null);
  const [name, setName] = useState('');
  const [buildingId, setBuildingId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const buildings = useAction('compound.buildings');
  const units = useUnits(buildingId);
  const [contact, setContact] = useState('');
  const [needs, setNeeds] = useState('');
  const [way, setWay] = useState<ConsentWay | null>(null);
  const [consent, setConsent] = useState<'yes' | 'no' | null>(null);
  const [note, setNote] = useState('');
  const [volunteers, setVolunteers] = useState<string[]>([]);
  const f = useSubmit({ fields: ['category', 'name', 'unitId', 'unitLabel', 'contact', 'needs', 'consentGiven', 'consentWay', 'consentNote', 'volunteerIds'] });
  const { errors, busy, formError: said } = f;

  const submit = async () => {
    // Every refused field at once, under the field, with the action's own schema.
    const input = f.check(registerCareInput, {
      category: category ?? undefined,
      name,
      unitId: unitId ?? undefined,
      contact,
      needs,
      consentGiven: consent === 'yes' || undefined,
      consentWay: way ?? undefined,
      ...(note.trim() ? { consentNote: note } : {}),
      volunteerIds: volunteers,
    });
    if (!input) return;
    await f.run(() => call('care.register', input), (r) => go(`${PAGES.careDetail}?id=${encodeURIComponent(r.care.id)}`));
  };

  return (
    <Page className='gz-vol'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Notice kind='info'>{t.intro}</Notice>
      <Field id='category' label={t.category} error={errors.category}>
        <Chips labelledBy='category-label' options={(Object.keys(CARE_CATEGORIES) as CareCategory[]).map((k) => ({ value: k, label: CARE_CATEGORIES[k] }))} value={category} onChange={setCategory} />
      </Field>
      <TextInput id='name' label={t.name} value={name} onChange={setName} maxLength={30} error={errors.name} />
      <SelectField
        id='building'
        label={t.building}
        placeholder={t.buildingPlaceholder}
        groups={[{ options: (buildings.data?.buildings ?? []).map((b) => ({ value: b.id, label: b.zone ? `${b.zone} ${b.name}` : b.name })) }]}
        value={buildingId}
        onChange={(v) => {
          setBuildingId(v);
          setUnitId(null);
        }}
      />
      {buildingId && (
        <SelectField
          id='unitId'
          label={t.unitId}
          placeholder={t.unitPlaceholder}
          groups={[{ options: units.list.map((u) => ({ value: u.id, label: u.label })) }]}
          value={unitId}
          error={errors.unitId ?? errors.unitLabel}
          unavailable={units.state === 'loading' ? t.unitsLoading : units.state === 'error' ? units.error : undefined}
          onChange={setUnitId}
        />
      )}
      {!buildingId && errors.unitId && <Notice kind='error'>{errors.unitId}</Notice>}
      <TextInput id='contact' label={t.contact} value={contact} onChange={setContact} keyboard='number' maxLength={20} error={errors.contact} />
      <TextArea id='needs' label={t.needs} value={needs} onChange={setNeeds} max={200} counter={t.counter} over={t.over} error={errors.needs} rows={3} />
      <Field id='consentGiven' label={t.consent} error={errors.consentGiven}>
        <Chips labelledBy='consentGiven-label' options={[{ value: 'yes', label: t.consentYes }, { value: 'no', label: t.consentNo }]} value={consent} onChange={setConsent} />
      </Field>
      <Field id='consentWay' label={t.way} error={errors.consentWay}>
        <Chips labelledBy='consentWay-label' options={(Object.keys(CONSENT_WAYS) as ConsentWay[]).map((k) => ({ value: k, label: CONSENT_WAYS[k] }))} value={way} onChange={setWay} />
      </Field>
      <TextInput id='consentNote' label={t.wayNote} value={note} onChange={setNote} maxLength={100} error={errors.consentNote} />
      <Field id='volunteers' label={t.volunteers} error={errors.volunteerIds}>
        {team.state === 'loading' && !team.data && <Loading />}
        {team.state === 'error' && !team.data && <Failed error={team.error} onRetry={team.reload} />}
        {team.data && <PeoplePicker labelledBy='volunteers-label' people={team.data.members} chosen={volunteers} onChange={setVolunteers} />}
      </Field>
      {said && <Notice kind='error'>{said}</Notice>}
      <View className='gz-actions gz-keep-in-view'>
        <Btn kind='primary' size='main' block busy={busy} disabled={needs.length > 200} onClick={() => void submit()}>
          {t.submit}
        </Btn>
      </View>
    </Page>
  );
}
