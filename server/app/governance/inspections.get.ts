// inspections.get: one quarter's inspection. The quality director sees the draft being filled
// in on site; everyone else sees it once submitted (before that: nothing yet).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { quarterOf, quarterLabel } from '../../../src/domain/governance';
import type { InspectionDoc } from './model';
import { checkQuarterBegun, inspectionId, inspectionView } from './helpers/inspectionView';
import { quarterField } from '../../../src/domain/schemas/governance';
import { allowed } from '../../../src/domain/permissions';
import { mayAnswerInspection, mayInspect } from '../../../src/domain/permissions/governance';
import { governanceSummaries } from '../../../src/copy/governance';

export const getInspection = defineAction({
  name: 'inspections.get',
  summary: governanceSummaries['inspections.get'],
  input: z.object({ quarter: quarterField.optional() }).strict(),
  roles: allowed('inspections.get'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const quarter = input.quarter ?? quarterOf(ctx.clock.now());
    checkQuarterBegun(ctx, quarter);
    const doc = await ctx.store.get<InspectionDoc>('inspections', inspectionId(quarter));
    const director = mayInspect(caller);
    const visible = doc && (doc.status === 'submitted' || director);
    return {
      quarter,
      label: quarterLabel(quarter),
      canInspect: director && doc?.status !== 'submitted',
      canAnswer: mayAnswerInspection(caller),
      inspection: visible ? await inspectionView(ctx, doc) : null,
    };
  },
});
