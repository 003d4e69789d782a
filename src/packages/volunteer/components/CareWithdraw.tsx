// Withdrawing a care record from its page: opened inline (长辈模式 has no modals), with the
// consequence spelled out, a reason, and a confirm button; the server deletes and logs it.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { Field } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { headingA11y } from '../../../components/a11y';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { withdrawCareInput } from '../../../domain/schemas/volunteers';
import { CARE_WITHDRAW_REASONS, type CareWithdrawReason } from '../../../domain/volunteers';
import { careText as t } from '../../../copy/volunteers';

export function CareWithdraw({ careId, onWithdrawn }: { careId: string; onWithdrawn: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<CareWithdrawReason | null>(null);
  // Any refusal is shown under the reason, the form's one field.
  const f = useSubmit({ fields: ['reason'] });
  if (!open) {
    return (
      <Btn kind='danger' onClick={() => setOpen(true)}>
        {t.withdraw}
      </Btn>
    );
  }
  const confirm = async () => {
    const input = f.check(withdrawCareInput, { careId, reason: reason ?? undefined });
    if (input) await f.run(() => call('care.withdraw', input), () => onWithdrawn());
  };
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.withdraw}
      </Text>
      <Notice kind='info'>{t.withdrawWarn}</Notice>
      <Field id='withdraw-reason' label={t.withdrawReason} error={f.errors.reason ?? f.formError ?? undefined}>
        <Chips labelledBy='withdraw-reason-label' options={(Object.keys(CARE_WITHDRAW_REASONS) as CareWithdrawReason[]).map((k) => ({ value: k, label: CARE_WITHDRAW_REASONS[k] }))} value={reason} onChange={(v) => (setReason(v), f.clear('reason'))} />
      </Field>
      <Btn kind='danger' busy={f.busy} onClick={() => void confirm()}>
        {t.withdrawConfirm}
      </Btn>
      <Btn kind='link' onClick={() => setOpen(false)}>
        {t.withdrawCancel}
      </Btn>
    </View>
  );
}
