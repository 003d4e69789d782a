// volunteers.stats: hours per team and per month (the last six months), and the leaderboard of
// those who chose to appear on it; everyone else is counted but never named.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { hoursText, lastMonths } from '../../../src/domain/volunteers';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

interface TeamMonth {
  _id: string;
  teamId: string;
  teamName: string;
  month: string;
  minutes: number;
  attendances: number;
  [key: string]: unknown;
}

export const volunteerStats = defineAction({
  name: 'volunteers.stats',
  summary: volunteerSummaries['volunteers.stats'],
  input: z.object({}).strict(),
  roles: allowed('volunteers.stats'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const months = lastMonths(ctx.clock.now(), 6);
    const rows = await ctx.store.find<TeamMonth>('teamMonths', { where: { month: { $in: months } }, limit: 100 });
    const teams = [...new Map(rows.map((r) => [r.teamId, r.teamName])).entries()].map(([teamId, teamName]) => {
      const cells = months.map((m) => rows.find((r) => r.teamId === teamId && r.month === m)?.minutes ?? 0);
      const total = cells.reduce((a, b) => a + b, 0);
      return { teamId, teamName, months: cells.map((c) => hoursText(c)), total: hoursText(total) };
    });
    const board = await ctx.store.find<{ _id: string; name: string; minutes: number; userId: string }>('volunteerTotals', { where: { optIn: true }, orderBy: [['minutes', 'desc']], limit: 10 });
    const mine = await ctx.store.get<{ _id: string; optIn: boolean }>('volunteerTotals', `vt:${caller.userId}`);
    return {
      months,
      teams,
      leaderboard: board.filter((b) => b.minutes > 0).map((b, i) => ({ rank: i + 1, name: b.name, hours: hoursText(b.minutes), me: b.userId === caller.userId })),
      myOptIn: mine?.optIn ?? false,
    };
  },
});
