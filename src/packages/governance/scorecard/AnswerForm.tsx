// The property manager answers a low item: the measures, and (usually) a task in the same step.
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup } from '../../../components/Choice';
import { TextArea, TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { call } from '../../../services/api';
import type { ChecklistCode } from '../../../domain/governance';
import { ANSWER_MAX, answerLowItemInput } from '../../../domain/schemas/governance';
import { common, scorecardText as t } from '../../../copy/governance';
import { inDays, parseTime } from '../components/when';
import { useSubmit } from '../components/useSubmit';

export function AnswerForm({ quarter, code, label, onSaved }: { quarter: string; code: ChecklistCode; label: string; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [makeTask, setMakeTask] = useState<'yes' | 'no'>('yes');
  const [due, setDue] = useState(inDays(7));
  const f = useSubmit({ fields: ['text', 'task.dueAt'] });
  const submit = () => {
    // A time that cannot be read is none at all: the schema asks for one.
    const input = f.check(answerLowItemInput, { quarter, code, text, ...(makeTask === 'yes' ? { task: { dueAt: parseTime(due) ?? undefined } } : {}) });
    if (!input) return;
    void f.run(() => call('inspections.answer', input), () => {
      onSaved();
      return t.sent;
    });
  };
  return (
    <>
      <TextArea id={`answer-${code}`} label={t.answerLabel(label)} value={text} onChange={(v) => { f.clear('text'); setText(v); }} max={ANSWER_MAX} counter={common.counter} over={common.over} error={f.err('text') ?? undefined} rows={3} />
      <ChoiceGroup id={`task-${code}`} label={t.makeTask} options={[{ value: 'yes', label: '是' }, { value: 'no', label: '否' }]} value={makeTask} onChange={(v) => setMakeTask(v as 'yes' | 'no')} />
      {makeTask === 'yes' && <TextInput id={`due-${code}`} label={t.taskDue} value={due} onChange={(v) => { f.clear('task.dueAt'); setDue(v); }} hint={common.timeHint} error={f.err('task.dueAt')} />}
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <Btn kind='primary' busy={f.busy} onClick={submit}>
        {t.send}
      </Btn>
    </>
  );
}
