// inspections.submit: the quality director submits the quarter's inspection once every item is
// scored. The quarter's service figures are measured from the issues reported in it (the same
// numbers issues.stats gives) and frozen with it; the scorecard is then public and announced.
import { submitInspectionInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { CHECKLIST, quarterLabel, quarterRange } from '../../../src/domain/governance';
import { scoreQuarter } from '../../../src/domain/scorecard';
import { slaOf } from '../../../src/domain/compoundSettings';
import { settingsOf } from '../tenancy/helpers/settings';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { issueStats } from '../issues/issues.stats';
import { newId, type InspectionDoc, type NoticeDoc } from './model';
import { checkQuarterBegun, inspectionId } from './helpers/inspectionView';
import { allowed } from '../../../src/domain/permissions';
import { PAGES, pageLink } from '../../../src/routes';
import { governanceFields, governanceRefusals, governanceServerText, governanceSummaries } from '../../../src/copy/governance';
import { commonServerText } from '../../../src/copy/common';

export const submitInspection = defineAction({
  name: 'inspections.submit',
  summary: governanceSummaries['inspections.submit'],
  input: submitInspectionInput,
  roles: allowed('inspections.submit'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    checkQuarterBegun(ctx, input.quarter);
    const _id = inspectionId(input.quarter);
    const doc = await ctx.store.get<InspectionDoc>('inspections', _id);
    if (!doc) throw notFound(governanceFields.quarterInspection);
    if (doc.status === 'submitted') throw conflict(governanceRefusals.inspectionAlreadySubmitted, { status: doc.status });
    const unscored = doc.items.filter((i) => i.score === null).map((i) => CHECKLIST[i.code].label);
    if (doc.items.length < Object.keys(CHECKLIST).length || unscored.length) throw invalid('items', governanceRefusals.itemsUnscored(unscored.length ? `:${unscored.join(commonServerText.listSeparator)}` : ''));
    const { from, to } = quarterRange(input.quarter);
    const now = ctx.clock.now();
    // A quarter still running is measured up to now.
    const stats = await issueStats(ctx, from, to < now ? to : now);
    const service = {
      medianAcceptHours: stats.all.medianAcceptHours,
      medianFixHours: stats.all.medianFixHours,
      reopenRate: stats.all.reopenRate,
      averageRating: stats.all.averageRating,
      issues: stats.all.count,
      ratings: stats.all.ratings,
    };
    const sla = slaOf(await settingsOf(ctx.store));
    const card = scoreQuarter(doc.items.map((i) => i.score as number), service, sla);
    const at = now.toISOString();
    const notice: NoticeDoc = {
      _id: newId('notice', now),
      title: governanceServerText.scorecardNoticeTitle(quarterLabel(input.quarter)),
      body: governanceServerText.scorecardNoticeBody(caller.name, card.total, card.grade, card.inspection, card.service ?? governanceServerText.noServiceData, card.service === null ? '' : governanceServerText.points),
      kind: 'result',
      pinned: false,
      authorId: caller.userId,
      authorName: caller.name,
      party: 'community',
      page: pageLink(PAGES.scorecard, { quarter: input.quarter }),
      reads: 0,
      publishedAt: at,
    };
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get<InspectionDoc>('inspections', _id);
      if (!current || current.status !== 'draft' || current.version !== input.version) throw conflict(governanceRefusals.inspectionChangedBeforeSubmit);
      await tx.update('inspections', _id, { status: 'submitted', submittedAt: at, service, inspectorId: caller.userId, inspectorName: caller.name });
      await tx.insert('notices', notice);
      await tx.insert('events', eventDoc(ctx, 'inspection.submitted', _id, { service, total: card.total }));
    });
    return { scorecard: card, service };
  },
});
