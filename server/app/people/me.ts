// me: the caller's own profile, units and claims. Only place a phone number is shown unmasked.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import type { ClaimDoc, MembershipDoc, UnitDoc, UserDoc, BuildingDoc } from '../model';
import { unitView } from '../compound/helpers/views';
import { rootOf } from '../../store/scoped';
import type { CompoundDoc } from '../tenancy/model';
import { allowed } from '../../../src/domain/permissions';
import { peopleSummaries } from '../../../src/copy/people';

export const me = defineAction({
  name: 'me',
  summary: peopleSummaries.me,
  input: z.object({}).strict(),
  roles: allowed('me'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const [compound, user, memberships, claims] = await Promise.all([
      ctx.compoundId ? rootOf(ctx.store).get<CompoundDoc>('compounds', ctx.compoundId) : null,
      ctx.store.get<UserDoc>('users', caller.userId),
      ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 100 }),
      ctx.store.find<ClaimDoc>('claims', { where: { userId: caller.userId }, orderBy: [['at', 'desc']], limit: 20 }),
    ]);
    const units = await Promise.all(
      memberships.map(async (m) => {
        const unit = await ctx.store.get<UnitDoc>('units', m.unitId);
        const building = unit ? await ctx.store.get<BuildingDoc>('buildings', unit.buildingId) : null;
        return unit && building ? { unitId: unit._id, ...unitView(unit, building) } : null;
      }),
    );
    return {
      user: { id: caller.userId, name: caller.name, roles: caller.roles, phone: user?.phone ?? null },
      /** The compound this answer is about (我的小区 switches it). */
      compound: compound ? { id: compound._id, name: compound.name } : null,
      units: units.filter((u): u is NonNullable<typeof u> => u !== null),
      claims: claims.map((c) => ({
        id: c._id,
        unitId: c.unitId,
        unitLabel: c.unitLabel,
        status: c.status,
        ...(c.reason ? { reason: c.reason } : {}),
        at: c.at,
      })),
    };
  },
});
