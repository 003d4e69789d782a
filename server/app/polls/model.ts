// Stored shapes of the polls area and the reads every poll action shares.
//
// Why one ballot document per holder (`ballot:<pollId>:<holderId>`) for decisions and elections:
// the law counts a holder once with all of their units, and a holder's units must vote alike. One
// document per holder makes both true by construction: a multi-unit owner casts once (one write,
// not one per unit), a second device, a retry, a proxy or a paper ballot for any of their units
// lands on the same `_id` and is refused by the store's uniqueness, and the count expands each
// holder's ballot to their frozen units. The snapshot maps every unit to exactly one holder, so
// "one ballot per unit" follows. Consultations have no holders: one per unit or per person.
import { createHash } from 'node:crypto';
import type { Law278Item, Vote } from '../../../src/domain/law278';
import type { Ctx } from '../context';
import { AppError, conflict, notFound } from '../errors';
import type { Count } from './helpers/count';
import { pollFields, pollRefusals, pollServerText } from '../../../src/copy/polls';

export type PollKind = 'consultation' | 'decision' | 'election';
/** `opening`: the roster is being frozen; nobody can vote until it is `open`. */
export type PollStatus = 'draft' | 'opening' | 'open' | 'closing' | 'closed' | 'published';

export interface Candidate {
  id: string; // c1, c2, …
  name: string;
  statement: string;
}

export interface PollOption {
  id: string; // o1, o2, …
  label: string;
}

export interface BuildingTotals {
  id: string;
  name: string;
  units: number;
  /** Holders with at least one unit here (a holder of units in two buildings counts in both). */
  holders: number;
  areaCenti: number;
}

/** The frozen roster's totals: every denominator of the count comes from here. */
export interface RosterSummary {
  /** Identifies the freezing that produced the chunks and holder documents (a retried opening makes new ones). */
  openId: string;
  /** Random, never shown: makes the holder codes in exports unlinkable to the roster's holder ids. */
  salt: string;
  units: number;
  holders: number;
  areaCenti: number;
  chunks: number;
  buildings: BuildingTotals[];
}

export interface ConsultationResult {
  kind: 'consultation';
  per: 'unit' | 'resident';
  ballots: number;
  options: Array<PollOption & { count: number }>;
}

export type PollResult = (Count | ConsultationResult) & { channels: { online: number; paper: number; proxy: number }; countedAt: string };

export interface PollDoc {
  _id: string; // poll:<time><random>
  kind: PollKind;
  title: string;
  description: string;
  options?: PollOption[];
  /** Consultations: one answer per unit or per resident. */
  per?: 'unit' | 'resident';
  item?: Law278Item;
  seats?: number;
  candidates?: Candidate[];
  /** A voter may change their ballot once before the poll closes. */
  allowChange: boolean;
  closesAt: string | null;
  /** The last move of the closing time (moveClosingTime.ts): shown on the poll. */
  closingMove?: { from: string | null; to: string; reason: string; by: string; at: string };
  status: PollStatus;
  createdBy: string;
  createdAt: string;
  /** Set while opening (opening.ts): who started it, the frozen roster once taken, how far registering got. */
  opening?: OpeningState | null;
  openedAt?: string;
  roster?: RosterSummary;
  /** Set while closing (closing.ts): who started it, when, and how far the sealing got. */
  closing?: ClosingState;
  closedAt?: string;
  closedBy?: string;
  result?: PollResult;
  publishedAt?: string;
  [key: string]: unknown;
}

export interface OpeningState {
  by: string;
  startedAt: string;
  /** The frozen roster's summary, once frozen; the poll gets it as `roster` when it opens. */
  roster: RosterSummary | null;
  /** Frozen holders (in `_id` order) whose holder and owners' registry documents are written. */
  holdersDone: number;
  /** 0 until the roster is frozen. */
  holdersTotal: number;
  /** The operation id of the press that started it (a retry answers as the first did). */
  opId?: string;
}

export interface ClosingState {
  by: string;
  startedAt: string;
  /** Every gate of the general path is shut (closing.ts). */
  gatesShut: boolean;
  /** Seats (frozen holders) looked at so far, in `_id` order, and the last one's `_id`. */
  seatsDone: number;
  after: string | null;
  seatsTotal: number;
  sealedAt?: string;
  /** The operation id of the press that started it (a retry answers as the first did). */
  opId?: string;
}

export interface SnapUnit {
  id: string;
  label: string;
  buildingId: string;
  areaCenti: number;
  holderId: string;
}

/** `pollRoster:<pollId>:<n>`: units n·500 … n·500+499 of the frozen roster, by building then order. */
export interface RosterChunkDoc {
  _id: string;
  pollId: string;
  openId: string;
  n: number;
  units: SnapUnit[];
  [key: string]: unknown;
}

