// content.held: the texts WeChat's check refused that wait for a person (待人工复核的文字), oldest
// first, 50 a page: the refused text itself, what it is, who wrote it and the kind WeChat flagged.
// The committee and the community; care records are held for the community alone.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { skip } from '../../../src/domain/fields';
import { heldWhat, HELD_STATUS_TEXT } from '../../../src/domain/contentReview';
import type { HeldTextDoc } from '../../content/held';
import type { Where } from '../../store/port';
import { allowed } from '../../../src/domain/permissions';
import { governanceSummaries } from '../../../src/copy/governance';

const PAGE = 50;

export const listHeldTexts = defineAction({
  name: 'content.held',
  summary: governanceSummaries['content.held'],
  input: z.object({ skip }).strict(),
  roles: allowed('content.held'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const offset = input.skip ?? 0;
    const where: Where = { status: { $in: ['pending', 'publishing'] } };
    // Without the community role, only what the committee may read (never care records).
    if (!caller.roles.includes('community')) where.reviewers = { $has: 'committee' };
    const found = await ctx.store.find<HeldTextDoc>('heldTexts', { where, orderBy: [['at', 'asc']], limit: PAGE + 1, skip: offset });
    const page = found.slice(0, PAGE);
    return {
      items: page.map((d) => ({
        id: d._id,
        at: d.at,
        what: heldWhat(d.action),
        author: d.authorName,
        text: d.text,
        kind: d.kind,
        status: d.status,
        statusText: HELD_STATUS_TEXT[d.status],
        lastError: d.lastError ?? null,
      })),
      hasMore: found.length > PAGE,
      nextSkip: offset + page.length,
    };
  },
});
