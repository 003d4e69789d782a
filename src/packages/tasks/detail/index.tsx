// Task detail (staff): what, where (the issue's place, with a link to the issue), when it is due;
// start it; finish it with a note and an after-photo (required except for meter rounds). Start
// and finish go through the offline queue: without signal they wait on the phone and are sent
// once when it returns. A refusal (not assigned to you 403, already finished 409) is said plainly.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState, type ReactNode } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useReloadOnShow } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { back, go } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { call, type Output } from '../../../services/api';
import { dismissFailed, submit, useOfflineQueue } from '../../../services/offlineQueue';
import { STATUS_LABELS, type IssueStatus } from '../../../domain/issues';
import { formatTime } from '../../../ui/format';
import { PAGES } from '../../../routes';
import { common } from '../../../ui/strings';
import { taskKindLabel, taskStatusLabel, tasksText as t } from '../../../ui/strings/tasks';
import { AfterPhoto, type PickedPhoto } from '../components/AfterPhoto';
import { TextArea } from '../../../components/Field';
import { OfflineBar } from '../components/OfflineBar';
import { useCachedAction } from '../components/useCached';
import { useOfflineSync } from '../components/useOfflineSync';
import { issueUrl, lateBy, meterUrl, param, periodOf, taskUrl, type TaskView } from '../components/model';
import '../components/tasks.css';

type Mine = Output<'tasks.mine'>;
type IssueDetail = Output<'issues.get'>;

function findIn(mine: Mine | undefined, id: string): TaskView | undefined {
  if (!mine) return undefined;
  return [...mine.overdue, ...mine.today, ...mine.upcoming, ...mine.done].find((x) => x.id === id);
}

/** A task not among the cached lists (finished long ago, or someone else's for the manager). */
function useBoardLookup(id: string, needed: boolean) {
  const [state, setState] = useState<{ state: 'idle' | 'loading' | 'done'; task?: TaskView }>({ state: 'idle' });
  useEffect(() => {
    if (!needed || !id) return;
    let live = true;
    setState({ state: 'loading' });
    call('tasks.get', { taskId: id })
      .then((r) => live && setState({ state: 'done', task: r.task }))
      .catch(() => live && setState({ state: 'done' }));
    return () => {
      live = false;
    };
  }, [id, needed]);
  return state;
}

function useIssue(issueId: string | null | undefined) {
  const [issue, setIssue] = useState<IssueDetail | null>(null);
  useEffect(() => {
    if (!issueId) return;
    let live = true;
    call('issues.get', { issueId })
      .then((r) => live && setIssue(r))
      .catch(() => undefined); // the task still shows its place without the issue
    return () => {
      live = false;
    };
  }, [issueId]);
  return issue;
}

function Kv({ k, children }: { k: string; children: ReactNode }) {
  return (
    <View className='gz-kv'>
      <Text className='gz-kv__k'>{k}</Text>
      <View>{children}</View>
    </View>
  );
}

function FinishForm({ task, pending, onFinished }: { task: TaskView; pending: boolean; onFinished: (r: { queued: boolean; issueStatus: string | null }) => void }) {
  const q = useOfflineQueue();
  const refused = q.failed.find((e) => e.action === 'tasks.finish' && e.input.taskId === task.id);
  const [note, setNote] = useState(() => (refused ? String(refused.input.note ?? '') : ''));
  const [photo, setPhoto] = useState<PickedPhoto | null>(null);
  // The photo goes up as `photos` (or its `dataBase64` when too big); both are this form's photo.
  const f = useSubmit({ fields: { note: 'note', photos: 'photo', dataBase64: 'photo' } });
  const { errors, formError, busy } = f;
  const photoRequired = task.kind !== 'meter_reading';

  const finish = async () => {
    if (busy) return;
    if (f.invalid({ note: !note.trim() && t.needNote, photo: photoRequired && !photo && t.needPhoto })) return;
    await f.run(
      () => {
        if (refused) dismissFailed(refused.id);
        return submit('tasks.finish', { taskId: task.id, note: note.trim() }, { label: t.labelFinish(task.title), photos: photo ? [photo.base64] : [], page: taskUrl(task.id) });
      },
      (r) => onFinished(r.state === 'sent' ? { queued: false, issueStatus: r.output.issueStatus } : { queued: true, issueStatus: null }),
    );
  };

  if (pending && !busy) return <Notice kind='info'>{t.finishQueued}</Notice>;
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.finishHeading}
      </Text>
      {refused && <Notice kind='error'>{refused.message}</Notice>}
      <TextArea
        id='note'
        label={t.note}
        placeholder={t.notePlaceholder}
        value={note}
        error={errors.note}
        onChange={(v) => {
          setNote(v);
          f.clear('note');
        }}
      />
      <AfterPhoto
        id='photo'
        label={`${t.photo}${photoRequired ? `（${common.required}）` : ''}`}
        hint={photoRequired ? t.photoRequired : t.photoOptional}
        value={photo}
        error={errors.photo}
        onChange={(p) => {
          setPhoto(p);
          f.clear('photo');
        }}
      />
      {formError && <Notice kind='error'>{formError}</Notice>}
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void finish()}>
        {busy ? t.finishing : t.finish}
      </Btn>
    </View>
  );
}

