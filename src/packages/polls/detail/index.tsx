// 表决详情: what is decided and the threshold it needs, the closing time, the units my vote covers,
// and casting: 同意/反对/弃权 for a decision, up to `seats` candidates for an election, one option for
// a consultation; an inline confirm step (no pop-up), then the server's answer ("已投" / 409 said
// plainly / 改票 once where allowed). Live participation against the 2/3 quorum, in numbers and
// with a bar, overall and per building. The committee opens, closes, publishes, exports the CSV
// and sees which units have not voted yet.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Page } from '../../../components/Page';
import { ExportFile } from '../../../components/export/ExportFile';
import { ShareButton } from '../../../components/ShareButton';
import { SHARE_IMAGES } from '../../../services/groups';
import { Btn } from '../../../components/Btn';
import { ConfirmInline } from '../../../components/ConfirmInline';
import { Chips } from '../../../components/Choice';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { buttonA11y, headingA11y, liveA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { call, type Output } from '../../../services/api';
import { askToSubscribe } from '../../../services/subscribe';
import { PAGES } from '../../../ui/routes';
import { formatTime } from '../../../ui/format';
import { THRESHOLD_WORDS, VOTE_WORDS, detailText as t } from '../strings';
import { ClosingMoved, MoveClosingTime } from './MoveClosingTime';
import { OpenReminder } from './OpenReminder';
import { closeInSteps, openInSteps } from './inSteps';
import '../polls.css';

const h5 = process.env.TARO_ENV === 'h5';

type Detail = Output<'polls.get'>;
type Poll = Detail['poll'];
type Vote = keyof typeof VOTE_WORDS;

/** polls.get's `me`, as the server builds it. */
interface MyPart {
  canVote: boolean;
  reason?: string;
  units?: string[];
  proxy?: boolean;
  /** Set when the caller may vote for more than one owner: which units to choose from. */
  seats?: Array<{ unitId: string; units: string[]; proxy: boolean }>;
  ballot?: { channel: string; castAt: string; changes: number; canChange: boolean; choice?: Vote; choices?: string[]; option?: string } | null;
  /** The paper-count round the committee named me a scrutineer of (监票人). */
  scrutineerRound?: number;
}

/** What I picked: one of the three words, some candidates, or one option. */
type Pick = { kind: 'decision'; choice: Vote | null } | { kind: 'election'; choices: string[] } | { kind: 'consultation'; option: string | null };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** 改票 starts from the ballot as it stands: the owner adjusts it rather than re-enters it. */
function pickFrom(poll: Poll, b: { choice?: Vote; choices?: string[]; option?: string }): Pick {
  if (poll.kind === 'election') return { kind: 'election', choices: b.choices ?? [] };
  if (poll.kind === 'consultation') return { kind: 'consultation', option: b.option ?? null };
  return { kind: 'decision', choice: b.choice ?? null };
}

function emptyPick(poll: Poll): Pick {
  if (poll.kind === 'election') return { kind: 'election', choices: [] };
  if (poll.kind === 'consultation') return { kind: 'consultation', option: null };
  return { kind: 'decision', choice: null };
}

function pickWords(poll: Poll, p: { choice?: Vote | null; choices?: string[]; option?: string | null }): string {
  if (poll.kind === 'election') {
    const names = (p.choices ?? []).map((id) => poll.candidates?.find((c) => c.id === id)?.name ?? id);
    return names.length ? names.join('、') : t.confirmBlank;
  }
  if (poll.kind === 'consultation') return poll.options?.find((o) => o.id === p.option)?.label ?? '';
  return p.choice ? VOTE_WORDS[p.choice] : '';
}

/** Ceil(total × 2 / 3), exactly. */
function twoThirdsOf(total: string): bigint {
  const n = BigInt(total);
  return (n * BigInt(2) + BigInt(2)) / BigInt(3);
}

function centiText(c: bigint): string {
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

function Meter({ label, voted, need, total, fraction, met }: { label: string; voted: string; need: string; total: string; fraction: number; met: boolean }) {
  const pct = Math.max(0, Math.min(100, Math.round(fraction * 1000) / 10));
  return (
    <View className='gz-meter'>
      <Text className='gz-meter__label'>
        {label}：{met ? t.met : t.notMet}
      </Text>
      <View className='gz-meter__bar' {...(h5 ? { 'aria-hidden': 'true' } : {})}>
        <View className='gz-meter__fill' style={{ width: `${pct}%` }} />
        <View className='gz-meter__mark' />
      </View>
      <Text className='gz-meter__text'>
        {t.joined(voted, need)}
        {t.ofTotal(voted, total)}
      </Text>
    </View>
  );
}

function Progress({ pollId }: { pollId: string }) {
  const p = useAction('polls.progress', { pollId }, [pollId]);
  useRefresh(p.reload);
  if (p.state === 'loading' && !p.data) return <Loading />;
  if (p.state === 'error' && !p.data) return <Failed error={p.error} onRetry={p.reload} />;
  if (!p.data) return null;
  const { overall, buildings } = p.data;
  const { heads, area, areaText, quorum } = overall;
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.progress}
      </Text>
      {heads && area && areaText && quorum ? (
        <>
          <Text className='gz-p'>{t.quorum}</Text>
          <Meter
            label={t.area}
            voted={`${areaText.voted} ㎡`}
            need={`${centiText(twoThirdsOf(area.den))} ㎡`}
            total={`${areaText.total} ㎡`}
            fraction={Number(area.den) ? Number(area.num) / Number(area.den) : 0}
            met={quorum.areaMet}
          />
          <Meter
            label={t.heads}
            voted={`${heads.num} 人`}
            need={`${twoThirdsOf(heads.den).toString()} 人`}
            total={`${heads.den} 人`}
            fraction={Number(heads.den) ? Number(heads.num) / Number(heads.den) : 0}
            met={quorum.headsMet}
          />
        </>
      ) : (
        <Text className='gz-p'>{t.ballots(overall.ballots, overall.units.voted, overall.units.total)}</Text>
      )}
      {buildings.length > 0 && (
        <>
          <Text className='gz-h2' {...headingA11y(3)}>
            {t.byBuilding}
          </Text>
          <View className='gz-rows' {...(h5 ? { role: 'list' } : {})}>
            {buildings.map((b) => (
              <Text key={b.id} className='gz-rowline' {...(h5 ? { role: 'listitem' } : {})}>
                {b.name}：{t.buildingLine(b.units.voted, b.units.total, b.heads.voted, b.heads.total, b.area.voted, b.area.total)}
              </Text>
            ))}
          </View>
        </>
      )}
    </View>
  );
}

