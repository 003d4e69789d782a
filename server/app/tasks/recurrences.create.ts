// recurrences.create: tasks that come back on a schedule ("every Monday
// 08:00: clean building 19 stairwells", "1st of each month 05:00: read water meters"). The
// timed job turns each occurrence into a task a day ahead.
import { defineAction, callerOf } from '../action';
import { describeRule, validRule, type Rule } from '../../../src/domain/recurrence';
import { invalid } from '../errors';
import { eventDoc } from '../events';
import { loadAssignee } from './helpers/staff';
import { createRecurrenceInput } from '../../../src/domain/schemas/tasks';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';
import type { RecurrenceDoc } from './model';
import { taskRefusals, taskSummaries } from '../../../src/copy/tasks';


export const createRecurrence = defineAction({
  name: 'recurrences.create',
  summary: taskSummaries['recurrences.create'],
  input: createRecurrenceInput,
  roles: allowed('recurrences.create'),
  async run(ctx, input) {
    callerOf(ctx);
    if (!validRule(input.rule as Rule)) throw invalid('rule', taskRefusals.ruleUnknown);
    const assignee = await loadAssignee(ctx, input.assigneeId);
    const now = ctx.clock.now().toISOString();
    const doc: RecurrenceDoc = {
      _id: newId('rec', new Date(now)),
      title: input.title,
      kind: input.kind,
      rule: input.rule as Rule,
      assigneeId: assignee?._id ?? null,
      durationHours: input.durationHours,
      ...(input.route ? { route: input.route } : {}),
      active: true,
      generatedUntil: now,
      createdAt: now,
    };
    await ctx.store.insert('recurrences', doc);
    await ctx.store.insert('events', eventDoc(ctx, 'recurrence.created', doc._id, { title: doc.title, rule: describeRule(doc.rule) }));
    return { recurrence: { id: doc._id, title: doc.title, rule: describeRule(doc.rule) } };
  },
});
