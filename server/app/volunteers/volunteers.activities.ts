// volunteers.activities: coming activities (all teams, or one), soonest first, with places left.
import { z } from 'zod';
import { defineAction } from '../action';
import type { Where } from '../../store/port';
import type { ActivityDoc } from './model';
import { teamId } from './helpers/inputs';
import { activityView } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

export const listActivities = defineAction({
  name: 'volunteers.activities',
  summary: volunteerSummaries['volunteers.activities'],
  input: z.object({ teamId: teamId.optional() }).strict(),
  roles: allowed('volunteers.activities'),
  async run(ctx, input) {
    // Still listed while it runs: people check in during it.
    const since = new Date(ctx.clock.now().getTime() - 3 * 3_600_000).toISOString();
    const where: Where = { startAt: { $gte: since } };
    if (input.teamId) where.teamId = input.teamId;
    const found = await ctx.store.find<ActivityDoc>('activities', { where, orderBy: [['startAt', 'asc']], limit: 20 });
    return { items: await Promise.all(found.map((a) => activityView(ctx, a))) };
  },
});