function NonVoters({ pollId }: { pollId: string }) {
  const [items, setItems] = useState<Output<'polls.nonVoters'>['items'] | null>(null);
  const [next, setNext] = useState<number | null>(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    if (busy || next === null) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('polls.nonVoters', { pollId, ...(next ? { skip: next } : {}) });
      setItems((prev) => [...(prev ?? []), ...r.items]);
      setNext(r.hasMore ? r.nextSkip : null);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.nonVoters}
      </Text>
      {items && items.length === 0 && <Text className='gz-p'>{t.noNonVoters}</Text>}
      {items && items.length > 0 && (
        <View className='gz-rows' {...(h5 ? { role: 'list' } : {})}>
          {items.map((u) => (
            <Text key={u.unitId} className='gz-rowline' {...(h5 ? { role: 'listitem' } : {})}>
              {u.label}
            </Text>
          ))}
        </View>
      )}
      {error && <Notice kind='error'>{error}</Notice>}
      {next !== null && (
        <Btn kind='secondary' block busy={busy} onClick={() => void load()}>
          {items ? t.more : t.showNonVoters}
        </Btn>
      )}
      <Btn kind='secondary' block onClick={() => go(`${PAGES.pollCanvass}?id=${encodeURIComponent(pollId)}`)}>
        {t.canvass}
      </Btn>
    </View>
  );
}

