// claims.review: a committee member approves (linking the user to the unit and granting the
// owner role) or rejects with a reason (its schema asks for one). Refuses a claim that is no
// longer pending (409).
import { reviewClaimInput } from '../../../src/domain/schemas/people';
import { defineAction, callerOf } from '../action';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import { forgetVoter } from '../polls/helpers/voterRegistry';
import type { ClaimDoc, HolderDoc, MembershipDoc, UnitDoc, UserDoc } from '../model';
import { lastFour, maskPhone } from '../../../src/domain/phone';
import { allowed } from '../../../src/domain/permissions';
import { PAGES, messagePage } from '../../../src/routes';
import { peopleFields, peopleRefusals, peopleServerText, peopleSummaries } from '../../../src/copy/people';

export const reviewClaim = defineAction({
  name: 'claims.review',
  summary: peopleSummaries['claims.review'],
  input: reviewClaimInput,
  roles: allowed('claims.review'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now().toISOString();
    const result = await ctx.store.transaction(async (tx) => {
      const claim = await tx.get<ClaimDoc>('claims', input.claimId);
      if (!claim) throw notFound(peopleFields.ownerClaim);
      if (claim.status !== 'pending') throw conflict(peopleRefusals.claimAlreadyReviewed, { status: claim.status });
      const reviewed: ClaimDoc = {
        ...claim,
        status: input.approve ? 'approved' : 'rejected',
        ...(input.approve ? {} : { reason: input.reason }),
        reviewedBy: caller.userId,
        reviewedAt: now,
      };
      await tx.set('claims', reviewed);
      if (input.approve) {
        const unit = await tx.get<UnitDoc>('units', claim.unitId);
        if (!unit) throw notFound(peopleFields.unit);
        const membership: MembershipDoc = { _id: `m:${claim.userId}:${unit._id}`, userId: claim.userId, unitId: unit._id, holderId: unit.holderId, since: now };
        await tx.set('memberships', membership);
        const user = await tx.get<UserDoc>('users', claim.userId);
        // The roster's name becomes the display name (unless they chose a nickname), so role
        // grants and proxy lookups show real names instead of rows of "微信用户".
        const holder = await tx.get<HolderDoc>('holders', unit.holderId);
        const rosterName = holder?.kind === 'person' && !user?.nickname ? holder.name : null;
        // The roster phone's tail and masked form: the committee finds a proxy by it (users.list); never the whole number.
        const tail = !user?.phone && holder?.phone ? lastFour(holder.phone) : null;
        const phoneFacts = tail && user?.phoneTail !== tail ? { phoneTail: tail, phoneMasked: maskPhone(holder!.phone) } : {};
        if (user && (!user.roles.includes('owner') || (rosterName && user.name !== rosterName) || 'phoneTail' in phoneFacts)) {
          await tx.update('users', user._id, { roles: user.roles.includes('owner') ? user.roles : [...user.roles, 'owner'], ...(rosterName ? { name: rosterName } : {}), ...phoneFacts });
        }
      }
      await tx.insert('events', eventDoc(ctx, input.approve ? 'claim.approved' : 'claim.rejected', claim._id, { userId: claim.userId, unitId: claim.unitId, ...(input.reason ? { reason: input.reason } : {}) }));
      return reviewed;
    });
    // A new membership may add a seat in a running poll: decided afresh from now on.
    if (input.approve) await forgetVoter(ctx, result.userId);
    await ctx.notifier.send({
      kind: 'claim.reviewed',
      toUserId: result.userId,
      dedupeKey: `claim.reviewed:${result._id}:${now}`,
      fields: { unit: result.unitLabel, result: input.approve ? peopleServerText.approved : peopleServerText.rejected, note: input.reason ?? '' },
      page: messagePage(PAGES.me),
    });
    return { claim: { id: result._id, status: result.status, ...(result.reason ? { reason: result.reason } : {}) } };
  },
});
