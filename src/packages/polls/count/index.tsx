// 纸质票计票 (the paper count): a committee member starts a round (ballots returned); two
// counters, each with their own account on their own phone, join a slot and enter every ballot:
// serial, then 同意/反对/弃权 (an election: the candidates ringed) or 废票 with a reason, with the
// running tally on the phone; scrutineers (the community, committee members not counting) join
// and follow the round live (Follow.tsx): differences, issued = returned + not returned, returned
// = valid + invalid, the voids, and everyone's signature. The close (after two agreeing rounds and
// the signatures, which the server checks) takes the photo of the signed tally sheet. No pop-ups:
// every message is inline (长辈模式).
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { Failed, Loading, Notice } from '../../../components/states';
import { handleSignedOut, useAction } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { isApiError, call, type Output } from '../../../services/api';
import { PAGES } from '../../../routes';
import { CountPad, type PadCounts, type PadKind } from '../components/countpad';
import { NativeCountPad, useTakeBack } from '../components/countpad/native';
import { useElder } from '../../../components/elder';
import { choiceText, countText as t } from '../../../copy/polls';
import { nextSerial, normalSerial, param } from './model';
import { JoinRound, StartRound, type Seat } from './Rounds';
import { FollowRound } from './Follow';
import { CloseCount, type Closed } from './CloseCount';
import { readBallotCode } from '../../../domain/ballotCode';
import '../components/countpad/countpad.css';
import { isPrivacyRefusal } from '../../../services/privacy';
import { PrivacyConsent } from '../../../components/PrivacyConsent';
import { privacyText } from '../../../ui/strings/privacy';

type Poll = Output<'polls.get'>['poll'];

// The camera scan of a ballot's QR code: WeChat only (a browser page cannot open the camera here).
const canScan = process.env.TARO_ENV === 'weapp';
// WeChat: the native pad counts a tap itself at once; the page takes it back if the entry fails.
const nativePad = process.env.TARO_ENV === 'weapp';
const messageOf = (e: unknown) => (isApiError(e) ? e.message : String((e as Error)?.message ?? e));
const ZERO: PadCounts = { yes: 0, no: 0, abstain: 0, invalid: 0 };

