// 志愿活动: one shift as a 接龙 — when, where, what to bring, places left; one tap to sign up
// (with an optional note) or to join the waitlist; my place or waitlist position; cancelling
// until the cutoff; on the day, checking in with the code (or scanning the QR code in WeChat).
// The organiser sees the check-in code, checks people in and confirms attendance, which credits
// the hours. Shared into a WeChat group as a card that opens this screen.
import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
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
import { call, isApiError, type Output } from '../../../services/api';
import { askToSubscribe } from '../../../services/subscribe';
import { PAGES } from '../../../ui/routes';
import { formatTime } from '../../../ui/format';
import { shiftTime } from '../../../domain/volunteers';
import { activityText as t } from '../strings';
import { QrCode } from '../components/QrCode';
import '../components/volunteer.css';
import { isPrivacyRefusal } from '../../../services/privacy';
import { PrivacyConsent } from '../../../components/PrivacyConsent';
import { privacyText } from '../../../ui/strings/privacy';

const h5 = process.env.TARO_ENV === 'h5';
const weapp = process.env.TARO_ENV === 'weapp';
type Detail = Output<'volunteers.activity'>;
type Said = { kind: 'ok' | 'error' | 'info'; text: string } | null;

const fieldError = (e: unknown, field: string) => (isApiError(e) && e.field === field ? e.message : null);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function Organiser({ d, reload, say }: { d: Detail; reload: () => Promise<void>; say: (s: Said) => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const activityId = d.activity.id;
  const toConfirm = d.roster.filter((r) => r.checkedIn && !r.confirmed);
  const run = async (key: string, fn: () => Promise<string>) => {
    setBusy(key);
    try {
      // The page's own state line says the outcome of 报名/候补/加入: saying it again doubled it.
      const text = await fn();
      if (text) say({ kind: 'ok', text });
      await reload();
    } catch (e) {
      say({ kind: 'error', text: message(e) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.organiser}
      </Text>
      {d.checkInCode && <QrCode text={d.checkInCode} />}
      {d.checkInCode && <Text className='gz-vol-code'>{t.codeShown(d.checkInCode)}</Text>}
      <Text className='gz-muted'>{t.codeHint}</Text>
      {d.roster.map((r) => (
        <View key={r.userId} className='gz-vol-person'>
          <Text>
            {r.name}
            {r.confirmed ? `（${t.attended}）` : r.checkedIn ? `（${t.checkedIn}）` : ''}
          </Text>
          {!r.checkedIn && d.checkInOpen && (
            <Btn size='small' busy={busy === r.userId} onClick={() => void run(r.userId, async () => (await call('volunteers.checkIn', { activityId, userId: r.userId }), `${r.name}：${t.checkedIn}`))}>
              {t.checkInFor(r.name)}
            </Btn>
          )}
        </View>
      ))}
      {d.started && (
        <Btn
          kind='primary'
          size='main'
          block
          disabled={toConfirm.length === 0}
          busy={busy === 'confirm'}
          onClick={() =>
            void run('confirm', async () => {
              const r = await call('volunteers.confirm', { activityId, userIds: toConfirm.map((x) => x.userId) });
              return t.confirmedAll(r.credited, String(r.minutes / 60));
            })
          }
        >
          {toConfirm.length ? t.confirmAll(toConfirm.length) : t.nothingToConfirm}
        </Btn>
      )}
    </View>
  );
}

function CheckIn({ d, reload, say }: { d: Detail; reload: () => Promise<void>; say: (s: Said) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      await call('volunteers.checkIn', { activityId: d.activity.id, code: value.trim() });
      say({ kind: 'ok', text: t.checkedIn });
      await reload();
    } catch (e) {
      const f = fieldError(e, 'code');
      if (f) setError(f);
      else say({ kind: 'error', text: message(e) });
    } finally {
      setBusy(false);
    }
  };
  const scan = async () => {
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const digits = /(\d{6})/.exec(r.result ?? '')?.[1] ?? '';
      setCode(digits);
      if (digits) await send(digits);
    } catch (e) {
      // Closing the camera is no error; declining the privacy guide is, and is said.
      if (isPrivacyRefusal(e)) say({ kind: 'error', text: privacyText.refused });
    }
  };
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.checkIn}
      </Text>
      {weapp && (
        <>
          <PrivacyConsent what={privacyText.scan} />
          <Btn kind='primary' size='main' block onClick={() => void scan()}>
            {t.scan}
          </Btn>
        </>
      )}
      <TextInput id='code' label={t.code} value={code} onChange={setCode} keyboard='number' maxLength={6} hint={t.checkInHint} error={error} />
      <Btn kind={weapp ? 'secondary' : 'primary'} size='main' block busy={busy} onClick={() => void send(code)}>
        {t.doCheckIn}
      </Btn>
    </View>
  );
}

export default function ActivityPage() {
  const router = useRouter();
  const id = routeParam(router.params.id);
  const detail = useAction('volunteers.activity', { activityId: id }, [id]);
  useRefresh(detail.reload);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [said, say] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const [joinSent, setJoinSent] = useState(false);

  const d = detail.data;
  useShareAppMessage(() => ({
    title: d ? t.shareTitle(d.activity.title, shiftTime(d.activity.startAt, d.activity.endAt), d.activity.placesLeft) : '志愿活动',
    path: sharePath(`${PAGES.volunteerActivity}?id=${encodeURIComponent(id)}`),
    imageUrl: SHARE_IMAGES.activity,
  }));

  if (!id) return <Page><Empty title={t.noId} /></Page>;

  const act = async (fn: () => Promise<string>) => {
    setBusy(true);
    say(null);
    setNoteError(null);
    try {
      // The page's own state line says the outcome of 报名/候补/加入: saying it again doubled it.
      const text = await fn();
      if (text) say({ kind: 'ok', text });
      await detail.reload();
    } catch (e) {
      const f = fieldError(e, 'note');
      if (f) setNoteError(f);
      else say({ kind: 'error', text: message(e) });
    } finally {
      setBusy(false);
    }
  };

  const signUp = () =>
    act(async () => {
      // Inside the tap, before anything is awaited: WeChat shows its panel only then.
      await askToSubscribe(['shift.tomorrow', 'waitlist.confirmed']);
      const r = await call('volunteers.signup', { activityId: id, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      return r.me ? '' : t.signedUp;
    });
  const cancel = () => act(async () => (await call('volunteers.cancel', { activityId: id }), t.cancelled));
  const join = () =>
    act(async () => {
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
              <TextInput id='note' label={t.note} value={note} onChange={setNote} maxLength={40} error={noteError} />
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
