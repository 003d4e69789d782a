// 各小区的工单 (the property company's manager): the open tasks of every compound the company serves,
// each naming its compound, filtered to one compound or all; the choice is kept on this phone, so a
// reload opens the same filter. Moving a task is done in the task's own compound (callIn): the
// board never switches the app's current compound. Shown only when the company serves more than one.
// On 我的任务 (`mine`) staff see their own tasks in each compound the same way, read-only, and a
// failure stays quiet there (that page works offline from its own copy).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup } from '../../../components/Choice';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { callIn, type Output } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import { taskKindLabel, tasksText as t } from '../../../ui/strings/tasks';
import { type Staff } from './model';
import { AssignForm } from './AssignForm';

type Row = Output<'tasks.acrossCompounds'>['tasks'][number];
const KEPT = 'gz.board.compound';
const ALL = 'all';

function keptFilter(): string {
  try {
    const v: unknown = Taro.getStorageSync(KEPT);
    return typeof v === 'string' && v ? v : ALL;
  } catch {
    return ALL;
  }
}

function keepFilter(v: string): void {
  try {
    Taro.setStorageSync(KEPT, v);
  } catch {
    // Storage unavailable: the filter lasts until the page closes.
  }
}

function Move({ task, onMoved }: { task: Row; onMoved: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [staff, setStaff] = useState<Staff[] | null>(null);
  // The task's own compound's staff, asked for when the form opens.
  const load = useSubmit({ fields: [] });
  const verb = task.assigneeId ? t.reassign : t.assign;

  const start = async () => {
    setOpen(true);
    if (!staff) await load.run(() => callIn(task.compoundId, 'staff.list'), (out) => setStaff(out.staff));
  };

  if (!open) {
    return (
      <Btn kind='secondary' label={`${verb}:${task.compoundName} ${task.title}`} onClick={() => void start()}>
        {verb}
      </Btn>
    );
  }
  return (
    <AssignForm
      id={`move-${task.compoundId}-${task.id}`}
      assigneeId={task.assigneeId}
      staff={staff}
      loadError={load.formError}
      send={(to) => callIn(task.compoundId, 'tasks.assign', { taskId: task.id, assigneeId: to })}
      onDone={(name) => onMoved(`${task.compoundName} · ${task.title}:${t.reassigned(name)}`)}
      onCancel={() => setOpen(false)}
    />
  );
}

function TaskCard({ task, canMove, onMoved }: { task: Row; canMove: boolean; onMoved: (text: string) => void }) {
  return (
    <View className={`gz-card gz-task ${task.overdue ? 'gz-task--overdue' : ''}`}>
      <View className='gz-taglist'>
        <Text className='gz-tag gz-tag--status'>{task.compoundName}</Text>
        {task.overdue && <Text className='gz-tag gz-tag--late'>{t.overdueTag}</Text>}
      </View>
      <Text className='gz-card__title'>{task.title}</Text>
      <Text className='gz-task__meta'>{taskKindLabel[task.kind] ?? task.kind}</Text>
      <Text className={task.overdue ? 'gz-task__late' : 'gz-task__meta'}>{t.dueAt(formatTime(task.dueAt))}</Text>
      <Text className='gz-task__meta'>{task.assigneeId ? t.assigneeOf(task.assigneeName ?? t.someone) : t.unassignedTag}</Text>
      {canMove && <Move task={task} onMoved={onMoved} />}
    </View>
  );
}

export function CompoundTasks({ mine = false }: { mine?: boolean }) {
  const [filter, setFilter] = useState<string>(keptFilter);
  const [note, setNote] = useState<string | null>(null);
  const r = useAction('tasks.acrossCompounds', filter === ALL ? {} : { compound: filter }, [filter]);
  // A kept compound the company no longer serves answers 404: show them all again.
  useEffect(() => {
    if (r.state === 'error' && r.error.status === 404 && filter !== ALL) choose(ALL);
  }, [r.state]); // eslint-disable-line react-hooks/exhaustive-deps

  function choose(v: string) {
    keepFilter(v);
    setNote(null);
    setFilter(v);
  }
  const data = r.data;
  if (!data && mine) return null;
  if (data && data.compounds.length < 2) return null;
  const manages = new Set((data?.compounds ?? []).filter((c) => c.role === 'manager').map((c) => c.id));
  const options = [{ value: ALL, label: '全部小区' }, ...(data?.compounds ?? []).map((c) => ({ value: c.id, label: c.name }))];
  return (
    <View className='gz-compound-tasks'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {`${mine ? '我在各小区的工单' : '各小区的工单'}${data ? t.count(data.tasks.length) : ''}`}
      </Text>
      {data && <ChoiceGroup id='board-compound' label='看哪个小区' options={options} value={filter} onChange={choose} />}
      {note && <Notice kind='ok'>{note}</Notice>}
      {r.state === 'loading' && !data && !mine && <Loading />}
      {r.state === 'error' && r.error.status !== 404 && !mine && <Failed error={r.error} onRetry={r.reload} />}
      {data && data.tasks.length === 0 && <Empty title='这里没有未完成的工单' />}
      {data && data.truncated && <Notice kind='info'>工单较多,只列出每个小区最早到期的 100 件;切换到该小区的派单看板可看全部。</Notice>}
      {data &&
        data.tasks.map((task) => (
          <TaskCard
            key={`${task.compoundId}/${task.id}`}
            task={task}
            canMove={manages.has(task.compoundId)}
            onMoved={(text) => {
              setNote(text);
              void r.reload();
            }}
          />
        ))}
    </View>
  );
}
