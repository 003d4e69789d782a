// The open tasks, each with who does it and a reassign.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { common } from '../../../ui/strings';
import { tasksText as t } from '../../../ui/strings/tasks';
import { ChoiceGroup } from '../../../components/Choice';
import { TaskRow } from '../components/TaskRow';
import { type TaskView } from '../components/model';
import { staffOptions } from './model';
import type { Staff, Done } from './model';

function Reassign({ task, staff, onDone }: { task: TaskView; staff: Staff[]; onDone: Done }) {
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<string | null>(null);
  // One choice on this form: every refusal is said under it.
  const f = useSubmit({ fields: [] });
  const { busy, formError: error } = f;
  const others = staff.filter((s) => s.id !== task.assigneeId);
  const verb = task.assigneeId ? t.reassign : t.assign;

  const confirm = async () => {
    if (busy) return;
    if (!to) return f.setFormError(t.needStaff);
    await f.run(
      () => call('tasks.assign', { taskId: task.id, assigneeId: to }),
      () => onDone('tasks', `${task.title}：${t.reassigned(staff.find((s) => s.id === to)?.name ?? '')}`),
    );
  };

  if (!open) {
    return (
      <Btn kind='secondary' label={`${verb}：${task.title}`} onClick={() => setOpen(true)}>
        {verb}
      </Btn>
    );
  }
  return (
    <View className='gz-inline-form'>
      <ChoiceGroup id={`to-${task.id}`} label={t.assignTo} options={staffOptions(others, false)} value={to} onChange={(v) => (setTo(v), f.setFormError(null))} />
      {error && <Notice kind='error'>{error}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' busy={busy} onClick={() => void confirm()}>
          {t.confirmReassign}
        </Btn>
        <Btn kind='link' onClick={() => setOpen(false)}>
          {common.cancel}
        </Btn>
      </View>
    </View>
  );
}

export function TaskList({ tasks, staff, onDone, names }: { tasks: TaskView[]; staff: Staff[]; onDone: Done; names: Map<string, string> }) {
  if (tasks.length === 0) return <Text className='gz-p gz-muted'>{t.noTasks}</Text>;
  return (
    <View className='gz-list'>
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} extra={task.assigneeId ? t.assigneeOf(names.get(task.assigneeId) ?? t.someone) : t.unassignedTag}>
          <Reassign task={task} staff={staff} onDone={onDone} />
        </TaskRow>
      ))}
    </View>
  );
}
