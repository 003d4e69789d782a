// Home: the open votes the caller may still cast, each with its closing time. Reads the open
// polls (a handful at a time in any compound) and, per poll, the caller's seat and ballot by id.
import type { Caller, Ctx } from '../../context';
import { AppError } from '../../errors';
import { acceptsBallots, isBallot, type BallotDoc, type PollDoc } from '../../polls/model';
import { seatFor } from '../../polls/helpers/voters';
import type { AttentionItem } from './item';
import { PAGES, pageLink } from '../../../../src/routes';
import { pollServerText } from '../../../../src/copy/polls';
import { commonServerText } from '../../../../src/copy/common';


export async function pollItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  const now = ctx.clock.now();
  const open = await ctx.store.find<PollDoc>('polls', { where: { status: 'open' }, orderBy: [['createdAt', 'desc']], limit: 20 });
  const items = await Promise.all(open.filter((p) => acceptsBallots(p, now)).map((poll) => waiting(ctx, caller, poll)));
  return items.filter((i): i is AttentionItem => i !== null);
}

async function waiting(ctx: Ctx, caller: Caller, poll: PollDoc): Promise<AttentionItem | null> {
  let seat;
  try {
    seat = await seatFor(ctx, caller, poll, undefined);
  } catch (error) {
    // Not a voter in this poll (a tenant in an owners' vote, staff, no verified home).
    if (error instanceof AppError) return null;
    throw error;
  }
  const ballot = await ctx.store.get<BallotDoc>('ballots', seat.ballotId);
  if (isBallot(ballot)) return null;
  return {
    id: `vote:${poll._id}`,
    kind: 'poll.vote',
    title: pollServerText.pleaseVote(poll.title),
    detail: pollServerText.unitsNotVoted(pollServerText.kindLabels[poll.kind], seat.units.map((u) => u.label).join(commonServerText.listSeparator)),
    page: pageLink(PAGES.pollDetail, { id: poll._id }),
    at: poll.openedAt ?? poll.createdAt,
    ...(poll.closesAt ? { due: poll.closesAt, dueLabel: pollServerText.due } : {}),
  };
}
