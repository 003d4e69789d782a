// volunteers.team.create: the community or the committee sets up a team and names its leader
// (themselves unless someone else is given). Refuses a leader who is not a registered user.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText, text } from '../../../src/domain/fields';
import { notFound } from '../errors';
import { eventDoc } from '../events';
import type { TeamDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';
import { volunteerFields, volunteerSummaries } from '../../../src/copy/volunteers';

export const createTeam = defineAction({
  name: 'volunteers.team.create',
  summary: volunteerSummaries['volunteers.team.create'],
  input: z
    .object({
      name: text(volunteerFields.teamName, { max: 20 }),
      description: optionalText(volunteerFields.teamIntro, 200),
      leaderId: id(volunteerFields.leader).optional(),
    })
    .strict(),
  roles: allowed('volunteers.team.create'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const leaderId = input.leaderId ?? caller.userId;
    if (!(await ctx.store.get('users', leaderId))) throw notFound(volunteerFields.leader);
    const now = ctx.clock.now();
    const team: TeamDoc = {
      _id: newId('team', now, { randomLength: 4 }),
      name: input.name,
      kind: 'other',
      description: input.description ?? '',
      leaderId,
      order: now.getTime(),
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('teams', team);
      await tx.insert('events', eventDoc(ctx, 'team.created', team._id, { name: team.name, leaderId }));
    });
    return { team: { id: team._id, name: team.name } };
  },
});
