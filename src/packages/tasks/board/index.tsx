// 派单看板 (manager): reports waiting to be accepted (accept, or reject with a reason written in
// place), accepted reports to turn into tasks (title from the report, staff, due time), tasks
// nobody has and tasks past due, each staff member's load with their tasks (reassign any), and
// the recurring tasks with a form to add one. Every form opens inline: no pop-ups anywhere. When
// the company serves several compounds, 各小区的工单 comes first: every compound's open tasks,
// filtered by compound (CompoundTasks.tsx); the sections below are the current compound's.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { headingA11y } from '../../../components/a11y';
import { PAGES } from '../../../routes';
import { tasksText as t } from '../../../ui/strings/tasks';
import { OfflineBar } from '../components/OfflineBar';
import { useOfflineSync } from '../components/useOfflineSync';
import '../components/tasks.css';
import type { Section, Done } from './model';
import { AcceptCard } from './AcceptCard';
import { AssignCard } from './AssignCard';
import { TaskList } from './TaskList';
import { RecurrenceForm, RecurrenceRow } from './Recurring';
import { CompoundTasks } from './CompoundTasks';

function SectionTitle({ children }: { children: string }) {
  return (
    <Text className='gz-h2' {...headingA11y(2)}>
      {children}
    </Text>
  );
}

export default function DispatchBoardPage() {
  const board = useAction('tasks.board');
  const staffList = useAction('staff.list');
  const recs = useAction('recurrences.list');
  const [notes, setNotes] = useState<Partial<Record<Section, string>>>({});
  const [adding, setAdding] = useState(false);
  useRefresh(() => Promise.all([board.reload(), recs.reload()]));
  // A manager reads meters and finishes tasks too: what waits on the phone goes out from here as well.
  useOfflineSync(() => void board.reload());

  const staff = staffList.data?.staff ?? board.data?.byStaff.map((s) => ({ id: s.id, name: s.name })) ?? [];
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const done: Done = (section, text) => {
    setNotes({ [section]: text });
    if (section === 'recurring') {
      setAdding(false);
      void recs.reload();
    } else void board.reload();
  };
  const note = (s: Section) => (notes[s] ? <Notice kind='ok'>{notes[s]}</Notice> : null);
  const data = board.data;

  return (
    <Page className='gz-tasks'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.boardTitle}
      </Text>
      <OfflineBar currentPage={PAGES.dispatchBoard} />
      {!(board.state === 'error' && board.error.status === 403) && <CompoundTasks />}
      {board.state === 'loading' && !data && <Loading />}
      {board.state === 'error' && !data && <Failed error={board.error} onRetry={board.reload} />}
      {data && (
        <>
          <SectionTitle>{`${t.toAccept}${t.count(data.toAccept.length)}`}</SectionTitle>
          {note('toAccept')}
          {data.toAccept.length === 0 ? <Empty title={t.toAcceptEmpty} /> : data.toAccept.map((i) => <AcceptCard key={i.id} issue={i} onDone={done} />)}

          <SectionTitle>{`${t.toAssign}${t.count(data.toAssign.length)}`}</SectionTitle>
          {note('toAssign')}
          {data.toAssign.length === 0 ? <Empty title={t.toAssignEmpty} /> : data.toAssign.map((i) => <AssignCard key={i.id} issue={i} staff={staff} onDone={done} />)}

          <SectionTitle>{`${t.unassigned}${t.count(data.unassigned.length)}`}</SectionTitle>
          {note('tasks')}
          <TaskList tasks={data.unassigned} staff={staff} onDone={done} names={names} />

          <SectionTitle>{`${t.overdueTasks}${t.count(data.overdue.length)}`}</SectionTitle>
          <TaskList tasks={data.overdue} staff={staff} onDone={done} names={names} />

          <SectionTitle>{t.staffLoad}</SectionTitle>
          {data.byStaff.length === 0 && <Notice kind='info'>{t.noStaff}</Notice>}
          {data.byStaff.map((s) => (
            <View key={s.id} className='gz-card'>
              <View className='gz-staff__head'>
                <Text className='gz-card__title' {...headingA11y(3)}>
                  {s.name}
                </Text>
                <Text className={s.overdue > 0 ? 'gz-task__late' : 'gz-muted'}>{t.load(s.open, s.overdue)}</Text>
              </View>
              {s.tasks.length > 0 && <TaskList tasks={s.tasks} staff={staff} onDone={done} names={names} />}
            </View>
          ))}
        </>
      )}

      {!(board.state === 'error' && board.error.status === 403) && (
        <>
      <SectionTitle>{t.recurring}</SectionTitle>
      {note('recurring')}
      {recs.state === 'loading' && !recs.data && <Loading />}
      {recs.state === 'error' && !recs.data && <Failed error={recs.error} onRetry={recs.reload} />}
      {recs.data && recs.data.recurrences.length === 0 && <Empty title={t.recurringEmpty} />}
      {recs.data && recs.data.recurrences.length > 0 && (
        <View className='gz-list'>
          {recs.data.recurrences.map((r) => (
            <RecurrenceRow key={r.id} rec={r} names={names} />
          ))}
        </View>
      )}
      {adding ? (
        <RecurrenceForm staff={staff} onDone={done} onCancel={() => setAdding(false)} />
      ) : (
        <View className='gz-actions'>
          <Btn kind='secondary' size='main' block onClick={() => setAdding(true)}>
            {t.addRecurring}
          </Btn>
        </View>
      )}
        </>
      )}
    </Page>
  );
}
