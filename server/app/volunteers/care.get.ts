// care.get: one care record with its consent and visits, for the paired volunteers, the care
// team leader and the community; 404 for everyone else. The read is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import type { CareVisitDoc } from './model';
import { careId } from './helpers/inputs';
import { loadVisibleCare, logCareRead } from './helpers/careAccess';
import { careSummary, consentView, visitView } from './helpers/careViews';
import { concernPlaces } from './care.concern';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

export const getCare = defineAction({
  name: 'care.get',
  summary: volunteerSummaries['care.get'],
  input: z.object({ careId }).strict(),
  roles: allowed('care.get'),
  async run(ctx, input) {
    const { care, manage } = await loadVisibleCare(ctx, input.careId);
    const visits = await ctx.store.find<CareVisitDoc>('careVisits', { where: { careId: care._id }, orderBy: [['date', 'desc']], limit: 50 });
    await logCareRead(ctx, [care._id], 'detail');
    return {
      care: { ...(await careSummary(ctx, care)), contact: care.contact, needs: care.needs, consent: consentView(care) },
      canManage: manage,
      canVisit: care.volunteerIds.includes(ctx.caller!.userId) || manage,
      // care.withdraw's rule for who sees the action here (the person themselves never reads the record).
      canWithdraw: care.createdBy === ctx.caller!.userId || ctx.caller!.roles.includes('community'),
      visits: visits.map(visitView),
      /** Where a concern from a visit can be reported (转为不公开报事). */
      concernPlaces: await concernPlaces(ctx, care),
    };
  },
});
