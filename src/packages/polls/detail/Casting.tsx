// Casting a ballot: whose vote it is, the choice (words, candidates or an option), an inline confirm, then the server's answer.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { Notice } from '../../../components/states';
import { buttonA11y, headingA11y, liveA11y } from '../../../components/a11y';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { castBallotInput } from '../../../domain/schemas/polls';
import { askToSubscribe } from '../../../services/subscribe';
import { formatTime } from '../../../ui/format';
import { VOTE_WORDS, detailText as t } from '../../../copy/polls';
import { h5, pickFrom, emptyPick, pickWords } from './model';
import type { Poll, Vote, MyPart, Pick } from './model';

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

export function Casting({ poll, mine, unitId, onSeat, onDone }: { poll: Poll; mine: MyPart; unitId: string | null; onSeat: (unitId: string) => void; onDone: (text: string) => void }) {
  const ballot = mine.ballot ?? null;
  const [changing, setChanging] = useState(false);
  const [pick, setPick] = useState<Pick>(() => emptyPick(poll));
  const [step, setStep] = useState<'pick' | 'confirm'>('pick');
  // Every refusal (409: already voted, the poll closed meanwhile) is said as the server says it.
  const f = useSubmit({ fields: [] });
  const { busy, formError: error } = f;

  const voting = mine.canVote || changing;
  const ready = pick.kind === 'election' || (pick.kind === 'decision' ? !!pick.choice : !!pick.option);

  const send = async () => {
    if (busy) return;
    const what = pick.kind === 'decision' ? { choice: pick.choice! } : pick.kind === 'election' ? { choices: pick.choices } : { option: pick.option! };
    const input = f.check(castBallotInput, { pollId: poll.id, ...(unitId ? { unitId } : {}), ...what, ...(changing ? { change: true } : {}) });
    if (!input) return setStep('pick');
    await f.run(
      async () => {
        // Inside the tap, before anything is awaited: WeChat shows its panel only then.
        await askToSubscribe(['poll.closing', 'poll.published']);
        return call('polls.cast', input);
      },
      (r) => {
        setChanging(false);
        onDone(r.ballot.changed ? t.changed : t.sent(formatTime(r.ballot.castAt)));
      },
    );
    setStep('pick');
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