function Candidates({ poll, chosen, onChange }: { poll: Poll; chosen: string[]; onChange: (ids: string[]) => void }) {
  const max = poll.seats ?? 0;
  const full = chosen.length >= max;
  return (
    <View>
      <Text className='gz-field__label' id='cands-label'>
        {t.candidates}
      </Text>
      <Text className='gz-picked' id='cands-count' {...liveA11y('status')}>
        {t.picked(chosen.length, max)}
        {full ? `，${t.full(max)}` : ''}
      </Text>
      <View className='gz-cands' {...(h5 ? { role: 'group', 'aria-labelledby': 'cands-label cands-count' } : {})}>
        {(poll.candidates ?? []).map((c) => {
          const on = chosen.includes(c.id);
          const off = !on && full;
          const toggle = () => {
            if (on) onChange(chosen.filter((x) => x !== c.id));
            else if (!off) onChange([...chosen, c.id]);
          };
          return (
            <View
              key={c.id}
              className={`gz-cand ${on ? 'gz-cand--on' : ''} ${off ? 'gz-cand--off' : ''}`}
              onClick={toggle}
              {...buttonA11y({ role: 'checkbox', pressed: on, disabled: off, onActivate: toggle, label: `${c.name}：${c.statement}` })}
            >
              <View className={`gz-tick ${on ? 'gz-tick--on' : ''}`}>
                <Text>{on ? '✓' : ''}</Text>
              </View>
              <View className='gz-cand__main'>
                <Text className='gz-cand__name'>{c.name}</Text>
                <Text className='gz-cand__statement'>{c.statement}</Text>
              </View>
            </View>
          );
        })}
      </View>
    </View>
  );
}

/** Whose vote this is, when the caller may vote for several owners (own flats, 委托书). */
function SeatChooser({ mine, unitId, onSeat }: { mine: MyPart; unitId: string | null; onSeat: (unitId: string) => void }) {
  const seats = mine.seats ?? [];
  const shown = unitId ?? seats.find((s) => s.units.join() === (mine.units ?? []).join())?.unitId ?? null;
  return (
    <View className='gz-field'>
      <Text className='gz-field__label' id='seat-label'>
        {t.seatLabel}
      </Text>
      <Text className='gz-muted'>{t.seatHint}</Text>
      <Chips labelledBy='seat-label' options={seats.map((s) => ({ value: s.unitId, label: t.seatOption(s.units, s.proxy) }))} value={shown} onChange={onSeat} />
    </View>
  );
}

