// notices.get: one notice, in full. The first time a person opens it counts as a read (read
// counts are distinct readers: a deterministic read id, inserted once).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { notFound } from '../errors';
import { StoreError } from '../../store/port';
import { isParty, type NoticeDoc } from './model';
import { noticeView } from './notices.list';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceSummaries } from '../../../src/copy/governance';

export const getNotice = defineAction({
  name: 'notices.get',
  summary: governanceSummaries['notices.get'],
  input: z.object({ noticeId: id(governanceFields.notice) }).strict(),
  roles: allowed('notices.get'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const notice = await ctx.store.get<NoticeDoc>('notices', input.noticeId);
    if (!notice) throw notFound(governanceFields.notice);
    let reads = notice.reads;
    try {
      await ctx.store.insert('noticeReads', { _id: `noticeRead:${notice._id}:${caller.userId}`, noticeId: notice._id, userId: caller.userId, at: ctx.clock.now().toISOString() });
      await ctx.store.increment('notices', notice._id, { reads: 1 });
      reads += 1;
    } catch (e) {
      if (!(e instanceof StoreError && e.code === 'duplicate')) throw e;
    }
    return { notice: { ...noticeView({ ...notice, reads }), body: notice.body }, canPin: isParty(caller) };
  },
});
