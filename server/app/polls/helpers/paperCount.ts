// Paper ballots (唱票): the register (one numbered ballot per unit of the frozen roster, serial
// P0001… in roster order), count rounds in which two counters, each on their own account, enter
// every returned ballot independently while scrutineers (监票) follow, and the review that lists
// every ballot where they differ and the ballots set aside (voids) before anyone signs.
//
// Why slots belong to accounts: a reading is one person's word, so the only way to have two is two
// accounts. The slot is taken by the account that joins it (countSeats.ts), never named in a request.
import { createHash } from 'node:crypto';
import type { Caller, Ctx } from '../../context';
import { forbidden, invalid, notFound } from '../../errors';
import type { Vote } from '../../../../src/domain/law278';
import { CHUNK_UNITS, type PollDoc, type RosterSummary } from '../model';
import { readAll, snapshotRange } from './roster';
import { voidsOf, type Void } from './countVoids';
import { pollFields, pollRefusals } from '../../../../src/copy/polls';
import { countSessionId } from '../../../../src/domain/schemas/polls';

/** Someone who took part in a round: a counter's slot, a scrutineer, a signature. */
export interface Seat {
  userId: string;
  name: string;
  at: string;
}

export type Signer = 'counter1' | 'counter2' | 'scrutineer';

export interface CountSessionDoc {
  _id: string; // countSession:<pollId>:<round>
  pollId: string;
  round: number;
  /** Ballots found in the box, counted by hand before entering. */
  returned: number;
  /** Counter 1 and counter 2: the accounts that joined those slots (null: nobody yet). */
  slots: [Seat | null, Seat | null];
  /** Who watches: the community, committee members not counting, owners the committee named. */
  scrutineers: Array<Seat & { as: 'community' | 'committee' | 'owner' }>;
  /** Owners (user ids) the committee named as scrutineers of this round. */
  named: string[];
  /** Each counter's and scrutineer's signature on what the review showed (its digest). */
  signoffs: Array<Seat & { as: Signer; digest: string }>;
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
/** The session of a poll's round: the same id the count screen builds from the round typed. */
export const sessionIdOf = countSessionId;
export const entryIdOf = (sessionId: string, counter: number, serial: string) => `countEntry:${sessionId}:${counter}:${serial}`;

export function positionOf(poll: PollDoc & { roster: RosterSummary }, serial: string): number {
  const m = /^P(\d{4,})$/.exec(serial);
  const position = m ? Number(m[1]) - 1 : -1;
  if (position < 0 || position >= poll.roster.units) throw invalid('serial', pollRefusals.noSuchSerial(serial, poll.roster.units, '1'.padStart(4, '0')));
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
  if (!session) throw notFound(pollFields.countSession);
  // Rounds started before slots existed had names only: nobody holds their slots.
  return { ...session, slots: session.slots ?? [null, null], scrutineers: session.scrutineers ?? [], named: session.named ?? [], signoffs: session.signoffs ?? [] };
}

/** Which counter slot (1 or 2) the caller holds in this round, or null. */
export const slotOf = (session: CountSessionDoc, userId: string): 1 | 2 | null =>
  session.slots[0]?.userId === userId ? 1 : session.slots[1]?.userId === userId ? 2 : null;

export const isScrutineer = (session: CountSessionDoc, userId: string) => session.scrutineers.some((s) => s.userId === userId);

/** Who may follow a round live: the committee, the community, admins, and its own counters and scrutineers. */
export function assertMayFollow(session: CountSessionDoc, caller: Caller): void {
  if (caller.roles.some((r) => r === 'committee' || r === 'community' || r === 'admin')) return;
  if (slotOf(session, caller.userId) || isScrutineer(session, caller.userId) || session.named.includes(caller.userId)) return;
  throw forbidden(pollRefusals.countNotVisible);
}

type Reading = { invalid: string } | { choice: Vote } | { choices: string[] } | { option: string | undefined } | null;

const reading = (e: CountEntryDoc | undefined): Reading =>
  !e ? null : e.invalid !== undefined ? { invalid: e.invalid } : e.choice !== undefined ? { choice: e.choice } : e.choices !== undefined ? { choices: e.choices } : { option: e.option };

export interface Review {
  session: { id: string; round: number; startedAt: string; counters: [string | null, string | null]; scrutineers: string[] };
  issued: number;
  returned: number;
  notReturned: number;
  totals: { counter1: { entered: number; valid: number; invalid: number }; counter2: { entered: number; valid: number; invalid: number } };
  differences: Array<{ serial: string; counter1: Reading; counter2: Reading }>;
  /** Ballots set aside, decided now (before anyone signs): spoilt, one owner's split ballots, owners who voted online. */
  voids: Void[];
  agrees: boolean;
  /** What a signature covers: the readings, the voids and the count of ballots returned. */
  digest: string;
  /** serial → what both read, when they agree. */
  readings: Map<string, Reading>;
}

/** Both counters' entries side by side: totals, every serial where they differ, the voids, and whether the round agrees. */
export async function review(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }, session: CountSessionDoc): Promise<Review> {
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
  const agrees = balanced && differences.length === 0;
  const readings = new Map(serials.map((s) => [s, reading(by[0].get(s))]));
  const voids = agrees ? (await voidsOf(ctx, poll, readings)).voids : [];
  const digest = createHash('sha256')
    .update(JSON.stringify({ round: session.round, returned: session.returned, readings: [...readings], voids }))
    .digest('hex')
    .slice(0, 16);
  return {
    session: { id: session._id, round: session.round, startedAt: session.startedAt, counters: [session.slots[0]?.name ?? null, session.slots[1]?.name ?? null], scrutineers: session.scrutineers.map((s) => s.name) },
    issued,
    returned: session.returned,
    notReturned: issued - session.returned,
    totals: { counter1: totals[0], counter2: totals[1] },
    differences,
    voids,
    agrees,
    digest,
    readings,
  };
}

/** The signatures that still cover what the round shows now (an entry changed since voids them). */
export function validSignoffs(session: CountSessionDoc, digest: string) {
  const valid = session.signoffs.filter((s) => s.digest === digest);
  const has = (as: Signer) => valid.some((s) => s.as === as);
  return { valid, complete: has('counter1') && has('counter2') && has('scrutineer') };
}

export const CHUNK = CHUNK_UNITS;

/**
 * The latest round of this poll's paper count that names the caller as a scrutineer, while the
 * count is still going: the poll's page tells the owner "您被推选为监票人" and where to join. One
 * indexed read (a poll has a few rounds), made only while the paper count can run.
 */
export async function namedRound(ctx: Ctx, poll: PollDoc, caller: Caller): Promise<number | null> {
  if (poll.paperCount || poll.status !== 'open' || poll.kind === 'consultation' || !caller.roles.includes('owner')) return null;
  const rounds = await ctx.store.find<CountSessionDoc>('countSessions', { where: { pollId: poll._id }, orderBy: [['round', 'desc']], limit: 20 });
  return rounds.find((s) => (s.named ?? []).includes(caller.userId))?.round ?? null;
}
