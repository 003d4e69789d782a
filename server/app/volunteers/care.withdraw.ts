// care.withdraw: a care record is withdrawn (the person no longer consents, moved away, or it was
// entered by mistake): the record, its pairings and its visit notes are deleted, and an event
// keeps who withdrew it, when and why, with no personal data. Open to whoever registered it, the
// community, and the person themselves (a member of the recorded home under the recorded name);
// a paired volunteer or another leader gets 403, anyone who cannot see the record 404.
import { withdrawCareInput } from '../../../src/domain/schemas/volunteers';
import { defineAction, callerOf } from '../action';
import { canSeeCare } from '../../../src/domain/volunteers';
import type { Caller, Ctx } from '../context';
import { forbidden, notFound } from '../errors';
import { eventDoc } from '../events';
import type { MembershipDoc } from '../model';
import { careLeaderId, type CareDoc, type CareVisitDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

async function isThePerson(ctx: Ctx, caller: Caller, care: CareDoc): Promise<boolean> {
  if (!care.unitId || caller.name !== care.name) return false;
  return !!(await ctx.store.get<MembershipDoc>('memberships', `m:${caller.userId}:${care.unitId}`));
}

export const withdrawCare = defineAction({
  name: 'care.withdraw',
  summary: volunteerSummaries['care.withdraw'],
  input: withdrawCareInput,
  roles: allowed('care.withdraw'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const care = await ctx.store.get<CareDoc>('carePairs', input.careId);
    if (!care) throw notFound(volunteerFields.careRecipient);
    const as = care.createdBy === caller.userId ? 'registrant' : caller.roles.includes('community') ? 'community' : (await isThePerson(ctx, caller, care)) ? 'self' : null;
    if (!as) {
      if (canSeeCare(caller, care, await careLeaderId(ctx.store))) throw forbidden(volunteerRefusals.withdrawNotAllowed);
      throw notFound(volunteerFields.careRecipient);
    }
    // Visit notes first, a page at a time (a long pairing has many): if the function is cut off,
    // the record still exists and withdrawing again finishes the job; nothing is left orphaned.
    let visits = 0;
    for (;;) {
      const page = await ctx.store.find<CareVisitDoc>('careVisits', { where: { careId: care._id }, limit: 100 });
      if (page.length === 0) break;
      await Promise.all(page.map((v) => ctx.store.remove('careVisits', v._id)));
      visits += page.length;
    }
    await ctx.store.transaction(async (tx) => {
      for (const userId of care.volunteerIds) await tx.remove('careLinks', `cl:${care._id}:${userId}`);
      await tx.remove('carePairs', care._id);
      await tx.insert('events', eventDoc(ctx, 'care.withdrawn', care._id, { reason: input.reason, as, visits }));
    });
    return { withdrawn: true };
  },
});
