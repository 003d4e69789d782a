// audit.care: who read or withdrew care records (关怀记录), newest first, 50 a page. Care records are
// the most sensitive data the app keeps; every read is logged where it happens
// (server/app/volunteers/helpers/careAccess.ts) and this is where it is seen. For the community only: the
// committee may not even learn that a record exists (test/app/care.test.ts proves it blind), and
// this log names records and who visits them.
import { z } from 'zod';
import { defineAction } from '../action';
import { skip } from '../../../src/domain/fields';
import type { EventDoc } from '../events';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { volunteerServerText, volunteerSummaries } from '../../../src/copy/volunteers';

const PAGE = 50;
const WHAT: Record<string, string> = volunteerServerText.careAuditActions;

export const careAudit = defineAction({
  name: 'audit.care',
  summary: volunteerSummaries['audit.care'],
  input: z.object({ skip }).strict(),
  roles: allowed('audit.care'),
  async run(ctx, input) {
    const offset = input.skip ?? 0;
    const found = await ctx.store.find<EventDoc>('events', { where: { type: { $in: Object.keys(WHAT) } }, orderBy: [['at', 'desc']], limit: PAGE + 1, skip: offset });
    const page = found.slice(0, PAGE);
    const ids = [...new Set(page.map((e) => e.actorId))];
    const users = ids.length ? await ctx.store.find<UserDoc>('users', { where: { _id: { $in: ids } }, limit: 100 }) : [];
    const names = new Map(users.map((u) => [u._id, u.name]));
    return {
      items: page.map((e) => ({ at: e.at, who: names.get(e.actorId) ?? volunteerServerText.accountGone, what: WHAT[e.type], record: e.subject, via: String((e.data as { via?: string }).via ?? '') })),
      hasMore: found.length > PAGE,
      nextSkip: offset + page.length,
    };
  },
});
