// polls.myBallots: the caller's own ballots in the recent decisions and elections, with the
// receipt code (online) or paper serial each is listed under in the public record, so an owner can
// find theirs after publication (我的 → 核对我的选票). Only ballots the caller cast, or that were
// cast for their own flats; a proxy's ballot shows the choice only to whoever cast it.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { isBallot, type BallotDoc, type PollDoc } from './model';
import { refOf } from './receipt';
import { seatChoices, seatFor } from './voters';
import { AppError } from '../errors';
import { allowed } from '../../../src/domain/permissions';

const RECENT = 10;

export const myBallots = defineAction({
  name: 'polls.myBallots',
  summary: '我的选票:最近表决和选举中我投的票、回执码(或纸质票编号),公示后可在计票明细中核对',
  input: z.object({}).strict(),
  roles: allowed('polls.myBallots'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const polls = await ctx.store.find<PollDoc>('polls', { where: { status: { $in: ['open', 'closed', 'published'] } }, orderBy: [['createdAt', 'desc']], limit: RECENT });
    const items = [];
    for (const poll of polls) {
      if (poll.kind === 'consultation' || !poll.roster) continue;
      const names = new Map((poll.candidates ?? []).map((c) => [c.id, c.name]));
      const choices = await seatChoices(ctx, caller, poll);
      for (const unitId of choices.length ? choices.map((c) => c.unitId) : [undefined]) {
        let seat;
        try {
          seat = await seatFor(ctx, caller, poll, unitId);
        } catch (error) {
          if (error instanceof AppError) continue; // not a voter in this poll
          throw error;
        }
        const b = await ctx.store.get<BallotDoc>('ballots', seat.ballotId);
        if (!isBallot(b)) continue;
        const shown = seat.proxy && b.castBy !== caller.userId ? {} : b.choice !== undefined ? { choice: b.choice } : { choices: (b.choices ?? []).map((c) => names.get(c) ?? c) };
        items.push({ pollId: poll._id, title: poll.title, kind: poll.kind, status: poll.status, units: b.units.map((u) => u.label), channel: b.channel, castAt: b.castAt, ref: refOf(b), ...shown });
      }
    }
    return { items };
  },
});
