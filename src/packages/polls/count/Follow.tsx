// A round as everyone at the table follows it, live (refreshed every few seconds): who counts and
// who watches, both counters' totals against the ballots returned, every ballot they read
// differently, the ballots set aside and why (decided now, before the close), and the signatures.
// A counter or scrutineer signs here what they see (polls.count.sign names it by its digest).
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import { choiceText, countText as t } from '../../../copy/polls';
import type { Seat } from './Rounds';

type Poll = Output<'polls.get'>['poll'];
export type Review = Output<'polls.count.review'>;

const LIVE_MS = 4000;

export function readingText(poll: Poll, r: Review['differences'][number]['counter1']): string {
  if (!r) return t.missing;
  if ('invalid' in r) return `${t.invalid}（${r.invalid}）`;
  if ('choice' in r && r.choice) return choiceText[r.choice as 'yes' | 'no' | 'abstain'] ?? String(r.choice);
  if ('choices' in r && r.choices) {
    const byId = new Map((poll.candidates ?? []).map((c) => [c.id, c.name]));
    return r.choices.length ? r.choices.map((c) => byId.get(c) ?? c).join('、') : t.blank;
  }
  return String((r as { option?: string }).option ?? t.missing);
}

export function FollowRound({ poll, seat }: { poll: Poll; seat: Seat }) {
  const live = useAction('polls.count.review', { sessionId: seat.sessionId }, [seat.sessionId]);
  const { reload } = live;
  useEffect(() => {
    const timer = setInterval(() => void reload(), LIVE_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const review = live.data ?? null;
  const busy = live.state === 'loading';
  // A refused signature (the entries changed meanwhile) is said as the server says it.
  const f = useSubmit({ fields: [] });
  const sign = async () => {
    if (!review) return;
    await f.run(() => call('polls.count.sign', { sessionId: seat.sessionId, digest: review.digest }), () => void reload());
  };
  const error = f.formError ?? (live.state === 'error' ? live.error.message : null);

  const totals = review ? ([review.totals.counter1, review.totals.counter2] as const) : null;
  const maySign = review && (review.me.slot !== null || review.me.scrutineer) && review.agrees && !review.me.signed && !review.closed;
  return (
    <View className='gz-card' id='count-review'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.reviewHeading}
      </Text>
      <Text className='gz-p gz-muted'>{t.liveHint}</Text>
      <Btn kind='secondary' size='main' block busy={busy} onClick={() => void reload()}>
        {busy ? t.reviewing : t.review}
      </Btn>
      {error && <Notice kind='error'>{error}</Notice>}
      {review && totals && (
        <View>
          <Text className='gz-p'>{t.people(review.session.counters, review.session.scrutineers)}</Text>
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
          {review.agrees && (
            <View id='count-voids'>
              <Text className='gz-card__title' {...headingA11y(3)}>
                {t.voidsHeading(review.voids.length)}
              </Text>
              {review.voids.length === 0 ? (
                <Text className='gz-p'>{t.noVoids}</Text>
              ) : (
                review.voids.map((v) => (
                  <Text key={v.serial} className='gz-p'>
                    {t.spoiltLine(v.serial, v.reason)}
                  </Text>
                ))
              )}
            </View>
          )}
          <View id='count-signoffs'>
            <Text className='gz-card__title' {...headingA11y(3)}>
              {t.signHeading}
            </Text>
            <Text className='gz-p gz-muted'>{t.signIntro}</Text>
            {review.signoffs.length === 0 ? (
              <Text className='gz-p'>{t.notSigned}</Text>
            ) : (
              review.signoffs.map((s) => (
                <Text key={`${s.as}-${s.name}`} className='gz-p'>
                  {t.signedBy(s.name, t.signerAs[s.as] ?? s.as, formatTime(s.at))}
                </Text>
              ))
            )}
            {review.me.signed && <Notice kind='ok'>{t.signedMine}</Notice>}
            {review.signedComplete && <Notice kind='ok'>{t.signedComplete}</Notice>}
            {maySign && (
              <Btn kind='primary' size='main' block busy={f.busy} onClick={() => void sign()}>
                {f.busy ? t.signing : t.sign}
              </Btn>
            )}
          </View>
        </View>
      )}
    </View>
  );
}
