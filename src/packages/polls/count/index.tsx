// 纸质票计票 (the paper count), committee: start a round (ballots returned, two counters); each
// counter on their own phone enters every ballot: serial, then 同意/反对/弃权 (an election: the
// candidates ringed) or 废票 with a reason, with the running tally on the phone; review lists
// every ballot the two read differently and checks issued = returned + not returned, returned =
// valid + invalid; close (after two agreeing rounds, which the server checks) with the counters',
// scrutineers' names, a photo of the signed tally sheet and the time. No pop-ups: every message
// is inline (长辈模式).
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { Failed, Loading, Notice } from '../../../components/states';
import { handleSignedOut, useAction } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { isApiError, call, type Output } from '../../../services/api';
import type { Photo } from '../../../services/photos';
import { formatTime } from '../../../ui/format';
import { PAGES } from '../../../ui/routes';
import { CountPad, type PadCounts, type PadKind } from '../components/countpad';
import { NativeCountPad, useTakeBack } from '../components/countpad/native';
import { useElder } from '../../../components/elder';
import { choiceText, countText as t } from './text';
import { names, nextSerial, normalSerial, param } from './model';
import { readBallotCode } from '../../../domain/ballotCode';
import '../components/countpad/countpad.css';
import { isPrivacyRefusal } from '../../../services/privacy';
import { PrivacyConsent } from '../../../components/PrivacyConsent';
import { privacyText } from '../../../ui/strings/privacy';

type Poll = Output<'polls.get'>['poll'];
type Review = Output<'polls.count.review'>;
type Closed = Output<'polls.count.close'>['paperCount'];
interface Seat {
  sessionId: string;
  round: number;
  counter: 1 | 2;
}

// The camera scan of a ballot's QR code: WeChat only (a browser page cannot open the camera here).
const canScan = process.env.TARO_ENV === 'weapp';
// WeChat: the native pad counts a tap itself at once; the page takes it back if the entry fails.
const nativePad = process.env.TARO_ENV === 'weapp';
const messageOf = (e: unknown) => (isApiError(e) ? e.message : String((e as Error)?.message ?? e));
const ZERO: PadCounts = { yes: 0, no: 0, abstain: 0, invalid: 0 };

function readingText(poll: Poll, r: Review['differences'][number]['counter1']): string {
  if (!r) return t.missing;
  if ('invalid' in r) return `${t.invalid}（${r.invalid}）`;
  if ('choice' in r && r.choice) return choiceText[r.choice as 'yes' | 'no' | 'abstain'] ?? String(r.choice);
  if ('choices' in r && r.choices) {
    const byId = new Map((poll.candidates ?? []).map((c) => [c.id, c.name]));
    return r.choices.length ? r.choices.map((c) => byId.get(c) ?? c).join('、') : t.blank;
  }
  return String((r as { option?: string }).option ?? t.missing);
}

