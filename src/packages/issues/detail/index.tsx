// 报事详情: what was reported (status, category, place, description, photos), the public
// timeline of every step (who, when, note, photos, stars), the tasks, the comments; and what
// the caller may do now, exactly as the server says (`can`): 我也遇到, the workflow steps (a
// reason or note where one is required, an after-photo to finish), "修好了吗?" with a rating.
// Everything answers in place: no pop-ups, so it reads the same in 长辈模式.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { ShareButton } from '../../../components/ShareButton';
import { SHARE_IMAGES } from '../../../services/groups';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { TextArea } from '../../../components/Field';
import { PhotoGrid, PhotoPicker } from '../../../components/PhotoPicker';
import { StarsInput, StarsShown } from '../../../components/Stars';
import { PrivateTag, SlaTags, StatusTag } from '../../../components/IssueTags';
import { handleSignedOut, useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { call, isApiError, type Output } from '../../../services/api';
import type { Photo } from '../../../services/photos';
import { TRANSITIONS, type TransitionName } from '../../../domain/issues';
import { photosText } from '../../../ui/strings/issues';
import { detailText as t, reportText } from '../strings';
import { common } from '../../../ui/strings';
import { PAGES } from '../../../ui/routes';
import { formatTime } from '../../../ui/format';
import '../issues.css';

type Detail = Output<'issues.get'>;
type Can = Detail['can'];
type TransitionOption = Can['transitions'][number];

const h5 = process.env.TARO_ENV === 'h5';
const NOTE_MAX = 300;
/** Steps that ask for words first (required, or optional like tabling); the rest act at once. */
const WITH_FORM: TransitionName[] = ['reject', 'table', 'decide', 'finish', 'reopen', 'closeNotFixed'];

function errorText(e: unknown): string {
  return isApiError(e) ? e.message : String((e as Error)?.message ?? e);
}

/** One workflow step with its form: a note (required or not), and an after-photo to finish. */
function TransitionForm({ issueId, option, onDone, onCancel }: { issueId: string; option: TransitionOption; onDone: (label: string) => void; onCancel: () => void }) {
  const rule = TRANSITIONS[option.name as TransitionName];
  const needsPhoto = 'photo' in rule && rule.photo;
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<{ note?: string; photos?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `note-${option.name}`;

  const send = async () => {
    if (busy) return;
    setFormError(null);
    const found: { note?: string; photos?: string } = {};
    if (rule.note && !note.trim()) found.note = option.name === 'finish' ? t.needFinishNote : t.needNote;
    else if (note.trim().length > NOTE_MAX) found.note = t.tooLong(t.note, NOTE_MAX);
    if (needsPhoto && photos.length === 0) found.photos = t.needPhoto;
    setErrors(found);
    if (Object.keys(found).length) return;
    if (uploading) {
      setFormError(photosText.uploading);
      return;
    }
    setBusy(true);
    try {
      await call('issues.transition', {
        issueId,
        transition: option.name,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(photos.length ? { photos: photos.map((p) => p.fileId) } : {}),
      });
      onDone(t.done(option.name, option.label));
    } catch (e) {
      setBusy(false);
      if (handleSignedOut(e)) return;
      const field = isApiError(e) ? e.field?.split('.')[0] : undefined;
      if (field === 'note' || field === 'photos') setErrors({ [field]: errorText(e) });
      else setFormError(errorText(e));
    }
  };

  return (
    <View className='gz-subform' id={`form-${option.name}`}>
      <TextArea
        id={id}
        label={t.notes[option.name] ?? t.note}
        placeholder={t.notePlaceholder}
        value={note}
        max={NOTE_MAX}
        counter={(n) => t.counterOf(n, 300)}
        over={reportText.over}
        rows={3}
        error={errors.note}
        onChange={(v) => {
          setNote(v);
          setErrors((e) => ({ ...e, note: undefined }));
        }}
      />
      {needsPhoto && (
        <PhotoPicker
          id={`photos-${option.name}`}
          label={t.afterPhoto}
          photos={photos}
          error={errors.photos}
          onBusy={setUploading}
          onChange={(p) => {
            setPhotos(p);
            setErrors((e) => ({ ...e, photos: undefined }));
          }}
        />
      )}
      {formError && <Notice kind='error'>{formError}</Notice>}
      <View className='gz-actions'>
        <Btn kind={option.name === 'reject' || option.name === 'closeNotFixed' || option.name === 'reopen' ? 'danger' : 'primary'} size='main' busy={busy} onClick={() => void send()}>
          {t.confirmAction(option.label)}
        </Btn>
        <Btn kind='link' onClick={onCancel}>
          {common.cancel}
        </Btn>
      </View>
    </View>
  );
}

/** Stars and an optional comment; `submit` sends them (alone, or after confirming the fix). */
function useRating() {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ stars?: string; comment?: string }>({});
  return { stars, setStars, comment, setComment, errors, setErrors };
}

function RatingFields({ r, idPrefix }: { r: ReturnType<typeof useRating>; idPrefix: string }) {
  return (
    <>
      <StarsInput
        id={`${idPrefix}-stars`}
        value={r.stars}
        error={r.errors.stars}
        onChange={(n) => {
          r.setStars(n);
          r.setErrors((e) => ({ ...e, stars: undefined }));
        }}
      />
      <TextArea
        id={`${idPrefix}-comment`}
        label={t.rateComment}
        placeholder={t.rateCommentPlaceholder}
        value={r.comment}
        max={200}
        counter={(n) => t.counterOf(n, 200)}
        over={reportText.over}
        rows={2}
        error={r.errors.comment}
        onChange={(v) => {
          r.setComment(v);
          r.setErrors((e) => ({ ...e, comment: undefined }));
        }}
      />
    </>
  );
}

async function sendRating(issueId: string, r: ReturnType<typeof useRating>): Promise<boolean> {
  try {
    await call('issues.rate', { issueId, stars: r.stars, ...(r.comment.trim() ? { comment: r.comment.trim() } : {}) });
    return true;
  } catch (e) {
    if (handleSignedOut(e)) return false;
    const field = isApiError(e) ? e.field : undefined;
    r.setErrors(field === 'comment' ? { comment: errorText(e) } : { stars: errorText(e) });
    return false;
  }
}

/** For the reporter once the work is done: confirm (and rate), or say what is still wrong. */
function FixedCard({ issueId, confirm, reopen, onDone }: { issueId: string; confirm?: TransitionOption; reopen?: TransitionOption; onDone: (text: string) => void }) {
  const r = useRating();
  const [notFixed, setNotFixed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fixed = async () => {
    if (busy || !confirm) return;
    setBusy(true);
    setError(null);
    try {
      await call('issues.transition', { issueId, transition: 'confirm' });
    } catch (e) {
      setBusy(false);
      if (!handleSignedOut(e)) setError(errorText(e));
      return;
    }
    // Confirmed; the rating goes with it when stars were chosen (else the rating card stays).
    if (r.stars > 0) await sendRating(issueId, r);
    setBusy(false);
    onDone(r.stars > 0 ? `${t.done('confirm', confirm.label)}。${t.rated}` : t.done('confirm', confirm.label));
  };

  return (
    <View className='gz-card gz-card--ask' id='fixed'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.fixedQuestion}
      </Text>
      <Text className='gz-card__body'>{t.fixedBody}</Text>
      {!notFixed && <RatingFields r={r} idPrefix='fixed' />}
      {error && <Notice kind='error'>{error}</Notice>}
      {notFixed && reopen ? (
        <TransitionForm issueId={issueId} option={reopen} onDone={onDone} onCancel={() => setNotFixed(false)} />
      ) : (
        <View className='gz-actions'>
          {confirm && (
            <Btn kind='primary' size='main' busy={busy} onClick={() => void fixed()}>
              {r.stars > 0 ? t.confirmAndRate : t.fixedYes}
            </Btn>
          )}
          {reopen && (
            <Btn kind='danger' size='main' disabled={busy} onClick={() => setNotFixed(true)}>
              {t.fixedNo}
            </Btn>
          )}
        </View>
      )}
    </View>
  );
}

function RateCard({ issueId, onDone }: { issueId: string; onDone: (text: string) => void }) {
  const r = useRating();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    if (r.stars < 1) {
      r.setErrors({ stars: t.needStars });
      return;
    }
    setBusy(true);
    const ok = await sendRating(issueId, r);
    setBusy(false);
    if (ok) onDone(t.rated);
  };
  return (
    <View className='gz-card gz-card--ask' id='rate'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.rateTitle}
      </Text>
      <RatingFields r={r} idPrefix='rate' />
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void submit()}>
        {t.rateSubmit}
      </Btn>
    </View>
  );
}

