// Paper ballots (唱票): the register (one numbered ballot per unit of the frozen roster, serial
// P0001… in roster order), count sessions in which two counters enter every returned ballot
// independently, and the comparison that lists every ballot where they differ.
import type { Ctx } from '../context';
import { invalid, notFound } from '../errors';
import type { Vote } from '../../../src/domain/law278';
import { CHUNK_UNITS, type PollDoc, type RosterSummary } from './model';
import { readAll, snapshotRange } from './roster';

export interface CountSessionDoc {
  _id: string; // countSession:<pollId>:<round>
  pollId: string;
  round: number;
  /** Ballots found in the box, counted by hand before entering. */
  returned: number;
  counters: [string, string];
  startedAt: string;
  startedBy: string;
  [key: string]: unknown;
}

export interface CountEntryDoc {
  _id: string; // countEntry:<sessionId>:<counter>:<serial>
  sessionId: string;
  counter: 1 | 2;
  serial: string;
  choice?: Vote;
  choices?: string[];
  option?: string;
  /** A spoilt ballot (废票) and why. */
  invalid?: string;
  at: string;
  [key: string]: unknown;
}

export const serialOf = (position: number) => `P${String(position + 1).padStart(4, '0')}`;
export const sessionIdOf = (pollId: string, round: number) => `countSession:${pollId}:${round}`;
export const entryIdOf = (sessionId: string, counter: number, serial: string) => `countEntry:${sessionId}:${counter}:${serial}`;

export function positionOf(poll: PollDoc & { roster: RosterSummary }, serial: string): number {
  const m = /^P(\d{4,})$/.exec(serial);
  const position = m ? Number(m[1]) - 1 : -1;
  if (position < 0 || position >= poll.roster.units) throw invalid('serial', `没有编号为 ${serial} 的选票(本次共 ${poll.roster.units} 张,P${'1'.padStart(4, '0')} 起)`);
  return position;
}

/** The unit a serial was issued to. */
export async function unitOfSerial(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }, serial: string) {
  const position = positionOf(poll, serial);
  const [unit] = await snapshotRange(ctx, poll, position, position + 1);
  return unit;
}

export async function loadSession(ctx: Ctx, sessionId: string): Promise<CountSessionDoc> {
  const session = await ctx.store.get<CountSessionDoc>('countSessions', sessionId);
  if (!session) throw notFound('计票场次');
  return session;
}

const reading = (e: CountEntryDoc | undefined) =>
  !e ? null : e.invalid !== undefined ? { invalid: e.invalid } : e.choice !== undefined ? { choice: e.choice } : e.choices !== undefined ? { choices: e.choices } : { option: e.option };

/** Both counters' entries side by side: totals, every serial where they differ, and whether the session agrees. */
export async function review(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }, session: CountSessionDoc) {
  const entries = await readAll<CountEntryDoc>(ctx, 'countEntries', { sessionId: session._id });
  const by = [new Map<string, CountEntryDoc>(), new Map<string, CountEntryDoc>()];
  for (const e of entries) by[e.counter - 1].set(e.serial, e);
  const serials = [...new Set(entries.map((e) => e.serial))].sort();
  const differences = serials
    .filter((s) => JSON.stringify(reading(by[0].get(s))) !== JSON.stringify(reading(by[1].get(s))))
    .map((serial) => ({ serial, counter1: reading(by[0].get(serial)), counter2: reading(by[1].get(serial)) }));
  const totals = by.map((m) => {
    const all = [...m.values()];
    const invalidCount = all.filter((e) => e.invalid !== undefined).length;
    return { entered: all.length, valid: all.length - invalidCount, invalid: invalidCount };
  });
  const issued = poll.roster.units;
  const balanced = totals.every((t) => t.entered === session.returned && t.valid + t.invalid === session.returned) && session.returned <= issued;
  return {
    session: { id: session._id, round: session.round, counters: session.counters, startedAt: session.startedAt },
    issued,
    returned: session.returned,
    notReturned: issued - session.returned,
    totals: { counter1: totals[0], counter2: totals[1] },
    differences,
    agrees: balanced && differences.length === 0,
    /** serial → what both read, when they agree. */
    readings: new Map(serials.map((s) => [s, reading(by[0].get(s))])),
  };
}

export const CHUNK = CHUNK_UNITS;
