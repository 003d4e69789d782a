// 志愿活动: one shift as a 接龙 — when, where, what to bring, places left; one tap to sign up
// (with an optional note) or to join the waitlist; my place or waitlist position; cancelling
// until the cutoff; on the day, checking in with the code (or scanning the QR code in WeChat).
// The organiser sees the check-in code, checks people in and confirms attendance, which credits
// the hours. Shared into a WeChat group as a card that opens this screen.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { ConfirmInline } from '../../../components/ConfirmInline';
import { TextInput } from '../../../components/Field';
import { ShareButton } from '../../../components/ShareButton';
import { SHARE_IMAGES } from '../../../services/groups';
import { Failed, Loading, Notice, Empty } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { headingA11y } from '../../../components/a11y';
import { routeParam } from '../../../components/nav';
import { call } from '../../../services/api';
import { signUpInput } from '../../../domain/schemas/volunteers';
import { askToSubscribe } from '../../../services/subscribe';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import { shiftTime } from '../../../domain/volunteers';
import { activityText as t } from '../../../copy/volunteers';
import { CheckIn } from './CheckIn';
import { Organiser } from './Organiser';
import { useAct, type Said } from '../components/useAct';
import '../components/volunteer.css';

const h5 = process.env.TARO_ENV === 'h5';

