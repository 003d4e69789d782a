// issues.feed: the public list of issues (staff also see private ones), filtered by status,
// category and building, newest / most seconded / priority first, 20 a page; or "my reports".
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { ISSUE_STATUSES, OPEN_STATUSES } from '../../../src/domain/issues';
import { id, skip } from '../../../src/domain/fields';
import type { FindOptions, Where } from '../../store/port';
import { category } from './helpers/inputs';
import { isStaffSide, type IssueDoc } from './model';
import { summaries } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { issueFields, issueRefusals, issueSummaries } from '../../../src/copy/issues';

export const PAGE = 20;

export const feed = defineAction({
  name: 'issues.feed',
  summary: issueSummaries['issues.feed'],
  input: z
    .object({
      status: z.enum(['open', 'finished', ...ISSUE_STATUSES], { error: issueRefusals.statusUnknown }).optional(),
      category: category.optional(),
      buildingId: id(issueFields.building).optional(),
      sort: z.enum(['newest', 'seconds', 'priority'], { error: issueRefusals.sortUnknown }).default('newest'),
      mine: z.boolean().optional(),
      skip,
    })
    .strict(),
  roles: allowed('issues.feed'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const where: Where = {};
    if (input.mine) where.reporterId = caller.userId;
    else if (!isStaffSide(caller)) where.visibility = 'public';
    if (input.status === 'open') where.status = { $in: OPEN_STATUSES };
    else if (input.status === 'finished') where.status = { $in: ['closed', 'rejected'] };
    else if (input.status) where.status = input.status;
    if (input.category) where.category = input.category;
    if (input.buildingId) where.buildingId = input.buildingId;
    const orderBy: FindOptions['orderBy'] =
      input.sort === 'seconds' ? [['seconds', 'desc'], ['createdAt', 'desc']] : input.sort === 'priority' ? [['priorityKey', 'desc']] : [['createdAt', 'desc']];
    const offset = input.skip ?? 0;
    const found = await ctx.store.find<IssueDoc>('issues', { where, orderBy, limit: PAGE + 1, skip: offset });
    const page = found.slice(0, PAGE);
    return { items: await summaries(ctx, page), hasMore: found.length > PAGE, nextSkip: offset + page.length };
  },
});
