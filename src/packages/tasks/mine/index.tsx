// 我的任务 (staff): overdue first (said in words, not by colour alone), then today, upcoming and
// lately done; each opens the task. What waits on the phone is shown above the list; without
// signal the last list kept on the phone is shown, said to be old.
import { Text, View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import { tasksText as t } from '../../../ui/strings/tasks';
import { OfflineBar } from '../components/OfflineBar';
import { TaskRow } from '../components/TaskRow';
import { AssignmentReminders } from '../components/AssignmentReminders';
import { useCachedAction } from '../components/useCached';
import { useOfflineSync } from '../components/useOfflineSync';
import type { TaskView } from '../components/model';
import '../components/tasks.css';
import { CompoundTasks } from '../board/CompoundTasks';

function Section({ title, tasks, queued }: { title: string; tasks: TaskView[]; queued: Set<string> }) {
  if (tasks.length === 0) return null;
  return (
    <>
      <Text className='gz-h2' {...headingA11y(2)}>
        {title}
        {t.count(tasks.length)}
      </Text>
      <View className='gz-list'>
        {tasks.map((task) => (
          <TaskRow key={task.id} task={task} queued={queued.has(task.id)} />
        ))}
      </View>
    </>
  );
}

export default function MyTasksPage() {
  const mine = useCachedAction('tasks.mine', {}, 'tasks.mine');
  const me = useAction('me');
  const queue = useOfflineSync(() => void mine.reload());
  useRefresh(mine.reload);

  const queued = new Set(queue.pending.map((e) => String(e.input.taskId ?? '')).filter(Boolean));
  const data = mine.data;
  const total = data ? data.overdue.length + data.today.length + data.upcoming.length + data.done.length : 0;
  const manager = !!me.data?.user.roles.includes('manager');
  const openBoard = () => go(PAGES.dispatchBoard);

  return (
    <Page className='gz-tasks'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.mineTitle}
      </Text>
      <OfflineBar currentPage={PAGES.myTasks} />
      <AssignmentReminders />
      {manager && (
        <View className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={openBoard} {...buttonA11y({ onActivate: openBoard })}>
          <Text className='gz-row__title'>{t.boardLink}</Text>
        </View>
      )}
      {mine.staleAt && <Notice kind='info'>{t.staleCopy(formatTime(mine.staleAt))}</Notice>}
      {mine.state === 'loading' && !data && <Loading />}
      {mine.state === 'error' && !data && <Failed error={mine.error} onRetry={mine.reload} />}
      {data && total === 0 && <Empty title={t.nothing} />}
      {data && (
        <>
          <Section title={t.overdue} tasks={data.overdue} queued={queued} />
          <Section title={t.today} tasks={data.today} queued={queued} />
          <Section title={t.upcoming} tasks={data.upcoming} queued={queued} />
          <Section title={t.done} tasks={data.done} queued={queued} />
        </>
      )}
      {/* Staff of a company serving several compounds: their tasks in each (the manager has the board). */}
      {me.data && !manager && <CompoundTasks mine />}
    </Page>
  );
}
