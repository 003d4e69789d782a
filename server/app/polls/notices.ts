// Messages about a poll to everyone who may vote in it: "voting opened", "closes within 24 h"
// (only to those who have not voted yet) and "result published". A compound has thousands of
// voters, more than one action should message inline, so each notice is a `fanouts` document
// that walks the voters page by page, with a compare-and-set cursor: the action sends the first
// pages at once and the jobs finish the rest. Every message's dedupe key names the poll and the
// person, so a repeated page or job run never sends anyone the same notice twice.
import type { Ctx } from '../context';
import type { MembershipDoc, UserDoc } from '../model';
import type { PollDoc } from './model';
import { ballotId } from './model';
import { StoreError } from '../../store/port';
import { PAGES_FOR } from '../notify/helpers/pages';
import { pollServerText } from '../../../src/copy/polls';

export type PollNoticeKind = 'poll.opened' | 'poll.closing' | 'poll.published';

export interface FanoutDoc {
  _id: string; // fanout:<kind>:<pollId>
  kind: PollNoticeKind;
  pollId: string;
  fields: Record<string, string>;
  page: string;
  /** Roles whose holders hear about it, walked in order. */
  roles: string[];
  skipVoted: boolean;
  roleIndex: number;
  skip: number;
  done: boolean;
  createdAt: string;
  [key: string]: unknown;
}

const USERS_PAGE = 100;
const PARALLEL = 10;
/** A job run stops starting pages after this long (the cloud function has 60 s in all). */
const RUN_BUDGET_MS = 30_000;
/** Pages walked per call: an action stays quick, the hourly job does more. */
const PAGES_PER_RUN = { action: 2, job: 20 };

function noticeFor(kind: PollNoticeKind, poll: PollDoc, now: string): Pick<FanoutDoc, 'fields' | 'page' | 'skipVoted'> {
  const page = kind === 'poll.published' ? PAGES_FOR.pollResults(poll._id) : PAGES_FOR.pollDetail(poll._id);
  if (kind === 'poll.opened') return { fields: { title: poll.title, openedAt: poll.openedAt ?? now, note: poll.closesAt ? pollServerText.voteBeforeClosing : pollServerText.closingAsAnnounced }, page, skipVoted: false };
  if (kind === 'poll.closing') return { fields: { title: poll.title, closesAt: poll.closesAt ?? now }, page, skipVoted: true };
  return { fields: { title: poll.title, result: pollServerText.resultPublished }, page, skipVoted: false };
}

async function hasVoted(ctx: Ctx, poll: PollDoc, user: UserDoc): Promise<boolean> {
  if (poll.kind === 'consultation' && poll.per === 'resident') return !!(await ctx.store.get('ballots', ballotId(poll._id, user._id)));
  const memberships = await ctx.store.find<MembershipDoc>('memberships', { where: { userId: user._id }, limit: 100 });
  if (memberships.length === 0) return false;
  for (const m of memberships) {
    const key = poll.kind === 'consultation' ? m.unitId : m.holderId;
    // Reminded until every unit or holder they speak for has a ballot.
    if (!(await ctx.store.get('ballots', ballotId(poll._id, key)))) return false;
  }
  return true;
}

/** Walks up to `pages` pages of voters; returns the messages handed to the notifier. */
export async function runFanout(ctx: Ctx, start: FanoutDoc, pages: number): Promise<number> {
  let doc = start;
  let sent = 0;
  const poll = await ctx.store.get<PollDoc>('polls', doc.pollId);
  const started = Date.now();
  for (let i = 0; i < pages && !doc.done && Date.now() - started < RUN_BUDGET_MS; i++) {
    const role = doc.roles[doc.roleIndex];
    const users = role ? await ctx.store.find<UserDoc>('users', { where: { roles: { $has: role } }, orderBy: [['createdAt', 'asc']], limit: USERS_PAGE, skip: doc.skip }) : [];
    // Ten at a time: each message is its own few store operations (tens of ms each in the
    // cloud), and different people's messages and grants never touch the same document.
    for (let from = 0; from < users.length; from += PARALLEL) {
      const told = await Promise.all(
        users.slice(from, from + PARALLEL).map(async (user) => {
          if (doc.skipVoted && poll && (await hasVoted(ctx, poll, user))) return 0;
          await ctx.notifier.send({ kind: doc.kind, toUserId: user._id, dedupeKey: `${doc.kind}:${doc.pollId}:${user._id}`, fields: doc.fields, page: doc.page });
          return 1;
        }),
      );
      sent += told.reduce((a: number, b: number) => a + b, 0);
    }
    const lastOfRole = users.length < USERS_PAGE;
    const next = lastOfRole ? { roleIndex: doc.roleIndex + 1, skip: 0 } : { roleIndex: doc.roleIndex, skip: doc.skip + USERS_PAGE };
    const patch = { ...next, done: next.roleIndex >= doc.roles.length };
    // Another run moved the cursor meanwhile: it carries on from there.
    const moved = await ctx.store.updateIf<FanoutDoc>('fanouts', doc._id, { roleIndex: doc.roleIndex, skip: doc.skip }, patch);
    if (!moved) break;
    doc = moved;
  }
  return sent;
}

/** Starts a notice about a poll (once per poll and kind) and sends its first pages. */
export async function announcePoll(ctx: Ctx, poll: PollDoc, kind: PollNoticeKind, mode: 'action' | 'job' = 'action'): Promise<number> {
  const now = ctx.clock.now().toISOString();
  const doc: FanoutDoc = {
    _id: `fanout:${kind}:${poll._id}`,
    kind,
    pollId: poll._id,
    ...noticeFor(kind, poll, now),
    // Consultations ask residents too; decisions and elections only verified owners.
    roles: poll.kind === 'consultation' ? ['owner', 'resident'] : ['owner'],
    roleIndex: 0,
    skip: 0,
    done: false,
    createdAt: now,
  };
  try {
    await ctx.store.insert('fanouts', doc);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'duplicate') return 0;
    throw error;
  }
  try {
    return await runFanout(ctx, doc, PAGES_PER_RUN[mode]);
  } catch (error) {
    // The poll already changed state; the jobs resume the notice where it stopped.
    console.error('[notify] fanout', doc._id, error);
    return 0;
  }
}

/** The jobs: resumes unfinished notices. */
export async function continueFanouts(ctx: Ctx): Promise<number> {
  const open = await ctx.store.find<FanoutDoc>('fanouts', { where: { done: false }, orderBy: [['createdAt', 'asc']], limit: 20 });
  let sent = 0;
  for (const doc of open) sent += await runFanout(ctx, doc, PAGES_PER_RUN.job);
  return sent;
}

const DAY = 86_400_000;

/** The jobs: polls closing within 24 hours get their "closes soon" notice, once per poll. */
export async function remindClosingPolls(ctx: Ctx, now: Date): Promise<number> {
  const soon = await ctx.store.find<PollDoc>('polls', { where: { status: 'open', closesAt: { $gt: now.toISOString(), $lte: new Date(now.getTime() + DAY).toISOString() } }, orderBy: [['closesAt', 'asc']], limit: 100 });
  let sent = 0;
  for (const poll of soon) sent += await announcePoll(ctx, poll, 'poll.closing', 'job');
  return sent;
}
