import { COMMON_PLACES, type CommonPlace } from '../../../src/domain/issues';
import type { Ctx } from '../context';
import { invalid, notFound } from '../errors';
import { BUILDING_PARTS, COMMON_AS_BUILDING, buildingPlaceLabel, type BuildingPart, type PlaceInput } from '../../../src/domain/places';
import type { BuildingDoc, UnitDoc } from '../model';
import type { Place } from './model';
import { issueFields, issueRefusals } from '../../../src/copy/issues';

/** Resolves a place from input: a real unit, one of the managed common places, or a part the building has. */
export async function resolvePlace(ctx: Ctx, input: PlaceInput): Promise<{ place: Place; placeKey: string; buildingId: string | null }> {
  if ('unitId' in input) {
    const unit = await ctx.store.get<UnitDoc>('units', input.unitId);
    if (!unit) throw notFound(issueFields.unit);
    return { place: { kind: 'unit', unitId: unit._id, label: unit.label }, placeKey: `unit:${unit._id}`, buildingId: unit.buildingId };
  }
  if ('common' in input) {
    const label = COMMON_PLACES[input.common as CommonPlace];
    if (!label) throw invalid('place', issueRefusals.placeMissing);
    // An old code for a building's part (19栋楼道) is that part: one place, one duplicate hint.
    const part = COMMON_AS_BUILDING[input.common as CommonPlace];
    if (part) return resolvePlace(ctx, part);
    return { place: { kind: 'common', code: input.common, label }, placeKey: `common:${input.common}`, buildingId: null };
  }
  const building = await ctx.store.get<BuildingDoc>('buildings', input.buildingId);
  if (!building) throw notFound(issueFields.building);
  const part = input.part as BuildingPart;
  if (!BUILDING_PARTS[part] || !(building.places ?? []).includes(part)) throw invalid('place', issueRefusals.buildingLacksPart(building.name, BUILDING_PARTS[part] ?? issueRefusals.thisPlace));
  return { place: { kind: 'building', buildingId: building._id, part, label: buildingPlaceLabel(building.name, part) }, placeKey: `building:${building._id}:${part}`, buildingId: building._id };
}

/** Checks that every photo id was made by our Files adapter. */
export function checkPhotos(ctx: Ctx, photos: readonly string[] | undefined, field = 'photos'): string[] {
  const list = photos ?? [];
  if (list.some((p) => !ctx.files.owns(p))) throw invalid(field, issueRefusals.photoNotUploaded);
  if (new Set(list).size !== list.length) throw invalid(field, issueRefusals.photoTwice);
  return [...list];
}
