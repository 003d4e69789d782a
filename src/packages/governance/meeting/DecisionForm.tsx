// Records a decision: what, which party and person, by when, and how it is carried out (a task
// on the dispatch board in the same step, the linked issue, or recorded only).
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup } from '../../../components/Choice';
import { TextArea, TextInput } from '../../../components/Field';
import { WhenInput } from '../../../components/WhenInput';
import { Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { PARTIES, type Party } from '../../../domain/governance';
import { DECISION_MAX, recordDecisionInput } from '../../../domain/schemas/governance';
import { common, meetingText as t } from '../../../copy/governance';
import { inDays, parseTime } from '../components/when';
import { useSubmit } from '../components/useSubmit';

type Meeting = Output<'meetings.get'>['meeting'];
type Then = 'task' | 'issue' | 'none';

function StaffChoice({ value, onChange, error }: { value: string; onChange: (v: string) => void; error: string | null }) {
  const staff = useAction('staff.list', {});
  const options = [{ value: 'none', label: t.noAssignee }, ...(staff.data?.staff ?? []).map((s) => ({ value: s.id, label: s.name }))];
  return <ChoiceGroup id='assigneeId' label={t.assignee} options={options} value={value} onChange={onChange} error={error} />;
}

export function DecisionForm({ meeting, canAssign, onSaved }: { meeting: Meeting; canAssign: boolean; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [agendaId, setAgendaId] = useState(meeting.agenda[0]?.id ?? 'none');
  const [party, setParty] = useState<Party>('property');
  const [doer, setDoer] = useState('');
  const [due, setDue] = useState(inDays(14).slice(0, 10));
  const [then, setThen] = useState<Then>('task');
  const [assignee, setAssignee] = useState('none');
  const f = useSubmit({ fields: ['text', 'agendaId', 'party', 'doer', 'dueAt', 'then', 'assigneeId'] });
  const agendaItem = meeting.agenda.find((a) => a.id === agendaId);

  const submit = () => {
    const input = f.check(recordDecisionInput, {
      meetingId: meeting.id,
      ...(agendaId !== 'none' ? { agendaId } : {}),
      text,
      party,
      doer,
      // A due date means the end of that working day; one that cannot be read is none at all.
      dueAt: parseTime(`${due} 18:00`) ?? undefined,
      then,
      ...(assignee !== 'none' && then === 'task' ? { assigneeId: assignee } : {}),
    });
    if (!input) return;
    void f.run(
      () => call('meetings.decide', input),
      () => {
        setText('');
        setDoer('');
        onSaved();
        return t.decisionSaved;
      },
    );
  };

  const thenOptions = ([['task', t.thenTask], ['issue', t.thenIssue], ['none', t.thenNone]] as const)
    .filter(([v]) => v !== 'issue' || agendaItem?.kind === 'issue')
    .map(([value, [label, hint]]) => ({ value: value as Then, label, hint }));

  return (
    <>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.newDecision}
      </Text>
      <TextArea id='text' label={t.decisionText} value={text} onChange={(v) => { f.clear('text'); setText(v); }} max={DECISION_MAX} counter={common.counter} over={common.over} error={f.err('text') ?? undefined} rows={3} />
      <ChoiceGroup
        id='agendaId'
        label={t.agendaItem}
        options={[...meeting.agenda.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.title}` })), { value: 'none', label: t.noAgendaItem }]}
        value={agendaId}
        onChange={(v) => {
          setAgendaId(v);
          if (then === 'issue') setThen('task');
        }}
        error={f.err('agendaId')}
      />
      <ChoiceGroup<Party> id='party' label={t.party} options={(Object.keys(PARTIES) as Party[]).map((p) => ({ value: p, label: PARTIES[p] }))} value={party} onChange={setParty} error={f.err('party')} />
      <TextInput id='doer' label={t.doerLabel} value={doer} onChange={(v) => { f.clear('doer'); setDoer(v); }} maxLength={20} error={f.err('doer')} />
      <WhenInput id='dueAt' mode='date' label={t.dueDate} placeholder='2026-03-20' value={due} error={f.err('dueAt')} onChange={(v) => { f.clear('dueAt'); setDue(v); }} />
      <ChoiceGroup<Then> id='then' label={t.then} options={thenOptions} value={then} onChange={setThen} error={f.err('then')} />
      {then === 'task' && canAssign && <StaffChoice value={assignee} onChange={setAssignee} error={f.err('assigneeId')} />}
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <Btn kind='primary' block busy={f.busy} onClick={submit}>
        {t.addDecision}
      </Btn>
    </>
  );
}
