// The open tasks, each with who does it and a reassign.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { handleSignedOut } from '../../../components/useAction';
import { call } from '../../../services/api';
import { common } from '../../../ui/strings';
import { tasksText as t } from '../../../ui/strings/tasks';
import { ChoiceGroup } from '../../../components/Choice';
import { TaskRow } from '../components/TaskRow';
import { type TaskView } from '../components/model';
import { errorText, staffOptions } from './model';
import type { Staff, Done } from './model';

function Reassign({ task, staff, onDone }: { task: TaskView; staff: Staff[]; onDone: Done }) {
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const others = staff.filter((s) => s.id !== task.assigneeId);
  const verb = task.assigneeId ? t.reassign : t.assign;

  const confirm = async () => {
    if (busy) return;
    if (!to) {
      setError(t.needStaff);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('tasks.assign', { taskId: task.id, assigneeId: to });
      onDone('tasks', `${task.title}：${t.reassigned(staff.find((s) => s.id === to)?.name ?? '')}`);
    } catch (e) {
      setBusy(false);
      if (!handleSignedOut(e)) setError(errorText(e));
    }
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
      <ChoiceGroup id={`to-${task.id}`} label={t.assignTo} options={staffOptions(others, false)} value={to} onChange={(v) => (setTo(v), setError(null))} />
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
