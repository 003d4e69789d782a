// inspections.scorecards: the submitted quarters side by side (newest first, up to eight), each
// with its inspection, service figures and total, and the formula in words. Open to everyone.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { scorecardRules } from '../../../src/domain/scorecard';
import { slaOf } from '../../../src/domain/compoundSettings';
import { settingsOf } from '../tenancy/helpers/settings';
import type { InspectionDoc } from './model';
import { inspectionView } from './helpers/inspectionView';
import { allowed } from '../../../src/domain/permissions';
import { mayInspect } from '../../../src/domain/permissions/governance';
import { governanceSummaries } from '../../../src/copy/governance';

export const listScorecards = defineAction({
  name: 'inspections.scorecards',
  summary: governanceSummaries['inspections.scorecards'],
  input: z.object({}).strict(),
  roles: allowed('inspections.scorecards'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const [docs, settings] = await Promise.all([ctx.store.find<InspectionDoc>('inspections', { where: { status: 'submitted' }, orderBy: [['quarter', 'desc']], limit: 8 }), settingsOf(ctx.store)]);
    return {
      rules: scorecardRules(slaOf(settings)),
      canInspect: mayInspect(caller),
      quarters: await Promise.all(docs.map((d) => inspectionView(ctx, d))),
    };
  },
});
