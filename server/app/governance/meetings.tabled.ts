// meetings.tabled: the issues tabled for the three-party meeting (提交三方议定) and not yet on a
// held meeting's decisions: what the next agenda is built from. Public ones only: a private issue
// tabled before that was refused stays in its circle.
import { z } from 'zod';
import { defineAction } from '../action';
import type { Ctx } from '../context';
import type { IssueDoc } from '../issues/model';
import { allowed } from '../../../src/domain/permissions';
import { governanceSummaries } from '../../../src/copy/governance';

export async function tabledIssues(ctx: Ctx): Promise<IssueDoc[]> {
  // A compound tables a handful at a time; one page covers them.
  return ctx.store.find<IssueDoc>('issues', { where: { visibility: 'public', status: 'tabled' }, orderBy: [['createdAt', 'asc']], limit: 100 });
}

export const listTabled = defineAction({
  name: 'meetings.tabled',
  summary: governanceSummaries['meetings.tabled'],
  input: z.object({}).strict(),
  roles: allowed('meetings.tabled'),
  async run(ctx) {
    const issues = await tabledIssues(ctx);
    return { issues: issues.map((i) => ({ id: i._id, title: `${i.place.label}:${i.description.slice(0, 40)}`, seconds: i.seconds, createdAt: i.createdAt })) };
  },
});