function StartRound({ poll, onStarted }: { poll: Poll; onStarted: (round: number) => void }) {
  const [returned, setReturned] = useState('');
  const [c1, setC1] = useState('');
  const [c2, setC2] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const issued = poll.roster?.units ?? 0;
  const start = async () => {
    if (busy) return;
    setError(null);
    if (!/^\d+$/.test(returned.trim())) return setError({ field: 'returned', message: t.needReturned });
    if (!c1.trim() || !c2.trim()) return setError({ field: !c1.trim() ? 'counters.0' : 'counters.1', message: t.needCounters });
    setBusy(true);
    try {
      const r = await call('polls.count.start', { pollId: poll.id, returned: Number(returned.trim()), counters: [c1.trim(), c2.trim()] });
      onStarted(r.session.round);
    } catch (e) {
      if (!handleSignedOut(e)) setError({ field: isApiError(e) && e.field ? e.field : 'form', message: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  const err = (f: string) => (error?.field === f ? error.message : null);
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.startHeading}
      </Text>
      <TextInput id='count-returned' label={t.returned} keyboard='number' maxLength={6} value={returned} onChange={setReturned} hint={t.returnedHint(issued)} error={err('returned')} />
      <TextInput id='count-c1' label={t.counter1} maxLength={20} value={c1} onChange={setC1} error={err('counters.0')} />
      <TextInput id='count-c2' label={t.counter2} maxLength={20} value={c2} onChange={setC2} error={err('counters.1') ?? err('counters')} />
      {error?.field === 'form' && <Notice kind='error'>{error.message}</Notice>}
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void start()}>
        {busy ? t.starting : t.start}
      </Btn>
    </View>
  );
}

function JoinRound({ pollId, round: given, onJoin }: { pollId: string; round: number | null; onJoin: (s: Seat) => void }) {
  const [round, setRound] = useState(given ? String(given) : '');
  const [error, setError] = useState<string | null>(null);
  const join = (counter: 1 | 2) => {
    const n = Number(round.trim());
    if (!/^\d+$/.test(round.trim()) || n < 1) return setError(t.needRound);
    onJoin({ sessionId: `countSession:${pollId}:${n}`, round: n, counter });
  };
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.joinHeading}
      </Text>
      <TextInput id='count-round' label={t.round} keyboard='number' maxLength={3} value={round} onChange={(v) => (setRound(v), setError(null))} hint={t.roundHint} error={error} />
      <View className='gz-actions'>
        {([1, 2] as const).map((n) => (
          <Btn key={n} kind='primary' size='main' label={round ? t.iAmLabel(n, Number(round) || 0) : undefined} onClick={() => join(n)}>
            {t.iAm(n)}
          </Btn>
        ))}
      </View>
    </View>
  );
}

function EnterBallots({ poll, seat }: { poll: Poll; seat: Seat }) {
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
        await call('polls.count.enter', { sessionId: seat.sessionId, counter: seat.counter, serial: s, ...extra });
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

function ReviewRound({ poll, seat, onReviewed }: { poll: Poll; seat: Seat; onReviewed: (r: Review) => void }) {
  const [review, setReview] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('polls.count.review', { sessionId: seat.sessionId });
      setReview(r);
      onReviewed(r);
    } catch (e) {
      if (!handleSignedOut(e)) setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const totals = review ? ([review.totals.counter1, review.totals.counter2] as const) : null;
  return (
    <View className='gz-card' id='count-review'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.reviewHeading}
      </Text>
      <Btn kind='secondary' size='main' block busy={busy} onClick={() => void run()}>
        {busy ? t.reviewing : t.review}
      </Btn>
      {error && <Notice kind='error'>{error}</Notice>}
      {review && totals && (
        <View>
          <View className='gz-list'>
            <Text className={review.issued === review.returned + review.notReturned ? 'gz-check--ok' : 'gz-check--bad'}>{t.checkIssued(review.issued, review.returned, review.notReturned)}</Text>
            {totals.map((tot, i) => {
              const n = (i + 1) as 1 | 2;
              const fine = tot.entered === review.returned && tot.valid + tot.invalid === review.returned;
              return (
                <View key={n} className='gz-row__main'>
                  <Text className='gz-row__title'>{t.counterTotals(n, review.session.counters[i])}</Text>
                  <Text>{t.totalsLine(tot.entered, tot.valid, tot.invalid)}</Text>
                  <Text className={fine ? 'gz-check--ok' : 'gz-check--bad'}>
                    {t.checkReturned(n, review.returned, tot.valid, tot.invalid, fine)}（{fine ? t.ok : t.notOk}）
                  </Text>
                </View>
              );
            })}
          </View>
          <Text className='gz-card__title' {...headingA11y(3)}>
            {t.differencesHeading(review.differences.length)}
          </Text>
          {review.differences.length === 0 ? (
            <Text className='gz-p'>{t.noDifferences}</Text>
          ) : (
            <View className='gz-list' id='count-differences'>
              {review.differences.map((d) => (
                <View key={d.serial} className='gz-badline'>
                  <Text className='gz-badline__no'>{d.serial}</Text>
                  <View className='gz-row__main'>
                    <Text>
                      {t.counterTotals(1, review.session.counters[0])}：{readingText(poll, d.counter1)}
                    </Text>
                    <Text>
                      {t.counterTotals(2, review.session.counters[1])}：{readingText(poll, d.counter2)}
                    </Text>
                  </View>
                </View>
              ))}
            </View>
          )}
          <Notice kind={review.agrees ? 'ok' : 'error'}>{review.agrees ? t.agrees(review.session.round) : t.disagrees(review.session.round)}</Notice>
        </View>
      )}
    </View>
  );
}

