// groups.items: 本群, the items shared into a group the caller opened the app from, most recently
// opened first. Refuses a group the caller has not entered from a card (403).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { forbidden } from '../errors';
import { PAGES_FOR } from './helpers/pages';
import { visitId, type GroupShareDoc } from './groups.enter';
import { allowed } from '../../../src/domain/permissions';
import { PAGES, messagePage } from '../../../src/routes';
import { notifyRefusals, notifySummaries } from '../../../src/copy/notify';

const ACTIVITY_PAGE = (id: string) => messagePage(PAGES.volunteerActivity, { id });

export const groupItems = defineAction({
  name: 'groups.items',
  summary: notifySummaries['groups.items'],
  input: z.object({ group: z.string({ error: notifyRefusals.groupNotText }).regex(/^g[0-9a-f]{24}$/, notifyRefusals.groupIdMalformed) }).strict(),
  roles: allowed('groups.items'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    if (!(await ctx.store.get('groupVisits', visitId(input.group, caller.userId)))) throw forbidden(notifyRefusals.openFromGroupFirst);
    const shares = await ctx.store.find<GroupShareDoc>('groupShares', { where: { opengid: input.group }, orderBy: [['lastAt', 'desc']], limit: 50 });
    return {
      items: shares.map((s) => ({
        kind: s.kind,
        id: s.itemId,
        title: s.title,
        lastAt: s.lastAt,
        opens: s.opens,
        page: `/${s.kind === 'issue' ? PAGES_FOR.issueDetail(s.itemId) : s.kind === 'poll' ? PAGES_FOR.pollDetail(s.itemId) : s.kind === 'results' ? PAGES_FOR.pollResults(s.itemId) : ACTIVITY_PAGE(s.itemId)}`,
      })),
    };
  },
});
