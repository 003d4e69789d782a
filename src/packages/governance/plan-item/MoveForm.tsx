// A party moves a plan item: new progress, a milestone reached, and the reason residents read.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup } from '../../../components/Choice';
import { TextArea, TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { movePlanItemInput } from '../../../domain/schemas/governance';
import { common, planText as t } from '../../../copy/governance';
import { useSubmit } from '../components/useSubmit';

type Item = Output<'plan.get'>['item'];

export function MoveForm({ item, onSaved }: { item: Item; onSaved: () => void }) {
  const [progress, setProgress] = useState(String(item.progress));
  const [milestone, setMilestone] = useState('none');
  const [reason, setReason] = useState('');
  const f = useSubmit({ fields: ['progress', 'milestone', 'reason'] });
  const submit = () => {
    // An empty box is no progress at all (the schema asks for 0–100).
    const typed = progress.trim();
    const input = f.check(movePlanItemInput, { itemId: item.id, version: item.version, progress: typed ? Number(typed) : undefined, reason, ...(milestone !== 'none' ? { milestone: Number(milestone) } : {}) });
    if (!input) return;
    void f.run(() => call('plan.move', input), (r) => {
      setReason('');
      setMilestone('none');
      onSaved();
      return t.moved(r.told);
    });
  };
  const open = item.milestones.map((m, i) => ({ m, i })).filter(({ m }) => !m.done);
  return (
    <>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.move}
      </Text>
      <TextInput id='progress' label={t.newProgress} value={progress} onChange={(v) => { f.clear('progress'); setProgress(v); }} keyboard='number' maxLength={3} error={f.err('progress')} />
      {open.length > 0 && (
        <ChoiceGroup id='milestone' label={t.milestone} options={[{ value: 'none', label: t.noMilestone }, ...open.map(({ m, i }) => ({ value: String(i), label: `${m.title}（${m.due}）` }))]} value={milestone} onChange={setMilestone} error={f.err('milestone')} />
      )}
      <TextArea id='reason' label={t.reason} value={reason} onChange={(v) => { f.clear('reason'); setReason(v); }} max={200} counter={common.counter} over={common.over} error={f.err('reason') ?? undefined} rows={3} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <Btn kind='primary' block busy={f.busy} onClick={submit}>
        {t.saveMove}
      </Btn>
    </>
  );
}
