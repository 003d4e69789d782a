// The count certificate (计票证明): what the paper count's close records on the poll and what is
// published with the results: every round with its counters, scrutineers, times and signatures,
// every discrepancy and how it was settled (a counter's correction, or a later round), the ballots
// set aside and why, and the signed tally sheet's photo. Built from the rounds and the append-only
// event log, so it says what happened, not what anyone typed at the end.
import type { Ctx } from '../../context';
import type { EventDoc } from '../../events';
import type { PollDoc, RosterSummary } from '../model';
import { readAll } from './roster';
import { loadSession, review, type CountSessionDoc, type Review } from './paperCount';
import type { Void } from './countVoids';
import { pollServerText } from '../../../../src/copy/polls';

export interface Discrepancy {
  round: number;
  serial: string;
  /** What each counter read then (null: not entered). */
  counter1: unknown;
  counter2: unknown;
  /** How it was settled: a counter corrected their entry, or the round was counted again. */
  settled: string;
}

export interface CertificateRound {
  round: number;
  startedAt: string;
  returned: number;
  counters: [string | null, string | null];
  scrutineers: string[];
  agrees: boolean;
  differences: number;
  corrections: number;
  signoffs: Array<{ name: string; as: string; at: string }>;
}

export interface Certificate {
  rounds: CertificateRound[];
  discrepancies: Discrepancy[];
  voids: Void[];
}

/** Every round of a poll's paper count, oldest first, with its review as it stands. */
export async function roundsOf(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }) {
  const sessions = (await readAll<CountSessionDoc>(ctx, 'countSessions', { pollId: poll._id })).sort((a, b) => a.round - b.round);
  const out: Array<{ session: CountSessionDoc; review: Review }> = [];
  for (const s of sessions) {
    const session = await loadSession(ctx, s._id);
    out.push({ session, review: await review(ctx, poll, session) });
  }
  return out;
}

export async function certificateOf(ctx: Ctx, rounds: Array<{ session: CountSessionDoc; review: Review }>, used: number[], voids: Void[]): Promise<Certificate> {
  const discrepancies: Discrepancy[] = [];
  const out: CertificateRound[] = [];
  const last = used[used.length - 1];
  for (const { session, review } of rounds) {
    const corrections = await readAll<EventDoc>(ctx, 'events', { subject: session._id, type: 'count.corrected' });
    for (const e of corrections.sort((a, b) => (a.at < b.at ? -1 : 1))) {
      const d = e.data as { counter: number; serial: string; before: Record<string, unknown> };
      const before = Object.fromEntries(Object.entries(d.before ?? {}).filter(([, v]) => v !== undefined));
      discrepancies.push({ round: session.round, serial: d.serial, counter1: d.counter === 1 ? before : null, counter2: d.counter === 2 ? before : null, settled: pollServerText.correctedByCounter(d.counter, e.at) });
    }
    for (const d of review.differences) {
      discrepancies.push({ round: session.round, serial: d.serial, counter1: d.counter1, counter2: d.counter2, settled: pollServerText.roundSuperseded(last) });
    }
    out.push({
      round: session.round,
      startedAt: session.startedAt,
      returned: session.returned,
      counters: review.session.counters,
      scrutineers: review.session.scrutineers,
      agrees: review.agrees,
      differences: review.differences.length,
      corrections: corrections.length,
      signoffs: session.signoffs.filter((s) => s.digest === review.digest).map((s) => ({ name: s.name, as: s.as, at: s.at })),
    });
  }
  return { rounds: out, discrepancies, voids };
}
