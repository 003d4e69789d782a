// recurrences.list: the recurring tasks still active, for the dispatch board's schedule.
import { z } from 'zod';
import { defineAction } from '../action';
import { describeRule } from '../../../src/domain/recurrence';
import { allowed } from '../../../src/domain/permissions';
import type { RecurrenceDoc } from './model';
import { taskSummaries } from '../../../src/copy/tasks';

export const listRecurrences = defineAction({
  name: 'recurrences.list',
  summary: taskSummaries['recurrences.list'],
  input: z.object({}).strict(),
  roles: allowed('recurrences.list'),
  async run(ctx) {
    const list = await ctx.store.find<RecurrenceDoc>('recurrences', { where: { active: true }, limit: 100 });
    return { recurrences: list.map((r) => ({ id: r._id, title: r.title, kind: r.kind, rule: describeRule(r.rule), assigneeId: r.assigneeId, route: r.route ?? null })) };
  },
});