function EnterBallots({ poll, seat }: { poll: Poll; seat: Seat & { counter: 1 | 2 } }) {
  const [serial, setSerial] = useState('P0001');
  const [counts, setCounts] = useState<PadCounts>(ZERO);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [spoilt, setSpoilt] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const entered = useRef(new Map<string, PadKind>());
  const election = poll.kind === 'election';
  const seats = poll.seats ?? 0;

  const { elder } = useElder();
  const [takeBack, undoNativeTap] = useTakeBack();
  // Only the pad's own taps were counted by the native pad (elections have no pad).
  const padCounted = nativePad && !election;
  const send = useCallback(
    async (kind: PadKind, extra: { choice?: 'yes' | 'no' | 'abstain'; choices?: string[]; invalid?: string }, what: string) => {
      const takeBack = () => padCounted && undoNativeTap(kind);
      if (busy) return takeBack();
      setError(null);
      setDone(null);
      const s = normalSerial(serial);
      if (!serial.trim()) return (takeBack(), setError(t.needSerial));
      if (!s) return (takeBack(), setError(t.badSerial));
      setBusy(true);
      try {
        await call('polls.count.enter', { sessionId: seat.sessionId, serial: s, ...extra });
        // A serial entered again is a correction: it moves from its old kind, not counted twice.
        const before = entered.current.get(s);
        if (padCounted && before) undoNativeTap(before);
        entered.current.set(s, kind);
        setCounts((c) => (before ? { ...c, [before]: c[before] - 1, [kind]: c[kind] + (before === kind ? 0 : 1) } : { ...c, [kind]: c[kind] + 1 }));
        setDone(t.entered(s, what));
        setSerial(nextSerial(s));
        setSpoilt(false);
        setReason(null);
        setOther('');
        setPicked([]);
      } catch (e) {
        takeBack();
        if (!handleSignedOut(e)) setError(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [busy, serial, seat, padCounted, undoNativeTap],
  );

  const scan = async () => {
    setError(null);
    setDone(null);
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const read = readBallotCode(r.result, poll.id);
      if (!read.ok) return setError(read.reason);
      setSerial(read.serial);
      setDone(t.scanned(read.serial));
    } catch (e) {
      setError(isPrivacyRefusal(e) ? privacyText.refused : t.scanFailed);
    }
  };

  const onPad = useCallback(
    (kind: PadKind) => {
      if (kind === 'invalid') {
        setSpoilt(true);
        setError(null);
        return;
      }
      void send(kind, { choice: kind }, choiceText[kind]);
    },
    [send],
  );

  const markInvalid = () => {
    const why = reason === t.reasons[t.reasons.length - 1] ? other.trim() : reason;
    if (!why) return setError(t.needReason);
    void send('invalid', { invalid: why }, `${t.invalid}（${why}）`);
  };

  const toggle = (id: string) => {
    setError(null);
    setPicked((p) => {
      if (p.includes(id)) return p.filter((x) => x !== id);
      if (p.length >= seats) {
        setError(t.tooMany(seats));
        return p;
      }
      return [...p, id];
    });
  };

  const total = counts.yes + counts.no + counts.abstain + counts.invalid;
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.enterHeading}
      </Text>
      <Text className='gz-p'>{t.roundInfo(seat.round, seat.counter)}</Text>
      <TextInput id='count-serial' label={t.serial} maxLength={8} value={serial} onChange={(v) => (setSerial(v), setError(null))} hint={t.serialHint} />
      {canScan && (
        <>
          <PrivacyConsent what={privacyText.scan} />
          <Btn kind='secondary' size='main' block onClick={() => void scan()}>
            {t.scan}
          </Btn>
        </>
      )}
      {error && <Notice kind='error'>{error}</Notice>}
      {done && !error && <Notice kind='ok'>{done}</Notice>}
      {spoilt ? (
        <View>
          <Text className='gz-field__label' id='count-reason-label' {...headingA11y(3)}>
            {t.invalidHeading}
          </Text>
          <Chips labelledBy='count-reason-label' options={t.reasons.map((r) => ({ value: r, label: r }))} value={reason} onChange={(r) => (setReason(r), setError(null))} />
          {reason === t.reasons[t.reasons.length - 1] && <TextInput id='count-reason-other' label={t.reasonOther} maxLength={100} value={other} onChange={setOther} />}
          <View className='gz-actions'>
            <Btn kind='primary' size='main' busy={busy} onClick={markInvalid}>
              {busy ? t.entering : t.enterInvalid}
            </Btn>
            <Btn kind='secondary' size='main' onClick={() => (padCounted && undoNativeTap('invalid'), setSpoilt(false), setError(null))}>
              {t.cancelInvalid}
            </Btn>
          </View>
        </View>
      ) : election ? (
        <View>
          <Text className='gz-field__label' id='count-cands-label'>
            {t.candidates(seats)}
          </Text>
          <View className='gz-choices' {...(process.env.TARO_ENV === 'h5' ? { role: 'group', 'aria-labelledby': 'count-cands-label' } : {})}>
            {(poll.candidates ?? []).map((c) => {
              const on = picked.includes(c.id);
              const pick = () => toggle(c.id);
              return (
                <View key={c.id} className={`gz-choice ${on ? 'gz-choice--on' : ''}`} onClick={pick} {...buttonA11y({ role: 'checkbox', pressed: on, onActivate: pick })}>
                  <Text className='gz-choice__label'>{c.name}</Text>
                </View>
              );
            })}
          </View>
          <View className='gz-actions'>
            <Btn kind='primary' size='main' busy={busy} onClick={() => void send('yes', { choices: picked }, picked.length ? (poll.candidates ?? []).filter((c) => picked.includes(c.id)).map((c) => c.name).join('、') : t.blank)}>
              {busy ? t.entering : t.enterElection}
            </Btn>
            <Btn kind='secondary' size='main' onClick={() => onPad('invalid')}>
              {t.invalid}
            </Btn>
          </View>
          <Text className='gz-pad__total'>
            {t.tally}：{t.tallyElection(counts.yes, counts.invalid, total)}
          </Text>
        </View>
      ) : (
        !padCounted && <CountPad counts={counts} serial={normalSerial(serial) ?? serial} busy={busy} onCount={onPad} />
      )}
      {/* Kept mounted while a spoilt ballot's reason is asked: its counts live in the component. */}
      {padCounted && (
        <View style={{ display: spoilt ? 'none' : 'block' }}>
          <NativeCountPad elder={elder} takeBack={takeBack} onCount={onPad} />
        </View>
      )}
    </View>
  );
}

