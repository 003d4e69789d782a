// claims.submit: a signed-in person claims a unit with their name and phone's last four digits.
// Refuses an unknown unit, and a second claim while one is pending or approved for that unit.
import { submitClaimInput } from '../../../src/domain/schemas/people';
import { defineAction, callerOf } from '../action';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import type { ClaimDoc, HolderDoc, UnitDoc } from '../model';
import { StoreError } from '../../store/port';
import { isLive, liveRosterVersion } from './helpers/rosterVersion';
import { allowed } from '../../../src/domain/permissions';
import { peopleFields, peopleRefusals, peopleSummaries } from '../../../src/copy/people';

export const submitClaim = defineAction({
  name: 'claims.submit',
  summary: peopleSummaries['claims.submit'],
  input: submitClaimInput,
  roles: allowed('claims.submit'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const unit = await ctx.store.get<UnitDoc>('units', input.unitId);
    // A unit an import is still staging is not in the roster yet (rosterVersion.ts).
    if (!unit || (unit.rosterVersion && !isLive(unit, await liveRosterVersion(ctx)))) throw notFound(peopleFields.unit);
    const holder = await ctx.store.get<HolderDoc>('holders', unit.holderId);
    const claimId = `claim:${caller.userId}:${unit._id}`;
    const claim: ClaimDoc = {
      _id: claimId,
      userId: caller.userId,
      unitId: unit._id,
      unitLabel: unit.label,
      name: input.name,
      phoneLast4: input.phoneLast4,
      status: 'pending',
      matchesRoster: !!holder && holder.name === input.name && !!holder.phone && holder.phone.endsWith(input.phoneLast4),
      at: ctx.clock.now().toISOString(),
    };
    try {
      await ctx.store.transaction(async (tx) => {
        const existing = await tx.get<ClaimDoc>('claims', claimId);
        if (existing && existing.status !== 'rejected') {
          throw conflict(existing.status === 'pending' ? peopleRefusals.claimUnderReview : peopleRefusals.alreadyVerified, { status: existing.status });
        }
        await tx.set('claims', claim);
        await tx.insert('events', eventDoc(ctx, 'claim.submitted', claimId, { unitId: unit._id }));
      });
    } catch (error) {
      if (error instanceof StoreError && error.code === 'duplicate') throw conflict(peopleRefusals.claimUnderReview);
      throw error;
    }
    return { claim: { id: claim._id, unitId: claim.unitId, unitLabel: claim.unitLabel, status: claim.status, at: claim.at } };
  },
});
