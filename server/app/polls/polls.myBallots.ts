// polls.myBallots: the caller's own ballots, newest first, with the receipt code (online) or paper
// serial each is listed under in the public record, so an owner can find theirs after publication
// (我的 → 核对我的选票). Only ballots for the caller's own flats (whoever cast them: online, a
// proxy, or a paper ballot the committee entered) and online ballots the caller cast as a proxy.
// The ballots are looked up directly (by holder and by who cast them), not through "the last ten
// polls": a ballot must not drop off the list because the committee opened more polls since.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import type { MembershipDoc } from '../model';
import { isBallot, type BallotDoc, type PollDoc } from './model';
import { refOf } from './helpers/receipt';
import { allowed } from '../../../src/domain/permissions';
import { pollSummaries } from '../../../src/copy/polls';

const RECENT = 20;

export const myBallots = defineAction({
  name: 'polls.myBallots',
  summary: pollSummaries['polls.myBallots'],
  input: z.object({}).strict(),
  roles: allowed('polls.myBallots'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const memberships = caller.roles.includes('owner') ? await ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 100 }) : [];
    const holderIds = [...new Set(memberships.map((m) => m.holderId).filter(Boolean))];
    const newest = { orderBy: [['castAt', 'desc']] as Array<[string, 'desc']>, limit: RECENT };
    const [forMyFlats, castByMe] = await Promise.all([
      // Closing seals each empty seat under the holder (castBy 'system', closing.ts): not ballots, and
      // a run of polls she skipped must not crowd her ballots out of the page.
      holderIds.length ? ctx.store.find<BallotDoc>('ballots', { where: { holderId: { $in: holderIds }, castBy: { $ne: 'system' } }, ...newest }) : Promise.resolve([] as BallotDoc[]),
      // A paper ballot's castBy is the committee member who entered it: not theirs.
      ctx.store.find<BallotDoc>('ballots', { where: { castBy: caller.userId, channel: 'online' }, ...newest }),
    ]);
    const ballots = [...new Map([...forMyFlats, ...castByMe].filter(isBallot).map((b) => [b._id, b])).values()]
      .sort((a, b) => (a.castAt < b.castAt ? 1 : a.castAt > b.castAt ? -1 : 0))
      .slice(0, RECENT);
    const pollIds = [...new Set(ballots.map((b) => b.pollId))];
    const polls = pollIds.length ? await ctx.store.find<PollDoc>('polls', { where: { _id: { $in: pollIds } }, limit: 100 }) : [];
    const pollOf = new Map(polls.map((p) => [p._id, p]));
    const items = [];
    for (const b of ballots) {
      const poll = pollOf.get(b.pollId);
      if (!poll || poll.kind === 'consultation') continue;
      const names = new Map((poll.candidates ?? []).map((c) => [c.id, c.name]));
      const shown = b.choice !== undefined ? { choice: b.choice } : { choices: (b.choices ?? []).map((c) => names.get(c) ?? c) };
      items.push({ pollId: poll._id, title: poll.title, kind: poll.kind, status: poll.status, units: b.units.map((u) => u.label), channel: b.channel, castAt: b.castAt, ref: refOf(b), ...shown });
    }
    return { items };
  },
});
