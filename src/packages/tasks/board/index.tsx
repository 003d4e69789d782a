// 派单看板 (manager): reports waiting to be accepted (accept, or reject with a reason written in
// place), accepted reports to turn into tasks (title from the report, staff, due time), tasks
// nobody has and tasks past due, each staff member's load with their tasks (reassign any), and
// the recurring tasks with a form to add one. Every form opens inline: no pop-ups anywhere.
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { handleSignedOut, useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { headingA11y } from '../../../components/a11y';
import { imageProps } from '../../../components/image';
import { call, isApiError, type Output } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import { PAGES } from '../../../ui/routes';
import { common } from '../../../ui/strings';
import { taskKindLabel, tasksText as t } from '../../../ui/strings/tasks';
import { ChoiceGroup, type Option } from '../../../components/Choice';
import { TextArea, TextInput } from '../../../components/Field';
import { WhenInput } from '../../../components/WhenInput';
import { TaskRow } from '../components/TaskRow';
import { OfflineBar } from '../components/OfflineBar';
import { useOfflineSync } from '../components/useOfflineSync';
import { duePresets, localDate, localDateTime, normalTime, titleFromIssue, type TaskKind, type TaskView } from '../components/model';
import '../components/tasks.css';

type Board = Output<'tasks.board'>;
type IssueSummary = Board['toAccept'][number];
type Staff = Output<'staff.list'>['staff'][number];
type Recurrence = Output<'recurrences.list'>['recurrences'][number];
type Section = 'toAccept' | 'toAssign' | 'tasks' | 'recurring';
type Done = (section: Section, text: string) => void;

const errorText = (e: unknown) => (isApiError(e) ? e.message : String(e));

function IssueFacts({ issue }: { issue: IssueSummary }) {
  return (
    <>
      <View className='gz-taglist'>
        {issue.acceptOverdue && <Text className='gz-tag gz-tag--late'>{t.acceptLate}</Text>}
        {!issue.acceptOverdue && issue.actionOverdue && <Text className='gz-tag gz-tag--late'>{t.actionLate}</Text>}
        <Text className='gz-tag gz-tag--status'>{issue.statusLabel}</Text>
        {issue.visibility === 'private' && <Text className='gz-tag gz-tag--status'>{t.privateTag}</Text>}
      </View>
      <Text className='gz-card__title'>
        {issue.categoryLabel}：{issue.placeLabel}
      </Text>
      <Text className='gz-card__body'>{issue.description}</Text>
      {issue.reopenReason && <Text className='gz-card__body gz-reopen'>{t.reopenReason(issue.reopenReason)}</Text>}
      {issue.thumb && <Image className='gz-board-thumb' src={issue.thumb} mode='aspectFill' {...imageProps(t.photoAlt(issue.placeLabel))} />}
      <Text className='gz-muted'>
        {t.reportedAt(formatTime(issue.createdAt))}
        {issue.seconds > 0 ? ` · ${t.seconds(issue.seconds)}` : ''}
      </Text>
    </>
  );
}

function AcceptCard({ issue, onDone }: { issue: IssueSummary; onDone: Done }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const what = `${issue.categoryLabel}：${issue.placeLabel}`;

  const decide = async (accept: boolean) => {
    if (busy) return;
    setError(null);
    if (!accept && !reason.trim()) {
      setReasonError(t.needReason);
      return;
    }
    setBusy(accept ? 'accept' : 'reject');
    try {
      await call('issues.transition', accept ? { issueId: issue.id, transition: 'accept' } : { issueId: issue.id, transition: 'reject', note: reason.trim() });
      onDone(accept ? 'toAssign' : 'toAccept', accept ? `${what}：${t.accepted}` : `${what}：${t.rejected}`);
    } catch (e) {
      setBusy(null);
      if (handleSignedOut(e)) return;
      if (isApiError(e) && e.field === 'note') setReasonError(e.message);
      else setError(errorText(e));
    }
  };

  return (
    <View className='gz-card'>
      <IssueFacts issue={issue} />
      {error && <Notice kind='error'>{error}</Notice>}
      {rejecting ? (
        <View className='gz-inline-form'>
          <TextArea
            id={`reason-${issue.id}`}
            label={t.rejectReason}
            placeholder={t.rejectPlaceholder}
            value={reason}
            error={reasonError}
            max={300}
            onChange={(v) => {
              setReason(v);
              setReasonError(null);
            }}
          />
          <View className='gz-actions'>
            <Btn kind='danger' size='main' busy={busy === 'reject'} onClick={() => void decide(false)}>
              {t.confirmReject}
            </Btn>
            <Btn kind='link' onClick={() => setRejecting(false)}>
              {common.cancel}
            </Btn>
          </View>
        </View>
      ) : (
        <View className='gz-actions'>
          <Btn kind='primary' size='main' busy={busy === 'accept'} label={t.acceptLabel(what)} onClick={() => void decide(true)}>
            {t.accept}
          </Btn>
          <Btn kind='danger' size='main' disabled={!!busy} label={t.rejectLabel(what)} onClick={() => setRejecting(true)}>
            {t.reject}
          </Btn>
        </View>
      )}
    </View>
  );
}

const KIND_OPTIONS = (kinds: TaskKind[]): Option[] => kinds.map((k) => ({ value: k, label: taskKindLabel[k] }));
const CLEANING = ['green_waste', 'cleaning', 'waste_sorting', 'power_room'];

function staffOptions(staff: Staff[], none: boolean): Option[] {
  return [...(none ? [{ value: '', label: t.noAssignee }] : []), ...staff.map((s) => ({ value: s.id, label: s.name }))];
}

/** When a task is due: ready-made times, or a date and a time of one's own. */
function useDue() {
  const presets = duePresets();
  const [choice, setChoice] = useState(presets[1]?.key ?? presets[0]?.key ?? 'other');
  const [date, setDate] = useState(() => localDate(new Date(Date.now() + 86_400_000)));
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
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fid = (f: string) => `${f}-${issue.id}`;

  const create = async () => {
    if (busy) return;
    setError(null);
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t.needTitle;
    if (!due.iso) found.dueAt = due.choice === 'other' ? t.dueBad : t.needDue;
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await call('tasks.create', { issueId: issue.id, title: title.trim(), kind, assigneeId: assignee || null, dueAt: due.iso as string });
      const name = staff.find((s) => s.id === assignee)?.name ?? null;
      onDone('toAssign', `${title.trim()}：${t.created(name)}`);
    } catch (e) {
      setBusy(false);
      if (handleSignedOut(e)) return;
      if (isApiError(e) && e.field && ['title', 'kind', 'assigneeId', 'dueAt'].includes(e.field)) setErrors({ [e.field]: e.message });
      else setError(errorText(e));
    }
  };

  return (
    <View className='gz-inline-form'>
      <TextInput id={fid('title')} label={t.taskTitle} value={title} maxLength={40} error={errors.title} onChange={(v) => (setTitle(v), setErrors((e) => ({ ...e, title: undefined })))} />
      <ChoiceGroup id={fid('kind')} label={t.taskKind} options={KIND_OPTIONS(['repair', 'cleaning', 'other'])} value={kind} error={errors.kind} onChange={(v) => setKind(v as TaskKind)} />
      {staff.length === 0 ? (
        <Notice kind='info'>{t.noStaff}</Notice>
      ) : (
        <ChoiceGroup id={fid('assignee')} label={t.assignee} options={staffOptions(staff, true)} value={assignee} error={errors.assigneeId} onChange={setAssignee} />
      )}
      <ChoiceGroup id={fid('due')} label={t.dueChoice} options={due.options} value={due.choice} error={due.choice === 'other' ? undefined : errors.dueAt} onChange={(v) => (due.setChoice(v), setErrors((e) => ({ ...e, dueAt: undefined })))} />
      {due.choice === 'other' && (
        <>
          <WhenInput id={fid('date')} mode='date' label={t.dueDate} placeholder='2025-11-26' value={due.date} onChange={(v) => (due.setDate(v), setErrors((e) => ({ ...e, dueAt: undefined })))} />
          <WhenInput id={fid('time')} mode='time' label={t.dueTime} placeholder='18:00' value={due.time} error={errors.dueAt} onChange={(v) => (due.setTime(v), setErrors((e) => ({ ...e, dueAt: undefined })))} />
        </>
      )}
      {error && <Notice kind='error'>{error}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={busy} onClick={() => void create()}>
          {t.createTask}
        </Btn>
        <Btn kind='link' onClick={onCancel}>
          {common.cancel}
        </Btn>
      </View>
    </View>
  );
}

function AssignCard({ issue, staff, onDone }: { issue: IssueSummary; staff: Staff[]; onDone: Done }) {
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

function TaskList({ tasks, staff, onDone, names }: { tasks: TaskView[]; staff: Staff[]; onDone: Done; names: Map<string, string> }) {
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

const WEEKDAYS: Option[] = t.weekdays.map((d, i) => ({ value: String(i + 1), label: t.weekdayLabel(d) }));
const FREQS: Option[] = [
  { value: 'daily', label: t.daily },
  { value: 'weekly', label: t.weekly },
  { value: 'monthly', label: t.monthly },
];

function RecurrenceForm({ staff, onDone, onCancel }: { staff: Staff[]; onDone: Done; onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TaskKind>('cleaning');
  const [freq, setFreq] = useState<'daily' | 'weekly' | 'monthly'>('weekly');
  const [weekday, setWeekday] = useState('1');
  const [day, setDay] = useState('1');
  const [time, setTime] = useState('08:00');
  const [assignee, setAssignee] = useState('');
  const [hours, setHours] = useState('4');
  const [route, setRoute] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const clear = (f: string) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e));

  const save = async () => {
    if (busy) return;
    setError(null);
    const found: Record<string, string> = {};
    const at = normalTime(time);
    const dayNo = Number(day);
    const durationHours = Number(hours);
    if (!title.trim()) found.title = t.needTitle;
    if (!at) found.time = t.needTime;
    if (freq === 'monthly' && !(Number.isInteger(dayNo) && dayNo >= 1 && dayNo <= 28)) found.day = t.needMonthDay;
    if (!(Number.isInteger(durationHours) && durationHours >= 1 && durationHours <= 168)) found.durationHours = t.needDuration;
    if (kind === 'meter_reading' && !route.trim()) found.route = t.needRoute;
    setErrors(found);
    if (Object.keys(found).length) return;
    const rule =
      freq === 'daily'
        ? { freq, time: at as string }
        : freq === 'weekly'
          ? { freq, weekday: Number(weekday), time: at as string }
          : { freq, day: dayNo, time: at as string };
    setBusy(true);
    try {
      const r = await call('recurrences.create', {
        title: title.trim(),
        kind,
        rule,
        assigneeId: assignee || null,
        durationHours,
        ...(kind === 'meter_reading' ? { route: route.trim() } : {}),
      });
      onDone('recurring', `${r.recurrence.title}：${t.savedRecurring(r.recurrence.rule)}`);
    } catch (e) {
      setBusy(false);
      if (handleSignedOut(e)) return;
      const field = isApiError(e) ? e.field : undefined;
      const map: Record<string, string> = { title: 'title', kind: 'kind', rule: 'freq', 'rule.freq': 'freq', 'rule.time': 'time', 'rule.day': 'day', 'rule.weekday': 'weekday', durationHours: 'durationHours', route: 'route', assigneeId: 'assigneeId' };
      if (field && map[field]) setErrors({ [map[field]]: errorText(e) });
      else setError(errorText(e));
    }
  };

  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(3)}>
        {t.addRecurring}
      </Text>
      <TextInput id='rec-title' label={t.recTitle} placeholder={t.recTitlePlaceholder} value={title} maxLength={40} error={errors.title} onChange={(v) => (setTitle(v), clear('title'))} />
      <ChoiceGroup id='rec-kind' label={t.taskKind} options={KIND_OPTIONS(['cleaning', 'repair', 'meter_reading', 'other'])} value={kind} error={errors.kind} onChange={(v) => (setKind(v as TaskKind), clear('kind'), clear('route'))} />
      <ChoiceGroup id='rec-freq' label={t.freq} options={FREQS} value={freq} error={errors.freq} onChange={(v) => (setFreq(v as typeof freq), clear('freq'))} />
      {freq === 'weekly' && <ChoiceGroup id='rec-weekday' label={t.weekday} options={WEEKDAYS} value={weekday} error={errors.weekday} onChange={(v) => (setWeekday(v), clear('weekday'))} />}
      {freq === 'monthly' && <TextInput id='rec-day' label={t.monthDay} keyboard='number' maxLength={2} value={day} error={errors.day} onChange={(v) => (setDay(v.replace(/\D/g, '')), clear('day'))} />}
      <WhenInput id='rec-time' mode='time' label={t.time} placeholder='08:00' value={time} error={errors.time} onChange={(v) => (setTime(v), clear('time'))} />
      {staff.length > 0 && <ChoiceGroup id='rec-assignee' label={t.assignee} options={staffOptions(staff, true)} value={assignee} error={errors.assigneeId} onChange={(v) => (setAssignee(v), clear('assigneeId'))} />}
      <TextInput id='rec-hours' label={t.duration} keyboard='number' maxLength={3} value={hours} error={errors.durationHours} onChange={(v) => (setHours(v.replace(/\D/g, '')), clear('durationHours'))} />
      {kind === 'meter_reading' && <TextInput id='rec-route' label={t.routeField} placeholder={t.routePlaceholder} value={route} maxLength={40} error={errors.route} onChange={(v) => (setRoute(v), clear('route'))} />}
      {error && <Notice kind='error'>{error}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={busy} onClick={() => void save()}>
          {t.saveRecurring}
        </Btn>
        <Btn kind='link' onClick={onCancel}>
          {common.cancel}
        </Btn>
      </View>
    </View>
  );
}

function RecurrenceRow({ rec, names }: { rec: Recurrence; names: Map<string, string> }) {
  return (
    <View className='gz-row'>
      <View className='gz-row__main'>
        <Text className='gz-row__title'>{rec.title}</Text>
        <Text>
          {rec.rule} · {taskKindLabel[rec.kind] ?? rec.kind}
          {rec.route ? ` · ${t.routeField}：${rec.route}` : ''}
        </Text>
        <Text className='gz-muted'>{rec.assigneeId ? t.assigneeOf(names.get(rec.assigneeId) ?? t.someone) : t.unassignedTag}</Text>
      </View>
    </View>
  );
}

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