export interface HolderUnit {
  id: string;
  label: string;
  buildingId: string;
  areaCenti: number;
}

/** `pollHolder:<pollId>:<holderId>`: who may vote for which units, as frozen at opening. */
export interface PollHolderDoc {
  _id: string;
  pollId: string;
  openId: string;
  holderId: string;
  units: HolderUnit[];
  areaCenti: number;
  [key: string]: unknown;
}

export type Channel = 'online' | 'paper';

export interface BallotDoc {
  _id: string;
  pollId: string;
  /** holderId (decisions, elections), unitId or userId (consultations). */
  key: string;
  holderId: string | null;
  /** The units this ballot speaks for, with what the participation figures need. */
  units: HolderUnit[];
  areaCenti: number;
  channel: Channel;
  castBy: string;
  proxy?: { userId: string; proxyId: string };
  paper?: { serial: string | null; recordedBy: string };
  /** An online ballot's receipt code (receipt.ts): random, kept by the voter, listed in the public record. */
  receipt?: string;
  choice?: Vote;
  choices?: string[];
  option?: string;
  castAt: string;
  changes: number;
  changedAt?: string;
  /** Not a ballot: the seat was empty when the poll closed (seal.ts). Every reader skips these. */
  sealed?: true;
  [key: string]: unknown;
}

/** A real ballot, not the seal closing left on an empty seat. */
export const isBallot = (b: BallotDoc | null | undefined): b is BallotDoc => !!b && b.sealed !== true;

/** `proxy:<pollId>:<unitId>`: the committee saw a written authorisation (委托书) and kept its photo. */
export interface ProxyDoc {
  _id: string;
  pollId: string;
  unitId: string;
  holderId: string;
  proxyUserId: string;
  photoFileId: string;
  recordedBy: string;
  at: string;
  [key: string]: unknown;
}

export const CHUNK_UNITS = 500;
export const rosterChunkId = (pollId: string, openId: string, n: number) => `pollRoster:${pollId}:${openId}:${n}`;
export const pollHolderId = (pollId: string, holderId: string) => `pollHolder:${pollId}:${holderId}`;
export const ballotId = (pollId: string, key: string) => `ballot:${pollId}:${key}`;
export const proxyId = (pollId: string, unitId: string) => `proxy:${pollId}:${unitId}`;

export const KIND_LABELS: Record<PollKind, string> = pollServerText.kindLabels;
export const STATUS_LABELS: Record<PollStatus, string> = pollServerText.statusLabels;

export async function loadPoll(ctx: Ctx, pollId: string): Promise<PollDoc> {
  const poll = await ctx.store.get<PollDoc>('polls', pollId);
  if (!poll) throw notFound(pollFields.poll);
  return poll;
}

/** Whether ballots are accepted at `now`: open, and before its closing time if it has one. */
export function acceptsBallots(poll: PollDoc, now: Date): boolean {
  return poll.status === 'open' && (!poll.closesAt || now.getTime() < Date.parse(poll.closesAt));
}

export function assertAcceptsBallots(poll: PollDoc, now: Date): void {
  if (acceptsBallots(poll, now)) return;
  if (poll.status === 'draft' || poll.status === 'opening') throw conflict(pollRefusals.notOpenYet, { status: poll.status });
  throw conflict(pollRefusals.closed, { status: poll.status === 'open' ? 'closed' : poll.status });
}

/** A closed poll's ballots may be read (and are logged); before that nobody may. */
export function assertClosed(poll: PollDoc): void {
  if (poll.status !== 'closed' && poll.status !== 'published') throw conflict(pollRefusals.resultsAfterClosing, { status: poll.status });
}

export function isCounted(poll: PollDoc): poll is PollDoc & { roster: RosterSummary } {
  return !!poll.roster;
}

/** A poll whose flats can be listed for door-to-door visits: frozen roster, counted per flat. */
export async function loadDoorToDoorPoll(ctx: Ctx, pollId: string): Promise<PollDoc & { roster: RosterSummary }> {
  const poll = await loadPoll(ctx, pollId);
  if (!isCounted(poll)) throw conflict(pollRefusals.notOpenYet, { status: poll.status });
  if (poll.kind === 'consultation' && poll.per === 'resident') throw conflict(pollRefusals.consultationNoNonVoters);
  return poll;
}

export const badState = (poll: PollDoc, message: string) => new AppError('conflict', message, undefined, { status: poll.status });

/**
 * A holder as exports show them: the same code for all of one holder's units in one poll, and
 * nothing that leads back to the person (a holder id is a hash of name and phone, which could be
 * guessed by trying phone numbers; this code is salted with a secret kept on the poll).
 */
export const holderCode = (poll: PollDoc & { roster: RosterSummary }, holderId: string) =>
  `H${createHash('sha256').update(`${poll.roster.salt}:${holderId}`).digest('hex').slice(0, 12)}`;
