// issues.places: the places a report can name, for the caller's picker: the caller's flats and the
// parts of their own buildings first (a resident of 3栋 finds 3栋楼道 at the top), then the
// compound's common places, then every other building's parts. Each as the one-string place value.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { COMMON_PLACES } from '../../../src/domain/issues';
import { OFFERED_COMMON_PLACES, buildingPlaceLabel, placeValue } from '../../../src/domain/places';
import type { BuildingDoc, MembershipDoc, UnitDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { issueSummaries } from '../../../src/copy/issues';

export type PlaceOption = { value: string; label: string };

export function buildingOptions(b: BuildingDoc): PlaceOption[] {
  return (b.places ?? []).map((part) => ({ value: placeValue({ buildingId: b._id, part }), label: buildingPlaceLabel(b.name, part) }));
}

export const listPlaces = defineAction({
  name: 'issues.places',
  summary: issueSummaries['issues.places'],
  input: z.object({}).strict(),
  roles: allowed('issues.places'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const [memberships, buildings] = await Promise.all([
      ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 20 }),
      ctx.store.find<BuildingDoc>('buildings', { orderBy: [['order', 'asc']], limit: 100 }),
    ]);
    const units = (await Promise.all(memberships.map((m) => ctx.store.get<UnitDoc>('units', m.unitId)))).filter((u): u is UnitDoc => !!u);
    const myBuildings = new Set(units.map((u) => u.buildingId));
    return {
      mine: [...units.map((u) => ({ value: placeValue({ unitId: u._id }), label: u.label })), ...buildings.filter((b) => myBuildings.has(b._id)).flatMap(buildingOptions)],
      common: OFFERED_COMMON_PLACES.map((c) => ({ value: placeValue({ common: c }), label: COMMON_PLACES[c] })),
      buildings: buildings.filter((b) => !myBuildings.has(b._id)).map((b) => ({ id: b._id, name: b.name, places: buildingOptions(b) })),
    };
  },
});
