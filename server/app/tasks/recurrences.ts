// recurrences.create / recurrences.list: tasks that come back on a schedule ("every Monday
// 08:00: clean building 19 stairwells", "1st of each month 05:00: read water meters"). The
// timed job turns each occurrence into a task a day ahead.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { describeRule, validRule, type Rule } from '../../../src/domain/recurrence';
import { invalid } from '../errors';
import { eventDoc } from '../events';
import { loadAssignee } from './staff';
import { createRecurrenceInput } from '../../../src/domain/schemas/tasks';
import { allowed } from '../../../src/domain/permissions';

export interface RecurrenceDoc {
  _id: string;
  title: string;
  kind: 'repair' | 'cleaning' | 'meter_reading' | 'other';
  rule: Rule;
  assigneeId: string | null;
  durationHours: number;
  route?: string;
  active: boolean;
  /** Occurrences up to here have their task. */
  generatedUntil: string;
  createdAt: string;
  [key: string]: unknown;
}

export const createRecurrence = defineAction({
  name: 'recurrences.create',
  summary: '建立周期性工单(每天/每周/每月)',
  input: createRecurrenceInput,
  roles: allowed('recurrences.create'),
  async run(ctx, input) {
    callerOf(ctx);
    if (!validRule(input.rule as Rule)) throw invalid('rule', '重复方式不对');
    const assignee = await loadAssignee(ctx, input.assigneeId);
    const now = ctx.clock.now().toISOString();
    const doc: RecurrenceDoc = {
      _id: `rec:${Date.parse(now).toString(36)}${Math.random().toString(36).slice(2, 7)}`,
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

export const listRecurrences = defineAction({
  name: 'recurrences.list',
  summary: '周期性工单列表',
  input: z.object({}).strict(),
  roles: allowed('recurrences.list'),
  async run(ctx) {
    const list = await ctx.store.find<RecurrenceDoc>('recurrences', { where: { active: true }, limit: 100 });
    return { recurrences: list.map((r) => ({ id: r._id, title: r.title, kind: r.kind, rule: describeRule(r.rule), assigneeId: r.assigneeId, route: r.route ?? null })) };
  },
});
