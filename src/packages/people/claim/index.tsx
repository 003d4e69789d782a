// 认证业主身份: pick building and unit, give the registered owner's name and the phone's last four
// digits; the committee checks them against the roster. What was typed stays when refused.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { back } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { common } from '../../../ui/strings';
import { claimText as t } from '../../../copy/people';
import { CLAIM_NAME_MAX, submitClaimInput } from '../../../domain/schemas/people';
import { PAGES } from '../../../routes';
import { useUnits } from '../../../components/useUnits';
import { SelectField } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { useFeedback } from '../components/feedback';
import { askToSubscribe } from '../../../services/subscribe';

type FieldName = 'buildingId' | 'unitId' | 'name' | 'phoneLast4';
const FIELDS: readonly string[] = ['buildingId', 'unitId', 'name', 'phoneLast4'];

export default function ClaimPage() {
  const buildings = useAction('compound.buildings');
  const [buildingId, setBuildingId] = useState<string | null>(null);
  const units = useUnits(buildingId);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const f = useSubmit({ fields: FIELDS });
  const errors: Partial<Record<FieldName, string>> = f.errors;
  const submitting = f.busy;
  const [sent, setSent] = useState(false);
  const feedback = useFeedback();

  const clearError = (name: FieldName) => f.clear(name);

  const submit = async () => {
    if (submitting) return;
    const input = f.check(submitClaimInput, { unitId: unitId ?? undefined, name, phoneLast4: phone });
    // The building is only the way to the unit: with none chosen, it is the building that is asked for.
    if (!buildingId) f.setErrors(({ unitId: _unit, ...rest }) => ({ ...rest, buildingId: t.needBuilding }));
    if (!input) return;
    // Asked in the tap itself (WeChat shows its panel only there): the committee's answer.
    await askToSubscribe(['claim.reviewed']);
    await f.run(
      () => call('claims.submit', input),
      () => {
        setSent(true);
        feedback.done(t.sent, { inline: false });
      },
    );
  };

  const buildingOptions = (buildings.data?.buildings ?? []).map((b) => ({ value: b.id, label: b.zone ? `${b.zone} ${b.name}` : b.name }));
  const unitOptions = units.list.map((u) => ({ value: u.id, label: u.areaText ? `${u.label}（${u.areaText}）` : u.label }));
  let unitUnavailable: string | undefined;
  if (!buildingId) unitUnavailable = t.pickBuildingFirst;
  else if (units.state === 'loading' || units.state === 'idle') unitUnavailable = common.loading;
  else if (units.state === 'error') unitUnavailable = units.error;
  else if (units.list.length === 0) unitUnavailable = t.noUnits;

  const form = (
    <View className='gz-card gz-form'>
      <SelectField
        id='buildingId'
        label={t.building}
        placeholder={t.buildingPlaceholder}
        groups={[{ options: buildingOptions }]}
        value={buildingId}
        error={errors.buildingId}
        onChange={(v) => {
          if (v !== buildingId) setUnitId(null);
          setBuildingId(v);
          clearError('buildingId');
        }}
      />
      <SelectField
        id='unitId'
        label={t.unit}
        placeholder={t.unitPlaceholder}
        groups={[{ options: unitOptions }]}
        value={unitId}
        error={errors.unitId}
        unavailable={unitUnavailable}
        onChange={(v) => {
          setUnitId(v);
          clearError('unitId');
        }}
      />
      <TextInput
        id='name'
        label={t.name}
        placeholder={t.namePlaceholder}
        value={name}
        error={errors.name}
        maxLength={CLAIM_NAME_MAX}
        onChange={(v) => {
          setName(v);
          clearError('name');
        }}
      />
      <TextInput
        id='phoneLast4'
        label={t.phone}
        placeholder={t.phonePlaceholder}
        keyboard='number'
        maxLength={4}
        value={phone}
        error={errors.phoneLast4}
        onChange={(v) => {
          setPhone(v.replace(/\D/g, '').slice(0, 4));
          clearError('phoneLast4');
        }}
      />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <Btn kind='primary' size='main' block busy={submitting} onClick={submit}>
        {submitting ? common.submitting : t.submit}
      </Btn>
    </View>
  );

  // The toast comes first so that it survives the switch to the "sent" view.
  return (
    <Page>
      {feedback.node}
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {sent ? (
        <>
          <Notice kind='ok'>{t.sent}</Notice>
          <Btn kind='primary' size='main' block onClick={() => back(PAGES.me)}>
            {t.done}
          </Btn>
        </>
      ) : (
        <>
          <Text className='gz-p gz-muted'>{t.intro}</Text>
          {buildings.state === 'loading' && !buildings.data && <Loading />}
          {buildings.state === 'error' && <Failed error={buildings.error} onRetry={buildings.reload} />}
          {buildings.data && buildingOptions.length === 0 && <Notice kind='info'>{t.noBuildings}</Notice>}
          {buildings.data && buildingOptions.length > 0 && form}
        </>
      )}
    </Page>
  );
}
