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

export const createTeam = defineAction({
  name: 'volunteers.team.create',
  summary: '成立服务队(社区或业委会):名称、介绍、队长',
  input: z
    .object({
      name: text('队名', { max: 20 }),
      description: optionalText('服务队介绍', 200),
      leaderId: id('队长').optional(),
    })
    .strict(),
  roles: allowed('volunteers.team.create'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const leaderId = input.leaderId ?? caller.userId;
    if (!(await ctx.store.get('users', leaderId))) throw notFound('队长');
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
