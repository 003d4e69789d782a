// 报事详情: what was reported (status, category, place, description, photos), the public
// timeline of every step (who, when, note, photos, stars), the tasks, the comments; and what
// the caller may do now, exactly as the server says (`can`): 我也遇到, the workflow steps (a
// reason or note where one is required, an after-photo to finish), "修好了吗?" with a rating.
// Everything answers in place: no pop-ups, so it reads the same in 长辈模式.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { ShareButton } from '../../../components/ShareButton';
import { SHARE_IMAGES } from '../../../services/groups';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { PhotoGrid } from '../../../components/PhotoPicker';
import { StarsShown } from '../../../components/Stars';
import { PrivateTag, SlaTags, StatusTag } from '../../../components/IssueTags';
import { useAction } from '../../../components/useAction';
import { useSubmit } from '../../../components/useSubmit';
import { useRefresh } from '../../../components/useRefresh';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { call, isApiError } from '../../../services/api';
import { type TransitionName } from '../../../domain/issues';
import { detailText as t } from '../../../copy/issues';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import '../issues.css';
import { h5, WITH_FORM } from './model';
import type { Detail, TransitionOption } from './model';
import { TransitionForm } from './TransitionForm';
import { FixedCard, RateCard } from './Rating';
import { CommentBox } from './CommentBox';
import { Timeline } from './Timeline';

function Body({ data, reload, roles, notice: initialNotice }: { data: Detail; reload: () => Promise<void>; roles: string[]; notice: string | null }) {
  const { issue, can } = data;
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(initialNotice);
  // 附议 and the one-tap transitions each send through the shared submit hook; one at a time.
  const seconding = useSubmit({ fields: [] });
  const acting = useSubmit({ fields: [] });
  const [doing, setDoing] = useState<string | null>(null);
  const busy = seconding.busy || acting.busy;

  const done = (text: string) => {
    setOpen(null);
    acting.setFormError(null);
    setNotice(text);
    void reload();
  };

  const second = async () => {
    if (busy) return;
    await seconding.run(() => call('issues.second', { issueId: issue.id }), () => done(t.seconded));
  };

  const act = async (option: TransitionOption) => {
    if (WITH_FORM.includes(option.name as TransitionName)) {
      setOpen(open === option.name ? null : option.name);
      return;
    }
    if (busy) return;
    setDoing(option.name);
    await acting.run(
      () => call('issues.transition', { issueId: issue.id, transition: option.name }),
      () => done(t.done(option.name, option.label)),
      // Someone else moved it first: the screen shows where it is now.
      (e) => {
        if (isApiError(e) && e.status === 409) void reload();
      },
    );
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
          <Btn kind='primary' size='main' block busy={seconding.busy} onClick={() => void second()}>
            {t.metoo}
          </Btn>
        )}
        {seconding.formError && <Notice kind='error'>{seconding.formError}</Notice>}
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
                busy={acting.busy && doing === o.name}
                disabled={busy && !(acting.busy && doing === o.name)}
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
          {acting.formError && <Notice kind='error'>{acting.formError}</Notice>}
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
      path: sharePath(`${PAGES.issueDetail}?id=${encodeURIComponent(id)}`),
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

