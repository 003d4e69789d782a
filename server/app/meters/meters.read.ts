// meters.read: one meter reading for a period. Refuses a value below the previous reading unless
// the meter was replaced; one reading per meter and period (a resend of the same value answers
// as the first did, a different value is a 409). A use over three times the meter's median of
// its last six periods drafts a private leak issue for the manager.
import { readMeterInput } from '../../../src/domain/schemas/meters';
import { defineAction, callerOf } from '../action';
import { formatReading } from '../../../src/domain/meters';
import { assessReading } from './helpers/assessReading';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { StoreError } from '../../store/port';
import type { IssueDoc } from '../issues/model';
import { leakIssue } from './helpers/leakIssue';
import { readingSlot } from './helpers/readingSlot';
import type { ReadingDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { meterRefusals, meterSummaries } from '../../../src/copy/meters';

export const recordReading = defineAction({
  name: 'meters.read',
  summary: meterSummaries['meters.read'],
  input: readMeterInput,
  roles: allowed('meters.read'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const { value, meter, rid, stored: existing } = await readingSlot(ctx, input);
    if (existing) {
      if (existing.value === value) return { reading: view(existing), replay: true };
      throw conflict(meterRefusals.alreadyRead(input.period, formatReading(existing.value)), { value: formatReading(existing.value) });
    }
    const { consumption, leak } = await assessReading(ctx, meter._id, input.period, value, !!input.replaced);
    const at = ctx.clock.now();
    const reading: ReadingDoc = { _id: rid, meterId: meter._id, period: input.period, value, consumption, replaced: !!input.replaced, readAt: at.toISOString(), by: caller.userId, leakSuspected: leak.suspected };

    let issue: IssueDoc | null = null;
    if (leak.suspected) {
      issue = await leakIssue(ctx, meter, input.period, consumption!, leak.median!, caller.userId);
      reading.issueId = issue._id;
    }
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.insert('readings', reading);
        await tx.insert('events', eventDoc(ctx, 'meter.read', meter._id, { period: input.period, value, replaced: !!input.replaced }));
        if (issue) {
          await tx.insert('issues', issue);
          await tx.insert('events', eventDoc(ctx, 'issue.reported', issue._id, { status: 'reported', source: 'meter' }));
        }
      });
    } catch (error) {
      // Two sends of one reading raced: the second sees the first's.
      if (error instanceof StoreError && error.code === 'duplicate') {
        const first = await ctx.store.get<ReadingDoc>('readings', rid);
        if (first && first.value === value) return { reading: view(first), replay: true };
        throw conflict(meterRefusals.alreadyReadThisPeriod);
      }
      throw error;
    }
    return { reading: view(reading), replay: false };
  },
});

export function view(r: ReadingDoc) {
  return { id: r._id, period: r.period, value: formatReading(r.value), consumption: r.consumption === null ? null : formatReading(r.consumption), leakSuspected: r.leakSuspected, issueId: r.issueId ?? null };
}
