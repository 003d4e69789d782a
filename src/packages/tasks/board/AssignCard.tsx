// An accepted issue waiting for work: make a task for it (kind, who, when it is due).
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { createTaskInput } from '../../../domain/schemas/tasks';
import { FormFooter } from '../../../components/FormFooter';
import { tasksText as t } from '../../../ui/strings/tasks';
import { ChoiceGroup, type Option } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { WhenInput } from '../../../components/WhenInput';
import { duePresets, localDateTime, titleFromIssue, type TaskKind } from '../components/model';
import { chinaDate } from '../../../domain/chinaTime';
import { KIND_OPTIONS, CLEANING, staffOptions } from './model';
import type { IssueSummary, Staff, Done } from './model';
import { IssueFacts } from './AcceptCard';

/** When a task is due: ready-made times, or a date and a time of one's own. */
function useDue() {
  const presets = duePresets();
  const [choice, setChoice] = useState(presets[1]?.key ?? presets[0]?.key ?? 'other');
  const [date, setDate] = useState(() => chinaDate(Date.now() + 86_400_000));
  const [time, setTime] = useState('18:00');
  const options: Option[] = [...presets.map((p) => ({ value: p.key, label: p.label })), { value: 'other', label: t.dueOther }];
  const iso = choice === 'other' ? localDateTime(date, time) : (presets.find((p) => p.key === choice)?.iso ?? null);
  return { choice, setChoice, date, setDate, time, setTime, options, iso };
}

function CreateTaskForm({ issue, staff, onDone, onCancel }: { issue: IssueSummary; staff: Staff[]; onDone: Done; onCancel: () => void }) {
  const [title, setTitle] = useState(() => titleFromIssue(issue));
  const [kind, setKind] = useState<TaskKind>(CLEANING.includes(issue.category) ? 'cleaning' : 'repair');
  const [assignee, setAssignee] = useState<string>('');
  const due = useDue();
  const f = useSubmit({ fields: ['title', 'kind', 'assigneeId', 'dueAt'] });
  const { errors, formError: error, busy } = f;
  const fid = (f: string) => `${f}-${issue.id}`;

  const create = async () => {
    if (busy) return;
    const input = f.check(createTaskInput, { issueId: issue.id, title, kind, assigneeId: assignee || null, dueAt: due.iso ?? '' });
    if (!input) return;
    await f.run(
      () => call('tasks.create', input),
      () => onDone('toAssign', `${title.trim()}：${t.created(staff.find((s) => s.id === assignee)?.name ?? null)}`),
    );
  };

  return (
    <View className='gz-inline-form'>
      <TextInput id={fid('title')} label={t.taskTitle} value={title} maxLength={40} error={errors.title} onChange={(v) => (setTitle(v), f.clear('title'))} />
      <ChoiceGroup id={fid('kind')} label={t.taskKind} options={KIND_OPTIONS(['repair', 'cleaning', 'other'])} value={kind} error={errors.kind} onChange={(v) => setKind(v as TaskKind)} />
      {staff.length === 0 ? (
        <Notice kind='info'>{t.noStaff}</Notice>
      ) : (
        <ChoiceGroup id={fid('assignee')} label={t.assignee} options={staffOptions(staff, true)} value={assignee} error={errors.assigneeId} onChange={setAssignee} />
      )}
      <ChoiceGroup id={fid('due')} label={t.dueChoice} options={due.options} value={due.choice} error={due.choice === 'other' ? undefined : errors.dueAt} onChange={(v) => (due.setChoice(v), f.clear('dueAt'))} />
      {due.choice === 'other' && (
        <>
          <WhenInput id={fid('date')} mode='date' label={t.dueDate} placeholder='2025-11-26' value={due.date} onChange={(v) => (due.setDate(v), f.clear('dueAt'))} />
          <WhenInput id={fid('time')} mode='time' label={t.dueTime} placeholder='18:00' value={due.time} error={errors.dueAt} onChange={(v) => (due.setTime(v), f.clear('dueAt'))} />
        </>
      )}
      <FormFooter error={error} busy={busy} send={t.createTask} onSend={() => void create()} onCancel={onCancel} />
    </View>
  );
}

export function AssignCard({ issue, staff, onDone }: { issue: IssueSummary; staff: Staff[]; onDone: Done }) {
  const [open, setOpen] = useState(false);
  const what = `${issue.categoryLabel}：${issue.placeLabel}`;
  return (
    <View className='gz-card'>
      <IssueFacts issue={issue} />
      {open ? (
        <CreateTaskForm issue={issue} staff={staff} onDone={onDone} onCancel={() => setOpen(false)} />
      ) : (
        <Btn kind='primary' size='main' label={t.assignLabel(what)} onClick={() => setOpen(true)}>
          {t.assign}
        </Btn>
      )}
    </View>
  );
}
