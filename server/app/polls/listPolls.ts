// polls.list: polls newest first, 20 a page, optionally by status. Drafts only for the committee.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { skip } from '../../../src/domain/fields';
import type { Where } from '../../store/port';
import { forbidden } from '../errors';
import type { PollDoc } from './model';
import { pollView } from './views';
import { allowed } from '../../../src/domain/permissions';

const PAGE = 20;

export const listPolls = defineAction({
  name: 'polls.list',
  summary: '表决列表(最新在前,每页 20 条);草稿只有业委会能看',
  input: z.object({ status: z.enum(['draft', 'open', 'closed', 'published'], { error: '状态不对' }).optional(), skip }).strict(),
  roles: allowed('polls.list'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const committee = caller.roles.includes('committee');
    if (input.status === 'draft' && !committee) throw forbidden('只有业委会能看草稿');
    const where: Where = input.status ? { status: input.status } : committee ? {} : { status: { $in: ['opening', 'open', 'closing', 'closed', 'published'] } };
    const offset = input.skip ?? 0;
    const found = await ctx.store.find<PollDoc>('polls', { where, orderBy: [['createdAt', 'desc']], limit: PAGE + 1, skip: offset });
    const page = found.slice(0, PAGE);
    return { items: page.map(pollView), hasMore: found.length > PAGE, nextSkip: offset + page.length };
  },
});
