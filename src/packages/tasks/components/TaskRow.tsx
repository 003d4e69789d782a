// One task in a list: what, where, when it is due; "⚠ 已超时" in words (the red edge only repeats
// it); opens the task detail.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { buttonA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { formatTime } from '../../../ui/format';
import { taskKindLabel, taskStatusLabel, tasksText as t } from '../../../ui/strings/tasks';
import { lateBy, taskUrl, type TaskView } from './model';

export function TaskRow({ task, queued, extra, children }: { task: TaskView; queued?: boolean; extra?: string; children?: ReactNode }) {
  const open = () => go(taskUrl(task.id));
  const where = [taskKindLabel[task.kind] ?? task.kind, task.placeLabel, task.route ? `${task.route}线` : ''].filter(Boolean).join(' · ');
  const when = task.status === 'done' && task.doneAt ? t.doneAt(formatTime(task.doneAt)) : t.dueAt(formatTime(task.dueAt));
  return (
    <View className={`gz-card gz-task ${task.overdue ? 'gz-task--overdue' : ''}`}>
      <View className='gz-task__open' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
        <View className='gz-taglist'>
          {task.overdue && <Text className='gz-tag gz-tag--late'>{t.overdueTag}</Text>}
          <Text className={`gz-tag ${task.status === 'done' ? 'gz-tag--done' : 'gz-tag--status'}`}>{taskStatusLabel[task.status] ?? task.status}</Text>
          {queued && <Text className='gz-tag gz-tag--queued'>{t.queuedTag}</Text>}
        </View>
        <Text className='gz-card__title'>{task.title}</Text>
        {where && <Text className='gz-task__meta'>{where}</Text>}
        <Text className={task.overdue ? 'gz-task__late' : 'gz-task__meta'}>
          {task.overdue ? `${when}（${t.overdueBy(lateBy(task.dueAt))}）` : when}
        </Text>
        {extra && <Text className='gz-task__meta'>{extra}</Text>}
      </View>
      {children}
    </View>
  );
}
