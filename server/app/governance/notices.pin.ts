// notices.pin: a party pins a notice to the top of the list (or unpins it).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { notFound } from '../errors';
import { eventDoc } from '../events';
import { requireParty } from './model';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const pinNotice = defineAction({
  name: 'notices.pin',
  summary: governanceSummaries['notices.pin'],
  input: z.object({ noticeId: id(governanceFields.notice), pinned: z.boolean({ error: governanceRefusals.pinMissing }) }).strict(),
  roles: allowed('notices.pin'),
  async run(ctx, input) {
    requireParty(callerOf(ctx));
    const ok = await ctx.store.update('notices', input.noticeId, { pinned: input.pinned });
    if (!ok) throw notFound(governanceFields.notice);
    await ctx.store.insert('events', eventDoc(ctx, input.pinned ? 'notice.pinned' : 'notice.unpinned', input.noticeId));
    return { pinned: input.pinned };
  },
});
