// 更正读数: a reading saved this period was mistyped. The right value and why, then the server
// judges the leak again; a leak report the wrong value raised is withdrawn (or, if someone already
// took it up, the reader is told to tell the manager).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { liveA11y } from '../../../components/a11y';
import { handleSignedOut } from '../../../components/useAction';
import { call, isApiError, type Output } from '../../../services/api';
import { parseReading } from '../../../domain/meters';
import { correctText as t } from './strings';
import { CheckBox, TextInput } from '../components/fields';

type Corrected = Output<'meters.correct'>;

export function CorrectForm(props: { meterId: string; label: string; period: string; id: string; onCorrected: (r: Corrected) => void; onCancel: () => void }) {
  const { meterId, label, period, id, onCorrected, onCancel } = props;
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [replaced, setReplaced] = useState(false);
  const [errors, setErrors] = useState<{ value?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    const typed = value.trim();
    const next: typeof errors = {};
    if (!typed) next.value = t.needReading;
    else if (parseReading(typed) === null) next.value = t.badReading;
    if (!reason.trim()) next.reason = t.needCorrectReason;
    setErrors(next);
    if (next.value || next.reason) return;
    setBusy(true);
    try {
      onCorrected(await call('meters.correct', { meterId, period, value: typed, reason: reason.trim(), ...(replaced ? { replaced } : {}) }));
    } catch (e) {
      if (handleSignedOut(e)) return;
      const field = isApiError(e) ? e.field : undefined;
      const message = isApiError(e) ? e.message : String(e);
      setErrors(field === 'value' || field === 'reason' ? { [field]: message } : { form: message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='gz-meter__correct'>
      <TextInput id={`${id}-value`} label={t.correctValue} name={t.correctValueLabel(label)} keyboard='decimal' maxLength={12} placeholder={t.readingPlaceholder} value={value} error={errors.value} onChange={setValue} />
      <TextInput id={`${id}-reason`} label={t.correctReason} name={t.correctReasonLabel(label)} maxLength={60} placeholder={t.correctReasonPlaceholder} value={reason} error={errors.reason} onChange={setReason} />
      <CheckBox label={t.replaced} name={t.replacedLabel(label)} checked={replaced} onChange={setReplaced} />
      {errors.form && <Notice kind='error'>{errors.form}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={busy} label={t.correctSaveLabel(label)} onClick={() => void save()}>
          {busy ? t.saving : t.correctSave}
        </Btn>
        <Btn kind='secondary' size='main' disabled={busy} onClick={onCancel}>
          {t.correctCancel}
        </Btn>
      </View>
    </View>
  );
}

/** What a correction did, said where the reading is. */
export function CorrectedNote({ result }: { result: Corrected }) {
  const { reading, leakReport } = result;
  return (
    <View {...liveA11y('status')}>
      <Text className='gz-row__title gz-meter__reading'>
        {t.corrected(reading.value)}
        {reading.consumption !== null ? `（${t.use(reading.consumption)}）` : ''}
      </Text>
      {reading.leakSuspected && <Notice kind='error'>{t.leak(reading.consumption ?? '')}</Notice>}
      {leakReport && <Notice kind={leakReport.withdrawn ? 'ok' : 'info'}>{leakReport.withdrawn ? t.leakWithdrawn : t.leakKept}</Notice>}
    </View>
  );
}
