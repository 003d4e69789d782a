// care.visit: a paired volunteer (or the leader / community) logs a visit: the date, what was
// done and any concerns. Refuses a future date; 404 for anyone who may not see the record.
import { logVisitInput } from '../../../src/domain/schemas/volunteers';
import { defineAction, callerOf } from '../action';
import { chinaDate } from '../../../src/domain/chinaTime';
import { forbidden, invalid } from '../errors';
import { eventDoc } from '../events';
import type { CareVisitDoc } from './model';
import { loadVisibleCare } from './helpers/careAccess';
import { visitView } from './helpers/careViews';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';
import { volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const logVisit = defineAction({
  name: 'care.visit',
  summary: volunteerSummaries['care.visit'],
  input: logVisitInput,
  roles: allowed('care.visit'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const { care, manage } = await loadVisibleCare(ctx, input.careId);
    if (!manage && !care.volunteerIds.includes(caller.userId)) throw forbidden(volunteerRefusals.pairedVolunteerLogsOnly);
    const now = ctx.clock.now();
    if (input.date > chinaDate(now)) throw invalid('date', volunteerRefusals.visitDateInFuture);
    await requireClean(ctx, caller, [['what', input.what], ['concerns', input.concerns]]);
    const visit: CareVisitDoc = {
      _id: newId('visit', now, { parent: care._id, randomLength: 4 }),
      careId: care._id,
      date: input.date,
      what: input.what,
      concerns: input.concerns ?? '',
      by: caller.userId,
      byName: caller.name,
      at: now.toISOString(),
      issueId: null,
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('careVisits', visit);
      await tx.insert('events', eventDoc(ctx, 'care.visited', care._id, { visitId: visit._id }));
    });
    return { visit: visitView(visit) };
  },
});
