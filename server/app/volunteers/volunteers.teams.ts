// volunteers.teams: every team with its leader, how many members it has, and where I stand.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import type { TeamDoc, TeamMemberDoc } from './model';
import { userName } from './model';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

export const listTeams = defineAction({
  name: 'volunteers.teams',
  summary: volunteerSummaries['volunteers.teams'],
  input: z.object({}).strict(),
  roles: allowed('volunteers.teams'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const teams = await ctx.store.find<TeamDoc>('teams', { orderBy: [['order', 'asc']], limit: 50 });
    const mine = await ctx.store.find<TeamMemberDoc>('teamMembers', { where: { userId: caller.userId }, limit: 100 });
    const items = await Promise.all(
      teams.map(async (t) => ({
        id: t._id,
        name: t.name,
        kind: t.kind,
        description: t.description,
        leaderName: await userName(ctx.store, t.leaderId),
        members: await ctx.store.count('teamMembers', { teamId: t._id, status: 'member' }),
        myStatus: t.leaderId === caller.userId ? ('leader' as const) : (mine.find((m) => m.teamId === t._id)?.status ?? null),
      })),
    );
    return { items };
  },
});