function Casting({ poll, mine, unitId, onSeat, onDone }: { poll: Poll; mine: MyPart; unitId: string | null; onSeat: (unitId: string) => void; onDone: (text: string) => void }) {
  const ballot = mine.ballot ?? null;
  const [changing, setChanging] = useState(false);
  const [pick, setPick] = useState<Pick>(() => emptyPick(poll));
  const [step, setStep] = useState<'pick' | 'confirm'>('pick');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const voting = mine.canVote || changing;
  const ready = pick.kind === 'election' || (pick.kind === 'decision' ? !!pick.choice : !!pick.option);

  const send = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    // Inside the tap, before anything is awaited: WeChat shows its panel only then.
    await askToSubscribe(['poll.closing', 'poll.published']);
    try {
      const what = pick.kind === 'decision' ? { choice: pick.choice! } : pick.kind === 'election' ? { choices: pick.choices } : { option: pick.option! };
      const r = await call('polls.cast', { pollId: poll.id, ...(unitId ? { unitId } : {}), ...what, ...(changing ? { change: true } : {}) });
      setChanging(false);
      setStep('pick');
      onDone(r.ballot.changed ? t.changed : t.sent(formatTime(r.ballot.castAt)));
    } catch (e) {
      // 409 (already voted, the poll closed meanwhile) is said as the server says it.
      setError(message(e));
      setStep('pick');
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='gz-card gz-vote'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.ballot}
      </Text>
      {mine.seats && mine.seats.length > 1 && <SeatChooser mine={mine} unitId={unitId} onSeat={onSeat} />}
      {mine.units && mine.units.length > 0 && <Text className='gz-p'>{t.myUnits(mine.units.join('、'))}</Text>}
      {mine.proxy && <Text className='gz-p'>{t.proxy}</Text>}
      {ballot && !changing && (
        <>
          <Text className='gz-p gz-poll-fact--strong'>{t.voted(formatTime(ballot.castAt), t.channel[ballot.channel] ?? ballot.channel)}</Text>
          {(ballot.choice || ballot.choices || ballot.option) && <Text className='gz-p'>{t.yourChoice(pickWords(poll, ballot))}</Text>}
          {ballot.canChange && (
            <Btn
              kind='secondary'
              size='main'
              block
              onClick={() => {
                setPick(pickFrom(poll, ballot));
                setChanging(true);
              }}
            >
              {t.change}
            </Btn>
          )}
        </>
      )}
      {!ballot && !mine.canVote && <Text className='gz-p'>{mine.reason ?? (poll.status === 'open' ? t.cannotVote : poll.status === 'draft' || poll.status === 'opening' ? t.notOpen : t.ended)}</Text>}
      {error && <Notice kind='error'>{error}</Notice>}
      {voting && step === 'pick' && (
        <>
          {pick.kind === 'decision' && (
            <>
              <Text className='gz-field__label' id='vote-label'>
                {t.choose}
              </Text>
              <Chips<Vote> labelledBy='vote-label' options={(['yes', 'no', 'abstain'] as const).map((v) => ({ value: v, label: VOTE_WORDS[v] }))} value={pick.choice} onChange={(v) => setPick({ kind: 'decision', choice: v })} />
            </>
          )}
          {pick.kind === 'election' && <Candidates poll={poll} chosen={pick.choices} onChange={(ids) => setPick({ kind: 'election', choices: ids })} />}
          {pick.kind === 'consultation' && (
            <>
              <Text className='gz-field__label' id='vote-label'>
                {t.options}
              </Text>
              <Chips labelledBy='vote-label' options={(poll.options ?? []).map((o) => ({ value: o.id, label: o.label }))} value={pick.option} onChange={(v) => setPick({ kind: 'consultation', option: v })} />
            </>
          )}
          <View className='gz-actions'>
            <Btn kind='primary' size='main' block disabled={!ready} onClick={() => setStep('confirm')}>
              {t.next}
            </Btn>
            {changing && (
              <Btn kind='secondary' size='main' block onClick={() => setChanging(false)}>
                {t.cancelChange}
              </Btn>
            )}
          </View>
          {!ready && <Text className='gz-muted'>{t.pickFirst}</Text>}
        </>
      )}
      {voting && step === 'confirm' && (
        <View className='gz-notice gz-notice--info gz-confirm'>
          <Text className='gz-p gz-poll-fact--strong' {...liveA11y('status')}>
            {t.confirmTitle}：{pickWords(poll, pick)}
          </Text>
          <View className='gz-actions'>
            <Btn kind='primary' size='main' block busy={busy} onClick={() => void send()}>
              {t.confirm}
            </Btn>
            <Btn kind='secondary' size='main' block disabled={busy} onClick={() => setStep('pick')}>
              {t.edit}
            </Btn>
          </View>
        </View>
      )}
    </View>
  );
}

