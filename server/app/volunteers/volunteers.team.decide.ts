// volunteers.team.decide: the team leader (or the community / committee) approves or declines a
// join request. Refuses anyone else, and a request that is no longer open (409 with its state).
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { memberId } from '../../../src/domain/volunteers';
import { conflict, forbidden, notFound } from '../errors';
import { eventDoc } from '../events';
import { leads, loadTeam, type TeamMemberDoc } from './model';
import { teamId } from './helpers/inputs';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const decideMember = defineAction({
  name: 'volunteers.team.decide',
  summary: volunteerSummaries['volunteers.team.decide'],
  input: z.object({ teamId, userId: id(volunteerFields.applicant), decision: z.enum(['approve', 'decline'], { error: volunteerRefusals.decisionMissing }) }).strict(),
  roles: allowed('volunteers.team.decide'),
  async run(ctx, input) {
    const team = await loadTeam(ctx.store, input.teamId);
    if (!leads(ctx, team)) throw forbidden(volunteerRefusals.leaderDecidesOnly);
    const _id = memberId(team._id, input.userId);
    const request = await ctx.store.get<TeamMemberDoc>('teamMembers', _id);
    if (!request) throw notFound(volunteerFields.joinRequest);
    const status = input.decision === 'approve' ? 'member' : 'declined';
    const at = ctx.clock.now().toISOString();
    const done = await ctx.store.updateIf<TeamMemberDoc>('teamMembers', _id, { status: 'pending' }, { status, decidedBy: ctx.caller!.userId, decidedAt: at });
    if (!done) throw conflict(request.status === 'member' ? volunteerRefusals.alreadyMember : volunteerRefusals.requestHandled, { status: request.status });
    await ctx.store.insert('events', eventDoc(ctx, `team.${input.decision}d`, team._id, { userId: input.userId }));
    return { status };
  },
});
