// 更正读数: a reading saved this period was mistyped. The right value and why, then the server
// judges the leak again; a leak report the wrong value raised is withdrawn (or, if someone already
// took it up, the reader is told to tell the manager).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { liveA11y } from '../../../components/a11y';
import { useSubmit } from '../../../components/useSubmit';
import { call, type Output } from '../../../services/api';
import { correctReadingInput } from '../../../domain/schemas/meters';
import { correctText as t } from '../../../copy/meters';
import { CheckBox } from '../../../components/CheckBox';
import { TextInput } from '../../../components/Field';

type Corrected = Output<'meters.correct'>;

export function CorrectForm(props: { meterId: string; label: string; period: string; id: string; onCorrected: (r: Corrected) => void; onCancel: () => void }) {
  const { meterId, label, period, id, onCorrected, onCancel } = props;
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [replaced, setReplaced] = useState(false);
  const f = useSubmit({ fields: ['value', 'reason'] });

  const save = async () => {
    if (f.busy) return;
    const input = f.check(correctReadingInput, { meterId, period, value, reason, ...(replaced ? { replaced } : {}) });
    if (!input) return;
    await f.run(() => call('meters.correct', input), onCorrected);
  };

  return (
    <View className='gz-meter__correct'>
      <TextInput id={`${id}-value`} label={t.correctValue} name={t.correctValueLabel(label)} keyboard='decimal' maxLength={12} placeholder={t.readingPlaceholder} value={value} error={f.errors.value} onChange={setValue} />
      <TextInput id={`${id}-reason`} label={t.correctReason} name={t.correctReasonLabel(label)} maxLength={60} placeholder={t.correctReasonPlaceholder} value={reason} error={f.errors.reason} onChange={setReason} />
      <CheckBox label={t.replaced} name={t.replacedLabel(label)} checked={replaced} onChange={setReplaced} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={f.busy} label={t.correctSaveLabel(label)} onClick={() => void save()}>
          {f.busy ? t.saving : t.correctSave}
        </Btn>
        <Btn kind='secondary' size='main' disabled={f.busy} onClick={onCancel}>
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