export default function ActivityPage() {
  const router = useRouter();
  const id = routeParam(router.params.id);
  const detail = useAction('volunteers.activity', { activityId: id }, [id]);
  useRefresh(detail.reload);
  const [note, setNote] = useState('');
  const [said, say] = useState<Said>(null);
  const a = useAct(detail.reload, say, ['note']);
  const busy = a.busy;
  const [joinSent, setJoinSent] = useState(false);

  const d = detail.data;
  useShareAppMessage(() => ({
    title: d ? t.shareTitle(d.activity.title, shiftTime(d.activity.startAt, d.activity.endAt), d.activity.placesLeft) : '志愿活动',
    path: sharePath(`${PAGES.volunteerActivity}?id=${encodeURIComponent(id)}`),
    imageUrl: SHARE_IMAGES.activity,
  }));

  if (!id) return <Page><Empty title={t.noId} /></Page>;

  const signUp = () => {
    const input = a.check(signUpInput, { activityId: id, ...(note.trim() ? { note } : {}) });
    if (!input) return;
    return a.act('signup', async () => {
      // Inside the tap, before anything is awaited: WeChat shows its panel only then.
      await askToSubscribe(['shift.tomorrow', 'waitlist.confirmed']);
      const r = await call('volunteers.signup', input);
      setNote('');
      return r.me ? '' : t.signedUp;
    });
  };
  const cancel = () => a.act('cancel', async () => (await call('volunteers.cancel', { activityId: id }), t.cancelled));
  const join = () =>
    a.act('join', async () => {
      if (!d) return '';
      await call('volunteers.team.join', { teamId: d.activity.teamId });
      setJoinSent(true);
      return '';
    });

  return (
    <Page className='gz-vol'>
      {detail.state === 'loading' && !d && <Loading />}
      {detail.state === 'error' && !d && <Failed error={detail.error} onRetry={detail.reload} />}
      {d && (
        <>
          <Text className='gz-h1' {...headingA11y(1)}>
            {d.activity.title}
          </Text>
          <View className='gz-card gz-vol-facts'>
            <View className='gz-tags'>
              <Text className='gz-tag gz-tag--role'>{d.activity.teamName}</Text>
            </View>
            <Text className='gz-vol-line'>
              {t.when}：{shiftTime(d.activity.startAt, d.activity.endAt)}
            </Text>
            <Text className='gz-vol-line'>
              {t.where}：{d.activity.place}
            </Text>
            {d.activity.bring && (
              <Text className='gz-vol-line'>
                {t.bring}：{d.activity.bring}
              </Text>
            )}
            {d.activity.repeats && (
              <Text className='gz-vol-line'>
                {t.repeats}：{d.activity.repeats}
              </Text>
            )}
            <Text className='gz-vol-line'>{t.places(d.activity.placesLeft, d.activity.capacity)}</Text>
            <Text className='gz-muted'>{t.cancelRule(formatTime(d.activity.cancelClosesAt))}</Text>
          </View>

          {said && <Notice kind={said.kind}>{said.text}</Notice>}
          {a.formError && <Notice kind='error'>{a.formError}</Notice>}

          {d.me?.status === 'confirmed' && <Notice kind='info'>{d.me.confirmedAttendance ? t.attended : d.me.checkedIn ? t.checkedIn : t.confirmed}</Notice>}
          {d.me?.status === 'waitlisted' && <Notice kind='info'>{t.waiting(d.me.position)}</Notice>}

          {!d.me && !d.started && !d.member && (
            <View className='gz-card'>
              <Text className='gz-p'>{t.joinFirst(d.activity.teamName)}</Text>
              <Btn kind='primary' size='main' block busy={busy} disabled={joinSent} onClick={() => void join()}>
                {joinSent ? t.joinSent : t.join}
              </Btn>
            </View>
          )}
          {!d.me && !d.started && d.member && (
            <View className='gz-card'>
              <TextInput id='note' label={t.note} value={note} onChange={(v) => (setNote(v), a.clear('note'))} maxLength={40} error={a.errors.note} />
              <Btn kind='primary' size='main' block busy={busy} onClick={() => void signUp()}>
                {d.activity.placesLeft > 0 ? t.signUp : t.waitlist}
              </Btn>
            </View>
          )}
          {!d.me && d.started && <Notice kind='info'>{t.started}</Notice>}
          {d.me && !d.started && (d.canCancel ? (
            <ConfirmInline
              kind='danger'
              label={d.me.status === 'waitlisted' ? t.leaveWaitlist : t.cancel}
              warning={d.me.status === 'waitlisted' ? t.confirmLeaveWaitlist : d.waitlist.length > 0 ? t.confirmCancelToWaitlist : t.confirmCancel}
              yes={d.me.status === 'waitlisted' ? t.yesLeaveWaitlist : t.yesCancel}
              busy={busy}
              onConfirm={() => void cancel()}
            />
          ) : (
            <Text className='gz-p gz-muted'>{t.cannotCancel}</Text>
          ))}

          {d.me?.status === 'confirmed' && !d.me.checkedIn && d.checkInOpen && <CheckIn d={d} reload={detail.reload} say={say} />}
          {d.canManage && <Organiser d={d} reload={detail.reload} say={say} />}

          <Text className='gz-h2' {...headingA11y(2)}>
            {t.roster(d.roster.length)}
          </Text>
          {d.roster.length === 0 && <Text className='gz-p gz-muted'>{t.noRoster}</Text>}
          {d.roster.length > 0 && (
            <View className='gz-card gz-vol-table' {...(h5 ? { role: 'list', 'aria-label': t.roster(d.roster.length) } : {})}>
              {d.roster.map((r, i) => (
                <Text key={r.userId} className='gz-vol-line' {...(h5 ? { role: 'listitem' } : {})}>
                  {t.line(i + 1, r.name, r.note)}
                  {r.checkedIn ? `（${t.checkedIn}）` : ''}
                </Text>
              ))}
            </View>
          )}
          {d.waitlist.length > 0 && (
            <>
              <Text className='gz-h2' {...headingA11y(2)}>
                {t.waitlist2(d.waitlist.length)}
              </Text>
              <View className='gz-card gz-vol-table' {...(h5 ? { role: 'list', 'aria-label': t.waitlist2(d.waitlist.length) } : {})}>
                {d.waitlist.map((r) => (
                  <Text key={r.userId} className='gz-vol-line' {...(h5 ? { role: 'listitem' } : {})}>
                    {t.line(r.position ?? 0, r.name, r.note)}
                  </Text>
                ))}
              </View>
            </>
          )}
          <ShareButton label={t.share} />
        </>
      )}
    </Page>
  );
}