function Committee({ poll, onDone }: { poll: Poll; onDone: (text: string) => void }) {
  const [asking, setAsking] = useState<'close' | 'publish' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Opening and closing a big compound take several calls: their progress, while under way (inSteps.ts).
  const [progress, setProgress] = useState<string | null>(null);
  const run = async (what: 'open' | 'close' | 'publish') => {
    if (busy) return;
    setBusy(what);
    setError(null);
    try {
      if (what === 'open' && !(await openInSteps(poll.id, setProgress))) throw new Error(t.openingLater);
      else if (what === 'close' && !(await closeInSteps(poll.id, setProgress))) throw new Error(t.closingLater);
      else if (what === 'publish') await call('polls.publish', { pollId: poll.id });
      setAsking(null);
      onDone(what === 'open' ? t.opened : what === 'close' ? t.closed : t.published);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  // Opened while an opening or a close is under way (pressed on another phone, or cut off): take it further.
  useEffect(() => {
    if (poll.status === 'opening') void run('open');
    if (poll.status === 'closing') void run('close');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [poll.status]);
  const ask = asking && (
    <View className='gz-notice gz-notice--info gz-confirm'>
      <Text className='gz-p gz-poll-fact--strong' {...liveA11y('status')}>
        {asking === 'close' ? t.confirmClose : t.confirmPublish}
      </Text>
      <View className='gz-actions'>
        <Btn kind={asking === 'close' ? 'danger' : 'primary'} size='main' busy={busy === asking} onClick={() => void run(asking)}>
          {t.yes}
        </Btn>
        <Btn kind='secondary' size='main' disabled={!!busy} onClick={() => setAsking(null)}>
          {t.no}
        </Btn>
      </View>
    </View>
  );
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.committee}
      </Text>
      {error && <Notice kind='error'>{error}</Notice>}
      {poll.status === 'draft' && (
        <ConfirmInline label={t.open} warning={t.confirmOpen} yes={t.yesOpen} busy={busy === 'open'} busyLabel={t.opening} onConfirm={() => void run('open')} />
      )}
      {(poll.status === 'opening' || poll.status === 'closing' || busy === 'open' || busy === 'close') && (
        <Text className='gz-p' {...liveA11y('status')}>
          {progress ?? (poll.status === 'opening' || busy === 'open' ? t.opening : t.closingNow)}
        </Text>
      )}
      {poll.status === 'open' && poll.kind !== 'consultation' && (
        <View className='gz-actions'>
          <Btn kind='secondary' size='main' onClick={() => go(`${PAGES.pollRegister}?id=${encodeURIComponent(poll.id)}`)}>
            {t.paperRegister}
          </Btn>
          <Btn kind='secondary' size='main' onClick={() => go(`${PAGES.pollCount}?id=${encodeURIComponent(poll.id)}`)}>
            {t.paperCount}
          </Btn>
          <Btn kind='secondary' size='main' onClick={() => go(`${PAGES.pollProxy}?id=${encodeURIComponent(poll.id)}`)}>
            {t.proxyRecord}
          </Btn>
        </View>
      )}
      {poll.status === 'open' &&
        (asking ? (
          ask
        ) : (
          <Btn kind='danger' size='main' block onClick={() => setAsking('close')}>
            {t.close}
          </Btn>
        ))}
      {poll.status === 'closed' &&
        (asking ? (
          ask
        ) : (
          <Btn kind='primary' size='main' block onClick={() => setAsking('publish')}>
            {t.publish}
          </Btn>
        ))}
      {(poll.status === 'closed' || poll.status === 'published') && (
        <View className='gz-actions'>
          <Btn kind='secondary' block onClick={() => go(`${PAGES.pollResults}?id=${encodeURIComponent(poll.id)}`)}>
            {t.results}
          </Btn>
          <ExportFile what={t.exportWhat} fetch={async (format) => (await call('polls.export', { pollId: poll.id, format })).file} />
        </View>
      )}
    </View>
  );
}

function Body({ data, roles, reload, unitId, onSeat }: { data: Detail; roles: string[]; reload: () => Promise<void>; unitId: string | null; onSeat: (unitId: string) => void }) {
  const { poll } = data;
  const mine = data.me as unknown as MyPart;
  const [notice, setNotice] = useState<string | null>(null);
  const committee = roles.includes('committee');
  const counted = poll.status !== 'draft' && poll.status !== 'opening';
  const done = (text: string) => {
    setNotice(text);
    void reload();
  };
  return (
    <>
      <View className='gz-poll-head'>
        <Text className='gz-tag gz-tag--role'>{poll.kindLabel}</Text>
        <Text className='gz-tag gz-tag--pending'>{poll.statusLabel}</Text>
      </View>
      <Text className='gz-h1' {...headingA11y(1)}>
        {poll.title}
      </Text>
      {poll.description && <Text className='gz-p'>{poll.description}</Text>}
      <View className='gz-poll-facts'>
        {poll.kind === 'decision' && poll.item && <Text className='gz-poll-fact gz-poll-fact--strong'>{t.item(poll.item, poll.itemLabel ?? '')}</Text>}
        {poll.kind === 'decision' && poll.threshold && <Text className='gz-poll-fact'>{THRESHOLD_WORDS[poll.threshold]}</Text>}
        {poll.kind === 'election' && poll.seats && <Text className='gz-poll-fact gz-poll-fact--strong'>{t.seats(poll.seats)}</Text>}
        {poll.kind === 'consultation' && <Text className='gz-poll-fact'>{poll.per === 'resident' ? t.perResident : t.perUnit}</Text>}
        <Text className='gz-poll-fact'>{poll.closedAt ? t.closedAt(formatTime(poll.closedAt)) : poll.closesAt ? t.closesAt(formatTime(poll.closesAt)) : t.noClose}</Text>
        <ClosingMoved poll={poll} />
        {poll.allowChange && <Text className='gz-poll-fact'>{t.allowChange}</Text>}
      </View>
      {notice && <Notice kind='ok'>{notice}</Notice>}
      {poll.status === 'published' && (
        <Btn kind='primary' size='main' block onClick={() => go(`${PAGES.pollResults}?id=${encodeURIComponent(poll.id)}`)}>
          {t.results}
        </Btn>
      )}
      {!counted && roles.includes('owner') && <OpenReminder />}
      <Casting key={`${unitId ?? ''}-${mine.ballot?.castAt ?? 'none'}-${String(mine.canVote)}`} poll={poll} mine={mine} unitId={unitId} onSeat={onSeat} onDone={done} />
      {counted && <Progress key={`progress-${notice ?? ''}`} pollId={poll.id} />}
      {committee && <Committee poll={poll} onDone={done} />}
      {committee && <MoveClosingTime poll={poll} onDone={done} />}
      {/* The community watches the paper count (监票) and reads the audit; the committee reads the audit too. */}
      {!committee && roles.includes('community') && poll.status === 'open' && poll.kind !== 'consultation' && (
        <Btn kind='secondary' size='main' block onClick={() => go(`${PAGES.pollCount}?id=${encodeURIComponent(poll.id)}`)}>
          监票（查看纸质计票）
        </Btn>
      )}
      {mine.scrutineerRound && (
        <View className='gz-card'>
          <Notice kind='info'>{`您被推选为监票人（纸质票计票第 ${mine.scrutineerRound} 轮）`}</Notice>
          <Btn kind='primary' size='main' block onClick={() => go(`${PAGES.pollCount}?id=${encodeURIComponent(poll.id)}&round=${mine.scrutineerRound}`)}>
            去监票
          </Btn>
        </View>
      )}
      {(committee || roles.includes('community')) && poll.status !== 'draft' && (
        <Btn kind='link' size='normal' onClick={() => go(`${PAGES.pollAudit}?id=${encodeURIComponent(poll.id)}`)}>
          操作记录
        </Btn>
      )}
      {committee && counted && !(poll.kind === 'consultation' && poll.per === 'resident') && <NonVoters key={`nonvoters-${notice ?? ''}`} pollId={poll.id} />}
      <ShareButton label={t.share} />
    </>
  );
}

export default function PollDetailPage() {
  const router = useRouter();
  const id = routeParam(router?.params?.id);
  // The unit voted for, once the caller chose among several owners' (see SeatChooser).
  const [unitId, setUnitId] = useState<string | null>(null);
  const poll = useAction('polls.get', { pollId: id, ...(unitId ? { unitId } : {}) }, [id, unitId]);
  const me = useAction('me');
  useRefresh(poll.reload);

  useShareAppMessage(() => ({
    // Said as a request in the group: what is being decided, and that it is a vote.
    title: poll.data ? `请投票：${poll.data.poll.title}` : t.title,
    path: `${PAGES.pollDetail}?id=${encodeURIComponent(id)}`,
    imageUrl: SHARE_IMAGES.poll,
  }));

  return (
    <Page className='gz-polls'>
      {!id && <Empty title={t.noId} />}
      {id && poll.state === 'loading' && !poll.data && <Loading />}
      {id && poll.state === 'error' && !poll.data && <Failed error={poll.error} onRetry={poll.reload} />}
      {id && poll.data && <Body data={poll.data} roles={me.data?.user.roles ?? []} reload={poll.reload} unitId={unitId} onSeat={setUnitId} />}
    </Page>
  );
}

