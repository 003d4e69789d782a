// roles.grant: the admin grants or withdraws one role. Refuses withdrawing the last admin's own
// admin role (the compound would be left without anyone able to grant roles).
import { grantRoleInput } from '../../../src/domain/schemas/people';
import { defineAction, callerOf } from '../action';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import { forgetVoter } from '../polls/helpers/voterRegistry';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { peopleFields, peopleRefusals, peopleSummaries } from '../../../src/copy/people';

export const grantRole = defineAction({
  name: 'roles.grant',
  summary: peopleSummaries['roles.grant'],
  input: grantRoleInput,
  roles: allowed('roles.grant'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    if (!input.grant && input.role === 'admin' && input.userId === caller.userId) {
      throw conflict(peopleRefusals.cannotRevokeOwnAdmin);
    }
    // Withdrawing the owner role: their fast-path registry documents go first, so a call cut off
    // after this step leaves them on the slow path (which reads the role), never with a registry
    // document the role no longer backs (polls/voterRegistry.ts).
    const revokingOwner = input.role === 'owner' && !input.grant;
    if (revokingOwner) await forgetVoter(ctx, input.userId);
    const user = await ctx.store.transaction(async (tx) => {
      const current = await tx.get<UserDoc>('users', input.userId);
      if (!current) throw notFound(peopleFields.user);
      const has = current.roles.includes(input.role);
      if (has === input.grant) return current; // already so: nothing to record
      const roles = input.grant ? [...current.roles, input.role] : current.roles.filter((r) => r !== input.role);
      await tx.update('users', current._id, { roles });
      await tx.insert('events', eventDoc(ctx, input.grant ? 'role.granted' : 'role.revoked', current._id, { role: input.role }));
      return { ...current, roles };
    });
    // Whom they may vote for in a running poll is decided afresh from now on; once more after the
    // role changed, for a poll whose opening registered them between the two steps.
    if (input.role === 'owner') await forgetVoter(ctx, input.userId);
    return { user: { id: user._id, name: user.name, roles: user.roles } };
  },
});