/** `round`: the round an owner named as scrutineer was sent to from the poll's page. */
function CountSession({ poll, committee, round }: { poll: Poll; committee: boolean; round: number | null }) {
  const [started, setStarted] = useState<{ round: number; named: string[] } | null>(null);
  const [seat, setSeat] = useState<Seat | null>(null);
  const [closed, setClosed] = useState<Closed | null>(null);

  if (closed) {
    return (
      <View>
        <Notice kind='ok'>{t.closed}</Notice>
        <Text className='gz-p'>{t.closedLine(closed.valid, closed.invalid, closed.ballotsRecorded)}</Text>
        {closed.spoilt.map((s) => (
          <Text key={s.serial} className='gz-p'>
            {t.spoiltLine(s.serial, s.reason)}
          </Text>
        ))}
      </View>
    );
  }
  return (
    <View className='gz-list'>
      <Text className='gz-p'>{t.roles}</Text>
      {started && <Notice kind='ok'>{t.started(started.round)}</Notice>}
      {started && started.named.length > 0 && <Text className='gz-p'>{t.startedNamed(started.round, started.named.join('、'))}</Text>}
      {seat ? (
        <>
          {!seat.counter && <Text className='gz-p'>{t.watching(seat.round)}</Text>}
          <Btn kind='link' size='small' onClick={() => setSeat(null)}>
            {t.switchCounter}
          </Btn>
          {seat.counter && <EnterBallots key={`${seat.sessionId}-${seat.counter}`} poll={poll} seat={seat as Seat & { counter: 1 | 2 }} />}
          <FollowRound key={`review-${seat.sessionId}`} poll={poll} seat={seat} />
        </>
      ) : (
        <>
          {committee && <StartRound poll={poll} onStarted={(round, named) => setStarted({ round, named })} />}
          <JoinRound key={String(started?.round ?? round)} pollId={poll.id} round={started?.round ?? round} counter={committee} onJoin={setSeat} />
        </>
      )}
      {committee && <CloseCount poll={poll} onClosed={setClosed} />}
      {committee && (
        <Btn kind='link' size='normal' onClick={() => void Taro.navigateTo({ url: `${PAGES.pollRegister}?id=${encodeURIComponent(poll.id)}` })}>
          {t.register}
        </Btn>
      )}
    </View>
  );
}

function Loaded({ pollId, round }: { pollId: string; round: number | null }) {
  const poll = useAction('polls.get', { pollId }, [pollId]);
  const me = useAction('me');
  if ((poll.state === 'loading' && !poll.data) || (me.state === 'loading' && !me.data)) return <Loading />;
  if (poll.state === 'error' && !poll.data) return <Failed error={poll.error} onRetry={poll.reload} />;
  const p = poll.data!.poll;
  return (
    <>
      <Text className='gz-p'>{p.title}</Text>
      <CountSession poll={p} committee={(me.data?.user.roles ?? []).includes('committee')} round={round} />
    </>
  );
}

export default function PollCountPage() {
  const router = useRouter();
  const pollId = param(router?.params?.id);
  const round = Number(param(router?.params?.round)) || null;
  return (
    <Page className='gz-count'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {pollId ? <Loaded pollId={pollId} round={round} /> : <Notice kind='info'>{t.noPoll}</Notice>}
    </Page>
  );
}
