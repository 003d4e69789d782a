// issues.similar: open issues of the same category at the same place from the last 30 days, so
// the reporter can second one ("我也遇到") instead of filing it again.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { DUPLICATE_WINDOW_DAYS, OPEN_STATUSES, STATUS_LABELS } from '../../../src/domain/issues';
import { category, place } from './helpers/inputs';
import { canSee, type IssueDoc } from './model';
import { resolvePlace } from './helpers/places';
import { allowed } from '../../../src/domain/permissions';
import { issueSummaries } from '../../../src/copy/issues';

export const findSimilar = defineAction({
  name: 'issues.similar',
  summary: issueSummaries['issues.similar'],
  input: z.object({ category, place }).strict(),
  roles: allowed('issues.similar'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const { placeKey } = await resolvePlace(ctx, input.place);
    const since = new Date(ctx.clock.now().getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000).toISOString();
    const found = await ctx.store.find<IssueDoc>('issues', {
      where: { category: input.category, placeKey, createdAt: { $gte: since }, status: { $in: OPEN_STATUSES } },
      orderBy: [['createdAt', 'desc']],
      limit: 5,
    });
    const visible = found.filter((i) => canSee(i, caller));
    const seconded = await Promise.all(visible.map((i) => ctx.store.get('seconds', `second:${i._id}:${caller.userId}`)));
    return {
      issues: visible.map((i, k) => ({
        id: i._id,
        description: i.description.slice(0, 80),
        status: i.status,
        statusLabel: STATUS_LABELS[i.status],
        seconds: i.seconds,
        createdAt: i.createdAt,
        mine: i.reporterId === caller.userId || i.createdBy === caller.userId,
        secondedByMe: !!seconded[k],
      })),
    };
  },
});
