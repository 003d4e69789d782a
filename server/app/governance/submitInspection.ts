// inspections.submit: the quality director submits the quarter's inspection once every item is
// scored. The quarter's service figures are measured from the issues reported in it (the same
// numbers issues.stats gives) and frozen with it; the scorecard is then public and announced.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { CHECKLIST, quarterLabel, quarterRange } from '../../../src/domain/governance';
import { scoreQuarter } from '../../../src/domain/scorecard';
import { slaOf } from '../../../src/domain/compoundSettings';
import { settingsOf } from '../tenancy/settings';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { issueStats } from '../issues/stats';
import { newId, type InspectionDoc, type NoticeDoc } from './model';
import { checkQuarterBegun, inspectionId, quarterField } from './inspectionView';
import { allowed } from '../../../src/domain/permissions';

export const submitInspection = defineAction({
  name: 'inspections.submit',
  summary: '提交季度检查:六项都打分后提交,同时按报事数据算出服务指标并公布考评结果',
  input: z.object({ quarter: quarterField, version: z.number({ error: '版本格式不对' }).int('版本格式不对').min(0, '版本格式不对') }).strict(),
  roles: allowed('inspections.submit'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    checkQuarterBegun(ctx, input.quarter);
    const _id = inspectionId(input.quarter);
    const doc = await ctx.store.get<InspectionDoc>('inspections', _id);
    if (!doc) throw notFound('这个季度的检查记录');
    if (doc.status === 'submitted') throw conflict('这个季度的检查已经提交过了', { status: doc.status });
    const unscored = doc.items.filter((i) => i.score === null).map((i) => CHECKLIST[i.code].label);
    if (doc.items.length < Object.keys(CHECKLIST).length || unscored.length) throw invalid('items', `还有项目没打分${unscored.length ? `:${unscored.join('、')}` : ''}`);
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
      title: `${quarterLabel(input.quarter)}物业服务考评结果`,
      body: `义务质量总监${caller.name}完成本季度现场检查。总分 ${card.total} 分(${card.grade}):现场检查 ${card.inspection} 分,服务数据 ${card.service ?? '无数据'}${card.service === null ? '' : ' 分'}。各项得分和计算方法见考评页。`,
      kind: 'result',
      pinned: false,
      authorId: caller.userId,
      authorName: caller.name,
      party: 'community',
      page: `/packages/governance/scorecard/index?quarter=${input.quarter}`,
      reads: 0,
      publishedAt: at,
    };
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get<InspectionDoc>('inspections', _id);
      if (!current || current.status !== 'draft' || current.version !== input.version) throw conflict('检查记录刚刚在别处保存过,请刷新后再提交');
      await tx.update('inspections', _id, { status: 'submitted', submittedAt: at, service, inspectorId: caller.userId, inspectorName: caller.name });
      await tx.insert('notices', notice);
      await tx.insert('events', eventDoc(ctx, 'inspection.submitted', _id, { service, total: card.total }));
    });
    return { scorecard: card, service };
  },
});
