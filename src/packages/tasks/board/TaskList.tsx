// The open tasks, each with who does it and a reassign.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { call } from '../../../services/api';
import { tasksText as t } from '../../../ui/strings/tasks';
import { TaskRow } from '../components/TaskRow';
import { type TaskView } from '../components/model';
import { AssignForm } from './AssignForm';
import type { Staff, Done } from './model';

function Reassign({ task, staff, onDone }: { task: TaskView; staff: Staff[]; onDone: Done }) {
  const [open, setOpen] = useState(false);
  const verb = task.assigneeId ? t.reassign : t.assign;
  if (!open) {
    return (
      <Btn kind='secondary' label={`${verb}：${task.title}`} onClick={() => setOpen(true)}>
        {verb}
      </Btn>
    );
  }
  return (
    <AssignForm
      id={`to-${task.id}`}
      assigneeId={task.assigneeId}
      staff={staff}
      send={(to) => call('tasks.assign', { taskId: task.id, assigneeId: to })}
      onDone={(name) => onDone('tasks', `${task.title}：${t.reassigned(name)}`)}
      onCancel={() => setOpen(false)}
    />
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
