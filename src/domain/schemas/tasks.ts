// The inputs of the work-order forms, parsed by the server's actions (tasks.create,
// recurrences.create) and checked by the same forms before anything is sent.
import { z } from 'zod';
import { id, optionalText, text } from '../fields';
import { taskFields, taskRefusals } from '../../copy/tasks';

export const taskKind = z.enum(['repair', 'cleaning', 'meter_reading', 'other'], { error: taskRefusals.kindUnknown });

export const createTaskInput = z
  .object({
    issueId: id(taskFields.issue).optional(),
    title: text(taskFields.title, { max: 40 }),
    description: optionalText(taskFields.description, 300),
    kind: taskKind.default('repair'),
    assigneeId: id(taskFields.staff).nullable().optional(),
    dueAt: z.iso.datetime({ error: taskRefusals.dueMissing, offset: true }),
    route: optionalText(taskFields.meterRoute, 40),
  })
  .strict();

const time = z.string({ error: taskRefusals.timeMissing }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, taskRefusals.timeMalformed);

export const recurrenceRule = z.discriminatedUnion(
  'freq',
  [
    z.object({ freq: z.literal('daily'), time }).strict(),
    z.object({ freq: z.literal('weekly'), weekday: z.number({ error: taskRefusals.weekdayMissing }).int(taskRefusals.weekdayOutOfRange).min(1, taskRefusals.weekdayOutOfRange).max(7, taskRefusals.weekdayOutOfRange), time }).strict(),
    z.object({ freq: z.literal('monthly'), day: z.number({ error: taskRefusals.dayMissing }).int(taskRefusals.dayOutOfRange).min(1, taskRefusals.dayOutOfRange).max(28, taskRefusals.dayOutOfRange), time }).strict(),
  ],
  { error: taskRefusals.ruleMissing },
);

export const createRecurrenceInput = z
  .object({
    title: text(taskFields.title, { max: 40 }),
    kind: taskKind.default('cleaning'),
    rule: recurrenceRule,
    assigneeId: id(taskFields.staff).nullable().optional(),
    durationHours: z.number({ error: taskRefusals.hoursMissing }).int(taskRefusals.hoursNotWhole).min(1, taskRefusals.hoursBelowOne).max(24 * 7, taskRefusals.hoursOverWeek).default(4),
    route: optionalText(taskFields.meterRoute, 40),
  })
  .strict()
  // A meter-reading round needs its route: the timed job makes each task for that route. Checked
  // even when another field is refused, so the form shows every missing field at once.
  .refine((v) => v.kind !== 'meter_reading' || !!v.route, { path: ['route'], message: taskRefusals.meterRouteMissing, when: (p) => typeof p.value === 'object' && p.value !== null });