function CloseCount({ poll, counters, onClosed }: { poll: Poll; counters: string[]; onClosed: (c: Closed) => void }) {
  const [who, setWho] = useState(counters.join('、'));
  const [scrutineers, setScrutineers] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const close = async () => {
    if (busy || uploading) return;
    setError(null);
    if (names(who).length === 0) return setError({ field: 'counters', message: t.needCounters });
    if (names(scrutineers).length === 0) return setError({ field: 'scrutineers', message: t.needScrutineers });
    if (photos.length === 0) return setError({ field: 'photoFileId', message: t.needPhoto });
    setBusy(true);
    try {
      const r = await call('polls.count.close', { pollId: poll.id, counters: names(who), scrutineers: names(scrutineers), photoFileId: photos[0].fileId });
      onClosed(r.paperCount);
    } catch (e) {
      if (!handleSignedOut(e)) setError({ field: isApiError(e) && e.field ? e.field.split('.')[0] : 'form', message: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  const err = (f: string) => (error?.field === f ? error.message : null);
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.closeHeading}
      </Text>
      <Text className='gz-p'>{t.closeIntro}</Text>
      <TextInput id='close-counters' label={t.closeCounters} maxLength={100} value={who} onChange={setWho} error={err('counters')} />
      <TextInput id='close-scrutineers' label={t.scrutineers} maxLength={100} value={scrutineers} onChange={setScrutineers} error={err('scrutineers')} />
      <PhotoPicker id='close-photo' label={t.photo} photos={photos} onChange={setPhotos} onBusy={setUploading} max={1} error={err('photoFileId') ?? undefined} />
      <Text className='gz-p'>{t.time(formatTime(new Date().toISOString()))}</Text>
      {error?.field === 'form' && <Notice kind='error'>{error.message}</Notice>}
      <Btn kind='primary' size='main' block busy={busy || uploading} onClick={() => void close()}>
        {busy ? t.closing : t.close}
      </Btn>
    </View>
  );
}

function CountSession({ poll }: { poll: Poll }) {
  const [started, setStarted] = useState<number | null>(null);
  const [seat, setSeat] = useState<Seat | null>(null);
  const [counters, setCounters] = useState<string[]>([]);
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
      {started !== null && <Notice kind='ok'>{t.started(started)}</Notice>}
      {seat ? (
        <>
          <Btn kind='link' size='small' onClick={() => setSeat(null)}>
            {t.switchCounter}
          </Btn>
          <EnterBallots key={`${seat.sessionId}-${seat.counter}`} poll={poll} seat={seat} />
          <ReviewRound key={`review-${seat.sessionId}`} poll={poll} seat={seat} onReviewed={(r) => setCounters([...r.session.counters])} />
        </>
      ) : (
        <>
          <StartRound poll={poll} onStarted={setStarted} />
          <JoinRound key={String(started)} pollId={poll.id} round={started} onJoin={setSeat} />
        </>
      )}
      <CloseCount key={counters.join('、')} poll={poll} counters={counters} onClosed={setClosed} />
      <Btn kind='link' size='normal' onClick={() => void Taro.navigateTo({ url: `${PAGES.pollRegister}?id=${encodeURIComponent(poll.id)}` })}>
        {t.register}
      </Btn>
    </View>
  );
}

function Loaded({ pollId }: { pollId: string }) {
  const poll = useAction('polls.get', { pollId }, [pollId]);
  if (poll.state === 'loading' && !poll.data) return <Loading />;
  if (poll.state === 'error' && !poll.data) return <Failed error={poll.error} onRetry={poll.reload} />;
  const p = poll.data!.poll;
  return (
    <>
      <Text className='gz-p'>{p.title}</Text>
      <CountSession poll={p} />
    </>
  );
}

export default function PollCountPage() {
  const router = useRouter();
  const pollId = param(router?.params?.id);
  return (
    <Page className='gz-count'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {pollId ? <Loaded pollId={pollId} /> : <Notice kind='info'>{t.noPoll}</Notice>}
    </Page>
  );
}
