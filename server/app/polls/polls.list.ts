// polls.list: polls newest first, 20 a page, optionally by status. Drafts only for the committee.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { skip } from '../../../src/domain/fields';
import type { Where } from '../../store/port';
import { forbidden } from '../errors';
import type { PollDoc } from './model';
import { pollView } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { pollRefusals, pollSummaries } from '../../../src/copy/polls';

const PAGE = 20;

export const listPolls = defineAction({
  name: 'polls.list',
  summary: pollSummaries['polls.list'],
  input: z.object({ status: z.enum(['draft', 'open', 'closed', 'published'], { error: pollRefusals.statusUnknown }).optional(), skip }).strict(),
  roles: allowed('polls.list'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const committee = caller.roles.includes('committee');
    if (input.status === 'draft' && !committee) throw forbidden(pollRefusals.draftsCommitteeOnly);
    const where: Where = input.status ? { status: input.status } : committee ? {} : { status: { $in: ['opening', 'open', 'closing', 'closed', 'published'] } };
    const offset = input.skip ?? 0;
    const found = await ctx.store.find<PollDoc>('polls', { where, orderBy: [['createdAt', 'desc']], limit: PAGE + 1, skip: offset });
    const page = found.slice(0, PAGE);
    return { items: page.map(pollView), hasMore: found.length > PAGE, nextSkip: offset + page.length };
  },
});