export default function TaskDetailPage() {
  const router = useRouter();
  const id = param(router?.params?.id);
  const mine = useCachedAction('tasks.mine', {}, 'tasks.mine');
  const queue = useOfflineSync(() => void mine.reload());
  useReloadOnShow(mine.reload);

  const own = findIn(mine.data, id);
  const lookup = useBoardLookup(id, !!mine.data && !own && mine.state !== 'loading');
  const task = own ?? lookup.task;
  const issue = useIssue(task?.issueId);

  const [local, setLocal] = useState<{ status?: TaskView['status']; notice?: { kind: 'ok' | 'info'; text: string } }>({});
  // Starting has no field: a refusal (403, 409) is said under the button.
  const starting = useSubmit({ fields: [] });

  const status = local.status ?? task?.status;
  const pendingStart = queue.pending.some((e) => e.action === 'tasks.start' && e.input.taskId === id);
  const pendingFinish = queue.pending.some((e) => e.action === 'tasks.finish' && e.input.taskId === id);

  const start = async () => {
    if (!task) return;
    await starting.run(
      () => submit('tasks.start', { taskId: task.id }, { label: t.labelStart(task.title), page: taskUrl(task.id) }),
      (r) => setLocal({ status: 'in_progress', notice: r.state === 'sent' ? { kind: 'ok', text: t.started } : { kind: 'info', text: t.startQueued } }),
    );
  };

  const finished = (r: { queued: boolean; issueStatus: string | null }) => {
    if (r.queued) return; // the queue's own notice says it waits on the phone
    const label = r.issueStatus ? STATUS_LABELS[r.issueStatus as IssueStatus] : null;
    setLocal({ status: 'done', notice: { kind: 'ok', text: label ? `${t.finished}${t.finishedIssue(label)}` : t.finished } });
  };

  if (!id) {
    return (
      <Page className='gz-tasks'>
        <Empty title={t.notFound} />
      </Page>
    );
  }

  const waiting = !task && ((mine.state === 'loading' && !mine.data) || (!!mine.data && lookup.state !== 'done'));
  return (
    <Page className='gz-tasks'>
      {waiting && <Loading />}
      {mine.state === 'error' && !mine.data && <Failed error={mine.error} onRetry={mine.reload} />}
      {!task && mine.data && lookup.state === 'done' && (
        <>
          <Empty title={t.notFound} />
          <Btn kind='primary' size='main' block onClick={() => back(PAGES.myTasks)}>
            {t.back}
          </Btn>
        </>
      )}
      {task && (
        <>
          <Text className='gz-h1' {...headingA11y(1)}>
            {task.title}
          </Text>
          <View className='gz-taglist'>
            {task.overdue && status !== 'done' && <Text className='gz-tag gz-tag--late'>{t.overdueTag}</Text>}
            <Text className={`gz-tag ${status === 'done' ? 'gz-tag--done' : 'gz-tag--status'}`}>{taskStatusLabel[status ?? 'open']}</Text>
            {(pendingStart || pendingFinish) && <Text className='gz-tag gz-tag--queued'>{t.queuedTag}</Text>}
          </View>
          {mine.staleAt && <Notice kind='info'>{t.staleCopy(formatTime(mine.staleAt))}</Notice>}

          <View className='gz-card'>
            <Kv k={t.kind}>
              <Text>{taskKindLabel[task.kind] ?? task.kind}</Text>
            </Kv>
            {task.placeLabel && (
              <Kv k={t.where}>
                <Text>{task.placeLabel}</Text>
              </Kv>
            )}
            {task.route && (
              <Kv k={t.route}>
                <Text>{task.route}</Text>
              </Kv>
            )}
            <Kv k={t.due}>
              <Text className={task.overdue && status !== 'done' ? 'gz-task__late' : ''}>
                {formatTime(task.dueAt)}
                {task.overdue && status !== 'done' ? `（${t.overdueBy(lateBy(task.dueAt))}）` : ''}
              </Text>
            </Kv>
            {task.description && <Text className='gz-card__body'>{task.description}</Text>}
          </View>

          {task.issueId && (
            <View className='gz-card'>
              <Text className='gz-card__title' {...headingA11y(2)}>
                {t.issue}
              </Text>
              {issue && (
                <>
                  <Text className='gz-text'>
                    {issue.issue.categoryLabel} · {issue.issue.placeLabel} · {issue.issue.statusLabel}
                  </Text>
                  <Text className='gz-card__body'>{issue.issue.description}</Text>
                  <Text className='gz-muted'>{t.issueBy(issue.issue.reporterName)}</Text>
                </>
              )}
              <Btn kind='secondary' onClick={() => go(issueUrl(task.issueId as string))}>
                {t.issueOpen}
              </Btn>
            </View>
          )}

          <OfflineBar currentPage={taskUrl(task.id)} />
          {local.notice && <Notice kind={local.notice.kind}>{local.notice.text}</Notice>}

          {status === 'done' ? (
            !local.notice && <Notice kind='ok'>{t.alreadyDone}</Notice>
          ) : !own ? (
            <Notice kind='info'>{t.notYours}</Notice>
          ) : (
            <>
              {!pendingFinish && task.kind === 'meter_reading' && task.route && (
                <Btn kind='primary' size='main' block onClick={() => go(meterUrl(task.route as string, periodOf(task.dueAt), task.id))}>
                  {t.meterRound(task.route)}
                </Btn>
              )}
              {!pendingFinish && status === 'open' && !pendingStart && (
                <View className='gz-actions'>
                  <Btn kind={task.kind === 'meter_reading' ? 'secondary' : 'primary'} size='main' block busy={starting.busy} onClick={() => void start()}>
                    {t.start}
                  </Btn>
                </View>
              )}
              {pendingStart && !pendingFinish && !local.notice && <Notice kind='info'>{t.startQueued}</Notice>}
              {starting.formError && <Notice kind='error'>{starting.formError}</Notice>}
              {/* Stays mounted while it sends, so a refusal finds what was typed still there. */}
              <FinishForm task={task} pending={pendingFinish} onFinished={finished} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