function CommentBox({ issueId, onDone }: { issueId: string; onDone: (text: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (busy) return;
    setFormError(null);
    if (!text.trim()) return setError(t.needComment);
    if (text.trim().length > 300) return setError(t.tooLong(t.commentWord, 300));
    setBusy(true);
    try {
      await call('issues.comment', { issueId, text: text.trim() });
      setText('');
      onDone(t.commentSent);
    } catch (e) {
      if (handleSignedOut(e)) return;
      if (isApiError(e) && e.field === 'text') setError(e.message);
      else setFormError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='gz-card'>
      <TextArea
        id='comment'
        label={t.comment}
        placeholder={t.commentPlaceholder}
        value={text}
        max={300}
        counter={(n) => t.counterOf(n, 300)}
        over={reportText.over}
        rows={3}
        error={error}
        onChange={(v) => {
          setText(v);
          setError(undefined);
        }}
      />
      {formError && <Notice kind='error'>{formError}</Notice>}
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void send()}>
        {t.commentSend}
      </Btn>
    </View>
  );
}

function Timeline({ items }: { items: Detail['timeline'] }) {
  if (items.length === 0) return <Text className='gz-p gz-muted'>{t.timelineEmpty}</Text>;
  return (
    <View className='gz-timeline' {...(h5 ? { role: 'list' } : {})}>
      {items.map((e) => (
        <View key={e.id} className='gz-timeline__item' {...(h5 ? { role: 'listitem' } : {})}>
          <View className='gz-timeline__dot' />
          <View className='gz-timeline__body'>
            <Text className='gz-timeline__label'>{e.label}</Text>
            <Text className='gz-muted'>
              {t.by(e.actorName)} · {formatTime(e.at)}
            </Text>
            {e.note && <Text className='gz-timeline__note'>{e.note}</Text>}
            {e.stars !== null && <StarsShown stars={e.stars} />}
            <PhotoGrid urls={e.photos} label={`${e.label}：${t.photos}`} />
          </View>
        </View>
      ))}
    </View>
  );
}

function Body({ data, reload, roles, notice: initialNotice }: { data: Detail; reload: () => Promise<void>; roles: string[]; notice: string | null }) {
  const { issue, can } = data;
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const [actionError, setActionError] = useState<string | null>(null);
  const [secondError, setSecondError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const done = (text: string) => {
    setOpen(null);
    setActionError(null);
    setNotice(text);
    void reload();
  };

  const second = async () => {
    if (busy) return;
    setBusy('second');
    setSecondError(null);
    try {
      await call('issues.second', { issueId: issue.id });
      done(t.seconded);
    } catch (e) {
      if (!handleSignedOut(e)) setSecondError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const act = async (option: TransitionOption) => {
    if (WITH_FORM.includes(option.name as TransitionName)) {
      setOpen(open === option.name ? null : option.name);
      return;
    }
    if (busy) return;
    setBusy(option.name);
    setActionError(null);
    try {
      await call('issues.transition', { issueId: issue.id, transition: option.name });
      done(t.done(option.name, option.label));
    } catch (e) {
      if (!handleSignedOut(e)) {
        setActionError(errorText(e));
        if (isApiError(e) && e.status === 409) void reload();
      }
    } finally {
      setBusy(null);
    }
  };

  const confirm = can.transitions.find((o) => o.name === 'confirm');
  const reopen = can.transitions.find((o) => o.name === 'reopen');
  const others = can.transitions.filter((o) => o.name !== 'confirm' && o.name !== 'reopen');
  const staffSide = roles.includes('staff') || roles.includes('manager');
  const openForm = others.find((o) => o.name === open);
  const finished = issue.status === 'closed' || issue.status === 'rejected';

  return (
    <>
      <View className='gz-tags'>
        <StatusTag status={issue.status} closedAs={issue.closedAs} label={issue.statusLabel} />
        {issue.visibility === 'private' && <PrivateTag />}
        <SlaTags acceptOverdue={issue.acceptOverdue} actionOverdue={issue.actionOverdue} />
        {issue.reopenCount > 0 && <Text className='gz-tag gz-tag--pending'>{t.reopened(issue.reopenCount)}</Text>}
      </View>
      <Text className='gz-h1 gz-issue-title' {...headingA11y(1)}>
        {issue.categoryLabel} · {issue.placeLabel}
      </Text>
      {notice && <Notice kind='ok'>{notice}</Notice>}

      <View className='gz-card'>
        <View className='gz-kv'>
          <Text className='gz-kv__k'>{t.reporter}</Text>
          <Text>
            {issue.reporterName}
            {issue.onBehalf ? t.onBehalf(issue.onBehalf.unitLabel, issue.onBehalf.byName) : ''}
          </Text>
        </View>
        <View className='gz-kv'>
          <Text className='gz-kv__k'>{t.createdAt}</Text>
          <Text>{formatTime(issue.createdAt)}</Text>
        </View>
        <View className='gz-kv gz-seconds'>
          <Text>{t.seconds(issue.seconds)}</Text>
          {!finished && <Text>{t.priority(issue.createdAt)}</Text>}
          {!can.second && data.secondedByMe && <Text className='gz-tag gz-tag--approved'>{t.metooDone}</Text>}
        </View>
        {can.second && (
          <Btn kind='primary' size='main' block busy={busy === 'second'} onClick={() => void second()}>
            {t.metoo}
          </Btn>
        )}
        {secondError && <Notice kind='error'>{secondError}</Notice>}
        {issue.visibility === 'private' && <Text className='gz-muted'>{t.private}</Text>}
        <Text className='gz-field__label'>{t.description}</Text>
        <Text className='gz-issue-desc'>{issue.description}</Text>
        <PhotoGrid urls={issue.photos} label={t.photos} />
        {issue.rating && (
          <View className='gz-rating'>
            <Text className='gz-field__label'>{t.rating}</Text>
            <StarsShown stars={issue.rating.stars} />
            {issue.rating.comment && <Text>{issue.rating.comment}</Text>}
          </View>
        )}
      </View>

      {(confirm || reopen) && <FixedCard issueId={issue.id} confirm={confirm} reopen={reopen} onDone={done} />}
      {can.rate && !confirm && <RateCard issueId={issue.id} onDone={done} />}

      {(others.length > 0 || can.assign) && (
        <View className='gz-card' id='actions'>
          <Text className='gz-card__title' {...headingA11y(2)}>
            {t.actions}
          </Text>
          <View className='gz-actions'>
            {others.map((o) => (
              <Btn
                key={o.name}
                kind={o.name === 'reject' || o.name === 'closeNotFixed' ? 'danger' : o.name === 'accept' || o.name === 'finish' || o.name === 'start' ? 'primary' : 'secondary'}
                size='main'
                busy={busy === o.name}
                disabled={!!busy && busy !== o.name}
                onClick={() => void act(o)}
              >
                {o.label}
              </Btn>
            ))}
            {can.assign && (
              <Btn kind='secondary' size='main' onClick={() => go(`${PAGES.dispatchBoard}?issueId=${encodeURIComponent(issue.id)}`)}>
                {t.dispatch}
              </Btn>
            )}
          </View>
          {openForm && <TransitionForm key={openForm.name} issueId={issue.id} option={openForm} onDone={done} onCancel={() => setOpen(null)} />}
          {actionError && <Notice kind='error'>{actionError}</Notice>}
        </View>
      )}

      {data.tasks.length > 0 && (
        <>
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.tasks}
          </Text>
          <View className='gz-list'>
            {data.tasks.map((task) => {
              const openTask = staffSide ? () => go(`${PAGES.taskDetail}?id=${encodeURIComponent(task.id)}`) : undefined;
              return (
                <View key={task.id} className={`gz-row ${openTask ? 'gz-row--link' : ''}`} onClick={openTask} {...(openTask ? buttonA11y({ onActivate: openTask }) : {})}>
                  <View className='gz-row__main'>
                    <Text className='gz-row__title'>{task.title}</Text>
                    <Text className='gz-muted'>
                      {t.assignee(task.assigneeName)} · {t.due(formatTime(task.dueAt))}
                    </Text>
                  </View>
                  <Text className={`gz-tag ${task.status === 'done' ? 'gz-tag--approved' : 'gz-tag--pending'}`}>{t.taskStatus[task.status] ?? task.status}</Text>
                </View>
              );
            })}
          </View>
        </>
      )}

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.timeline}
      </Text>
      <Timeline items={data.timeline} />

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.comments}
      </Text>
      {data.comments.length === 0 ? (
        <Text className='gz-p gz-muted'>{t.noComments}</Text>
      ) : (
        <View className='gz-list' {...(h5 ? { role: 'list' } : {})}>
          {data.comments.map((c) => (
            <View key={c.id} className='gz-comment' {...(h5 ? { role: 'listitem' } : {})}>
              <Text className='gz-row__title'>{c.name}</Text>
              <Text className='gz-muted'>{formatTime(c.at)}</Text>
              <Text className='gz-comment__text'>{c.text}</Text>
            </View>
          ))}
        </View>
      )}
      {can.comment && <CommentBox issueId={issue.id} onDone={done} />}

      <ShareButton label={t.share} />
    </>
  );
}

export default function IssueDetailPage() {
  const router = useRouter();
  const params = router?.params ?? {};
  const id = routeParam(params.id);
  const first = params.new === '1' ? t.justReported : params.seconded === '1' ? t.seconded : null;
  const issue = useAction('issues.get', { issueId: id }, [id]);
  const me = useAction('me');
  useRefresh(issue.reload);

  useShareAppMessage(() => {
    const i = issue.data?.issue;
    return {
      title: i ? t.shareTitle(i.categoryLabel, i.placeLabel, i.statusLabel) : t.title,
      path: `${PAGES.issueDetail}?id=${encodeURIComponent(id)}`,
      imageUrl: SHARE_IMAGES.issue,
    };
  });

  if (!id) {
    return (
      <Page className='gz-issues'>
        <Empty title={t.noId} />
      </Page>
    );
  }
  return (
    <Page className='gz-issues'>
      {issue.state === 'loading' && !issue.data && <Loading />}
      {issue.state === 'error' && !issue.data && <Failed error={issue.error} onRetry={issue.reload} />}
      {issue.data && <Body key={issue.data.issue.id} data={issue.data} reload={issue.reload} roles={me.data?.user.roles ?? []} notice={first} />}
    </Page>
  );
}

