// volunteers.leaderboard: I choose whether my name and hours appear on the leaderboard (off
// until I say so).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { eventDoc } from '../events';
import { allowed } from '../../../src/domain/permissions';
import { volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const setLeaderboard = defineAction({
  name: 'volunteers.leaderboard',
  summary: volunteerSummaries['volunteers.leaderboard'],
  input: z.object({ show: z.boolean({ error: volunteerRefusals.showMissing }) }).strict(),
  roles: allowed('volunteers.leaderboard'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const _id = `vt:${caller.userId}`;
    await ctx.store.transaction(async (tx) => {
      const total = await tx.get<{ _id: string; minutes: number }>('volunteerTotals', _id);
      await tx.set('volunteerTotals', { _id, userId: caller.userId, name: caller.name, minutes: total?.minutes ?? 0, optIn: input.show });
      await tx.insert('events', eventDoc(ctx, 'volunteers.leaderboardChoice', caller.userId, { show: input.show }));
    });
    return { show: input.show };
  },
});
