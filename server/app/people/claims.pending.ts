// claims.pending: the committee's review queue, oldest first, with whether each matches the roster.
import { z } from 'zod';
import { defineAction } from '../action';
import { skip } from '../../../src/domain/fields';
import type { ClaimDoc, UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { peopleSummaries } from '../../../src/copy/people';

export const listPendingClaims = defineAction({
  name: 'claims.pending',
  summary: peopleSummaries['claims.pending'],
  input: z.object({ skip }).strict(),
  roles: allowed('claims.pending'),
  async run(ctx, input) {
    const claims = await ctx.store.find<ClaimDoc>('claims', { where: { status: 'pending' }, orderBy: [['at', 'asc']], limit: 50, skip: input.skip ?? 0 });
    const users = await Promise.all(claims.map((c) => ctx.store.get<UserDoc>('users', c.userId)));
    return {
      claims: claims.map((c, i) => ({
        id: c._id,
        unitLabel: c.unitLabel,
        name: c.name,
        phoneLast4: c.phoneLast4,
        matchesRoster: c.matchesRoster,
        userName: users[i]?.name ?? '',
        at: c.at,
      })),
    };
  },
});
