// volunteers.team.join: asks to join a team with an optional word to the leader. Asking again
// while a request is open changes nothing; after a decline one may ask again.
import { joinTeamInput } from '../../../src/domain/schemas/volunteers';
import { defineAction, callerOf } from '../action';
import { memberId } from '../../../src/domain/volunteers';
import { StoreError } from '../../store/port';
import { eventDoc } from '../events';
import { loadTeam, type TeamMemberDoc } from './model';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

export const joinTeam = defineAction({
  name: 'volunteers.team.join',
  summary: volunteerSummaries['volunteers.team.join'],
  input: joinTeamInput,
  roles: allowed('volunteers.team.join'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const team = await loadTeam(ctx.store, input.teamId);
    if (team.leaderId === caller.userId) return { status: 'member' as const };
    await requireClean(ctx, caller, [['note', input.note]]);
    const _id = memberId(team._id, caller.userId);
    const at = ctx.clock.now().toISOString();
    const existing = await ctx.store.get<TeamMemberDoc>('teamMembers', _id);
    if (existing && existing.status !== 'declined') return { status: existing.status };
    const doc: TeamMemberDoc = { _id, teamId: team._id, userId: caller.userId, name: caller.name, status: 'pending', note: input.note ?? '', at };
    if (existing) {
      await ctx.store.updateIf('teamMembers', _id, { status: 'declined' }, { status: 'pending', note: doc.note, at });
    } else {
      try {
        await ctx.store.insert('teamMembers', doc);
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      }
    }
    await ctx.store.insert('events', eventDoc(ctx, 'team.joinRequested', team._id, { userId: caller.userId }));
    return { status: ((await ctx.store.get<TeamMemberDoc>('teamMembers', _id))?.status ?? 'pending') as TeamMemberDoc['status'] };
  },
});
