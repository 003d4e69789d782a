// care.concern: turns a concern from a visit into a private issue (only the reporter and the
// property side see it), at the person's home unless another place is picked (their building's
// 楼道, a common place). The issue says what needs doing, not who the person is or why they are
// cared for. Once per visit. A record without a flat must name a place (field `place`).
import { z } from 'zod';
import { defineAction } from '../action';
import { id, text } from '../../../src/domain/fields';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { category, place, placeCode } from '../issues/inputs';
import { reportIssue } from '../issues/reportIssue';
import { placeValue } from '../../../src/domain/places';
import type { Ctx } from '../context';
import type { BuildingDoc, UnitDoc } from '../model';
import { buildingOptions, commonOptions, type PlaceOption } from '../issues/listPlaces';
import { settingsOf } from '../tenancy/settings';
import type { CareDoc, CareVisitDoc } from './model';
import { careId } from './inputs';
import { loadVisibleCare } from './careAccess';
import { allowed } from '../../../src/domain/permissions';

export const raiseConcern = defineAction({
  name: 'care.concern',
  summary: '把走访中发现的问题转为不公开的报事(只有物业能看到)',
  input: z
    .object({
      careId,
      visitId: id('走访记录'),
      category,
      description: text('问题描述', { max: 300 }),
      place: place.optional(),
      /** Older clients name a common place this way. */
      common: placeCode('请选择地点').optional(),
    })
    .strict(),
  roles: allowed('care.concern'),
  async run(ctx, input) {
    const { care } = await loadVisibleCare(ctx, input.careId);
    const visit = await ctx.store.get<CareVisitDoc>('careVisits', input.visitId);
    if (!visit || visit.careId !== care._id) throw notFound('走访记录');
    if (visit.issueId) throw conflict('这条走访的问题已经报过了', { issueId: visit.issueId });
    const where = input.place ?? (input.common ? { common: input.common } : care.unitId ? { unitId: care.unitId } : null);
    if (!where) throw invalid('place', '请选择问题在哪里:这户没有登记房屋');
    const parsed = reportIssue.input.safeParse({ category: input.category, place: where, description: input.description, visibility: 'private' });
    if (!parsed.success) throw invalid('description', parsed.error.issues[0]?.message ?? '问题描述格式不对');
    // Claim the visit first so two taps cannot file two issues.
    const claimed = await ctx.store.updateIf('careVisits', visit._id, { issueId: null }, { issueId: 'pending' });
    if (!claimed) throw conflict('这条走访的问题已经报过了');
    try {
      const { issue } = await reportIssue.run(ctx, parsed.data);
      await ctx.store.update('careVisits', visit._id, { issueId: issue.id });
      await ctx.store.insert('events', eventDoc(ctx, 'care.concernRaised', care._id, { visitId: visit._id, issueId: issue.id }));
      return { issue };
    } catch (error) {
      await ctx.store.updateIf('careVisits', visit._id, { issueId: 'pending' }, { issueId: null });
      throw error;
    }
  },
});

/** The places a concern about this person can name: their home, their building's parts, the common places. */
export async function concernPlaces(ctx: Ctx, care: CareDoc): Promise<PlaceOption[]> {
  const unit = care.unitId ? await ctx.store.get<UnitDoc>('units', care.unitId) : null;
  const [building, settings] = await Promise.all([unit ? ctx.store.get<BuildingDoc>('buildings', unit.buildingId) : null, settingsOf(ctx.store)]);
  return [
    ...(unit ? [{ value: placeValue({ unitId: unit._id }), label: `家中（${unit.label}）` }] : []),
    ...(building ? buildingOptions(building, settings) : []),
    ...commonOptions(settings),
  ];
}
