// meters.correct: corrects a mistyped reading of the meter's latest period, with a reason. The
// leak check runs again: a leak report the wrong value drafted is withdrawn while nobody has
// taken it up yet (将 待受理 → 未受理, with the reason), and a corrected value that now looks like a
// leak drafts one. Refuses an older period (later readings were judged against it), an unchanged
// value, and a reading that changed since the caller saw it (409).
import { correctReadingInput } from '../../../src/domain/schemas/meters';
import { defineAction, callerOf } from '../action';
import { formatReading } from '../../../src/domain/meters';
import { AppError, invalid } from '../errors';
import { eventDoc } from '../events';
import type { IssueDoc } from '../issues/model';
import { assessReading } from './helpers/assessReading';
import { leakIssue } from './helpers/leakIssue';
import { readingSlot } from './helpers/readingSlot';
import type { ReadingDoc } from './model';
import { view } from './meters.read';
import { allowed } from '../../../src/domain/permissions';
import { meterRefusals, meterServerText, meterSummaries } from '../../../src/copy/meters';

export const correctReading = defineAction({
  name: 'meters.correct',
  summary: meterSummaries['meters.correct'],
  input: correctReadingInput,
  roles: allowed('meters.correct'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const { value, meter, rid, stored: before } = await readingSlot(ctx, input);
    if (!before) throw invalid('period', meterRefusals.nothingToCorrect(input.period));
    const later = await ctx.store.find<ReadingDoc>('readings', { where: { meterId: meter._id, period: { $gt: input.period } }, limit: 1 });
    if (later.length) throw invalid('period', meterRefusals.onlyLatestPeriod(later[0].period));
    const replaced = input.replaced ?? before.replaced;
    if (value === before.value && replaced === before.replaced) throw invalid('value', meterRefusals.valueUnchanged(formatReading(value)));

    const { consumption, leak } = await assessReading(ctx, meter._id, input.period, value, replaced);
    const oldIssue = before.issueId ? await ctx.store.get<IssueDoc>('issues', before.issueId) : null;
    const newIssue = leak.suspected && !oldIssue ? await leakIssue(ctx, meter, input.period, consumption!, leak.median!, caller.userId) : null;
    // Withdraw only what nobody has acted on: once accepted, someone may already be on the way.
    const withdraw = !leak.suspected && oldIssue?.status === 'reported' ? oldIssue : null;
    const at = ctx.clock.now().toISOString();
    const note = meterServerText.correctionNote(formatReading(value), formatReading(before.value), input.reason);
    const patch: Partial<ReadingDoc> = {
      value,
      consumption,
      replaced,
      leakSuspected: leak.suspected,
      correctedAt: at,
      correctedBy: caller.userId,
      ...(newIssue ? { issueId: newIssue._id } : {}),
    };

    const withdrawn = await ctx.store.transaction(async (tx) => {
      const current = await tx.get<ReadingDoc>('readings', rid);
      if (!current || current.value !== before.value) throw new AppError('conflict', meterRefusals.readingChangedMeanwhile, undefined, { value: current ? formatReading(current.value) : null });
      await tx.update('readings', rid, patch);
      await tx.insert('events', eventDoc(ctx, 'meter.corrected', meter._id, { period: input.period, from: before.value, to: value, replaced, reason: input.reason }));
      if (newIssue) {
        await tx.insert('issues', newIssue);
        await tx.insert('events', eventDoc(ctx, 'issue.reported', newIssue._id, { status: 'reported', source: 'meter' }));
      }
      if (withdraw) {
        const issue = await tx.get<IssueDoc>('issues', withdraw._id);
        if (issue?.status === 'reported') {
          await tx.update('issues', withdraw._id, { status: 'rejected', updatedAt: at });
          await tx.insert('events', eventDoc(ctx, 'issue.transition', withdraw._id, { transition: 'reject', status: 'rejected', note }));
          return true;
        }
      }
      return false;
    });

    const reading = view({ ...before, ...patch } as ReadingDoc);
    // The old leak report, when the corrected value no longer suggests a leak: withdrawn, or left
    // (someone already took it up) for the manager to close.
    const leakReport = oldIssue && !leak.suspected ? { id: oldIssue._id, withdrawn } : null;
    return { reading, leakReport };
  },
});
