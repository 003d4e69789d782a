// polls.publicRecord: the public record of a published decision or election (公示的计票明细):
// every counted ballot as its receipt code (online) or register serial (paper) → the choice, with
// the head (a salted holder code) and the area it counted for, and every head of the frozen roster
// with the areas of their flats (the denominators), and no names, phones or flats. Every
// signed-in resident may read and download it once results are published; each owner finds their
// own ballot in it (核对我的选票), and `npm run recount -- FILE` recounts it with the app's own
// arithmetic (recountFile.ts → count.ts → src/domain/law278.ts) and compares with `published`.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { formatArea } from '../../../src/domain/area';
import { id } from '../../../src/domain/fields';
import type { Law278Item } from '../../../src/domain/law278';
import { conflict, notFound } from '../errors';
import type { Count } from './helpers/count';
import { holderCode, isCounted, loadPoll, type BallotDoc, type PollDoc, type RosterSummary, type SnapUnit } from './model';
import { refOf } from './helpers/receipt';
import { pollBallots, snapshotUnits } from './helpers/roster';
import { settle } from './helpers/tally';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollServerText, pollSummaries } from '../../../src/copy/polls';

export interface PublicHead {
  head: string;
  /** The area of each of the head's flats, "89.50". */
  areas: string[];
}

export interface PublicBallot {
  /** Receipt code (online) or paper serials. */
  ref: string;
  head: string;
  area: string;
  choice?: string;
  choices?: string[];
}

/** What was published, without the channels and the time of counting. */
export function publishedCount(result: PollDoc['result']): Count {
  const { channels: _channels, countedAt: _countedAt, ...count } = result as Count & { channels: unknown; countedAt: unknown };
  return count as Count;
}

export function publicRecordOf(poll: PollDoc & { roster: RosterSummary }, units: readonly SnapUnit[], ballots: readonly BallotDoc[]) {
  const code = (holderId: string) => holderCode(poll, holderId);
  const heads = new Map<string, PublicHead>();
  for (const u of units) {
    const c = code(u.holderId);
    const h = heads.get(c) ?? { head: c, areas: [] };
    h.areas.push(formatArea(u.areaCenti));
    heads.set(c, h);
  }
  const names = new Map((poll.candidates ?? []).map((c) => [c.id, c.name]));
  const rows: PublicBallot[] = ballots
    .filter((b) => b.holderId)
    .map((b) => ({
      ref: refOf(b) ?? pollServerText.noReceipt,
      head: code(b.holderId!),
      area: formatArea(b.areaCenti),
      ...(poll.kind === 'decision' ? { choice: b.choice! } : { choices: (b.choices ?? []).map((c) => names.get(c) ?? c) }),
    }))
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return {
    format: 'gongzhi-public-record/1',
    pollId: poll._id,
    title: poll.title,
    openedAt: poll.openedAt,
    closedAt: poll.closedAt,
    publishedAt: poll.publishedAt,
    ...(poll.kind === 'decision' ? { kind: 'decision' as const, item: poll.item as Law278Item } : { kind: 'election' as const, seats: poll.seats!, candidates: poll.candidates!.map((c) => c.name) }),
    heads: [...heads.values()],
    ballots: rows,
    published: publishedCount(poll.result),
  };
}

export const publicRecord = defineAction({
  name: 'polls.publicRecord',
  summary: pollSummaries['polls.publicRecord'],
  input: z.object({ pollId: id(pollFields.poll) }).strict(),
  roles: allowed('polls.publicRecord'),
  async run(ctx, input) {
    callerOf(ctx);
    const loaded = await loadPoll(ctx, input.pollId);
    if (loaded.status === 'draft') throw notFound(pollFields.poll);
    const poll = await settle(ctx, loaded);
    if (poll.status !== 'published') throw conflict(pollRefusals.recordAfterPublishing, { status: poll.status });
    if (!isCounted(poll) || poll.kind === 'consultation') throw conflict(pollRefusals.consultationNoRecord);
    const [units, ballots] = await Promise.all([snapshotUnits(ctx, poll), pollBallots(ctx, poll._id)]);
    return { file: publicRecordOf(poll, units, ballots), fileName: pollServerText.publicRecordFileName(poll.title) };
  },
});
