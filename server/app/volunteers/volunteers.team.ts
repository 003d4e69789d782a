// volunteers.team: a team's description, leader, members and coming activities; its leader (or
// the community / committee) also sees who asked to join.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { careTeamId, leads, loadTeam, userName, type ActivityDoc, type TeamMemberDoc } from './model';
import { teamId } from './helpers/inputs';
import { activityView } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';
import { invalid } from '../errors';

export const getTeam = defineAction({
  name: 'volunteers.team',
  summary: volunteerSummaries['volunteers.team'],
  // `care: true` names the compound's care team (小区设置 chooses it), for the care screens that pair with it.
  input: z.object({ teamId: teamId.optional(), care: z.literal(true).optional() }).strict(),
  roles: allowed('volunteers.team'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const wanted = input.care ? await careTeamId(ctx.store) : input.teamId;
    if (!wanted) throw invalid('teamId', volunteerRefusals.teamMissing);
    const team = await loadTeam(ctx.store, wanted);
    const manage = leads(ctx, team);
    const members = await ctx.store.find<TeamMemberDoc>('teamMembers', { where: { teamId: team._id, status: 'member' }, orderBy: [['at', 'asc']], limit: 100 });
    const pending = manage ? await ctx.store.find<TeamMemberDoc>('teamMembers', { where: { teamId: team._id, status: 'pending' }, orderBy: [['at', 'asc']], limit: 100 }) : [];
    const mine = await ctx.store.get<TeamMemberDoc>('teamMembers', `tm:${team._id}:${caller.userId}`);
    const now = ctx.clock.now().toISOString();
    const coming = await ctx.store.find<ActivityDoc>('activities', { where: { teamId: team._id, startAt: { $gte: now } }, orderBy: [['startAt', 'asc']], limit: 10 });
    return {
      team: { id: team._id, name: team.name, kind: team.kind, description: team.description, leaderName: await userName(ctx.store, team.leaderId) },
      myStatus: team.leaderId === caller.userId ? ('leader' as const) : (mine?.status ?? null),
      canManage: manage,
      members: members.map((m) => ({ userId: m.userId, name: m.name, since: m.decidedAt ?? m.at })),
      pending: pending.map((m) => ({ userId: m.userId, name: m.name, note: m.note, at: m.at })),
      activities: await Promise.all(coming.map((a) => activityView(ctx, a))),
    };
  },
});
