// care.concern: turns a concern from a visit into a private issue (only the reporter and the
// property side see it), at the person's home unless another place is picked (their building's
// 楼道, a common place). The issue says what needs doing, not who the person is or why they are
// cared for. Once per visit. A record without a flat must name a place (field `place`).
import { raiseConcernInput } from '../../../src/domain/schemas/volunteers';
import { defineAction } from '../action';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { reportIssue } from '../issues/issues.report';
import { placeValue } from '../../../src/domain/places';
import type { Ctx } from '../context';
import type { BuildingDoc, UnitDoc } from '../model';
import { buildingOptions, commonOptions, type PlaceOption } from '../issues/issues.places';
import { settingsOf } from '../tenancy/helpers/settings';
import type { CareDoc, CareVisitDoc } from './model';
import { loadVisibleCare } from './helpers/careAccess';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerServerText, volunteerSummaries } from '../../../src/copy/volunteers';

export const raiseConcern = defineAction({
  name: 'care.concern',
  summary: volunteerSummaries['care.concern'],
  input: raiseConcernInput,
  roles: allowed('care.concern'),
  async run(ctx, input) {
    const { care } = await loadVisibleCare(ctx, input.careId);
    const visit = await ctx.store.get<CareVisitDoc>('careVisits', input.visitId);
    if (!visit || visit.careId !== care._id) throw notFound(volunteerFields.visit);
    if (visit.issueId) throw conflict(volunteerRefusals.concernRaised, { issueId: visit.issueId });
    const where = input.place ?? (input.common ? { common: input.common } : care.unitId ? { unitId: care.unitId } : null);
    if (!where) throw invalid('place', volunteerRefusals.homeNotRegistered);
    const parsed = reportIssue.input.safeParse({ category: input.category, place: where, description: input.description, visibility: 'private' });
    if (!parsed.success) throw invalid('description', parsed.error.issues[0]?.message ?? volunteerRefusals.descriptionMalformed);
    // Claim the visit first so two taps cannot file two issues.
    const claimed = await ctx.store.updateIf('careVisits', visit._id, { issueId: null }, { issueId: 'pending' });
    if (!claimed) throw conflict(volunteerRefusals.concernRaised);
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
    ...(unit ? [{ value: placeValue({ unitId: unit._id }), label: volunteerServerText.atHome(unit.label) }] : []),
    ...(building ? buildingOptions(building, settings) : []),
    ...commonOptions(settings),
  ];
}
