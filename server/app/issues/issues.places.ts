// issues.places: the places a report can name, for the caller's picker: the caller's flats and the
// parts of their own buildings first (a resident of 3栋 finds 3栋楼道 at the top), then the
// compound's common places, then every other building's parts. Each as the one-string place value.
// Which places there are is the compound's setting (tenancy/settings.ts), else the defaults.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { placeValue } from '../../../src/domain/places';
import { buildingPartLabel, buildingPlacesOf, commonPlaceLabel, commonPlacesOf, type CompoundSettings } from '../../../src/domain/compoundSettings';
import type { BuildingDoc, MembershipDoc, UnitDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { issueSummaries } from '../../../src/copy/issues';
import { settingsOf } from '../tenancy/helpers/settings';

export type PlaceOption = { value: string; label: string };

/** A building's places as the compound set them (else as the building document says). */
export function buildingOptions(b: BuildingDoc, settings: CompoundSettings | null): PlaceOption[] {
  return buildingPlacesOf(settings, b).map((part) => ({ value: placeValue({ buildingId: b._id, part }), label: `${b.name}${buildingPartLabel(part)}` }));
}

/** The compound's common places as picker options. */
export const commonOptions = (settings: CompoundSettings | null): PlaceOption[] => commonPlacesOf(settings).map((c) => ({ value: placeValue({ common: c }), label: commonPlaceLabel(c) }));

export const listPlaces = defineAction({
  name: 'issues.places',
  summary: issueSummaries['issues.places'],
  input: z.object({}).strict(),
  roles: allowed('issues.places'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const [memberships, buildings, settings] = await Promise.all([
      ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 20 }),
      ctx.store.find<BuildingDoc>('buildings', { orderBy: [['order', 'asc']], limit: 100 }),
      settingsOf(ctx.store),
    ]);
    const options = (b: BuildingDoc) => buildingOptions(b, settings);
    const units = (await Promise.all(memberships.map((m) => ctx.store.get<UnitDoc>('units', m.unitId)))).filter((u): u is UnitDoc => !!u);
    const myBuildings = new Set(units.map((u) => u.buildingId));
    return {
      mine: [...units.map((u) => ({ value: placeValue({ unitId: u._id }), label: u.label })), ...buildings.filter((b) => myBuildings.has(b._id)).flatMap(options)],
      common: commonOptions(settings),
      buildings: buildings.filter((b) => !myBuildings.has(b._id)).map((b) => ({ id: b._id, name: b.name, places: options(b) })),
    };
  },
});
