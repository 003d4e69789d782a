// compounds.about: the compound the call is in as its welcome screen shows it: its public facts
// (publicFacts.ts) and whether the caller already belongs there (holds a role or a flat), so a
// newcomer opening a share card or a QR code is led into the claim flow and a member straight home.
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { AppError } from '../errors';
import { rootOf } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { publicFactsOf } from './helpers/publicFacts';
import type { CompoundDoc } from './model';
import { tenancyRefusals, tenancySummaries } from '../../../src/copy/tenancy';

export const aboutCompound = defineAction({
  name: 'compounds.about',
  summary: tenancySummaries['compounds.about'],
  input: z.object({}).strict(),
  roles: allowed('compounds.about'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const compound = ctx.compoundId ? await rootOf(ctx.store).get<CompoundDoc>('compounds', ctx.compoundId) : null;
    if (!compound) throw new AppError('not_found', tenancyRefusals.compoundNotFound, 'compound');
    const [facts] = await publicFactsOf(rootOf(ctx.store), [compound]);
    const homes = await ctx.store.count('memberships', { userId: caller.userId });
    return { compound: { ...facts, hasCommittee: compound.hasCommittee }, member: caller.roles.length > 0 || homes > 0 };
  },
});
