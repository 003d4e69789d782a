import type { CommonPlace } from '../../../../src/domain/issues';
import type { Ctx } from '../../context';
import { invalid, notFound } from '../../errors';
import { COMMON_AS_BUILDING, type PlaceInput } from '../../../../src/domain/places';
import { buildingPartLabel, buildingPlacesOf, commonPlaceLabel, commonPlacesOf } from '../../../../src/domain/compoundSettings';
import { settingsOf } from '../../tenancy/helpers/settings';
import type { BuildingDoc, UnitDoc } from '../../model';
import type { Place } from '../model';
import { issueFields, issueRefusals } from '../../../../src/copy/issues';

/** Resolves a place from input: a real unit, one of the compound's common places, or a place its building has (tenancy/settings.ts). */
export async function resolvePlace(ctx: Ctx, input: PlaceInput): Promise<{ place: Place; placeKey: string; buildingId: string | null }> {
  if ('unitId' in input) {
    const unit = await ctx.store.get<UnitDoc>('units', input.unitId);
    if (!unit) throw notFound(issueFields.unit);
    return { place: { kind: 'unit', unitId: unit._id, label: unit.label }, placeKey: `unit:${unit._id}`, buildingId: unit.buildingId };
  }
  if ('common' in input) {
    // An old code for a building's part (19栋楼道) is that part: one place, one duplicate hint.
    const part = COMMON_AS_BUILDING[input.common as CommonPlace];
    if (part) return resolvePlace(ctx, part);
    if (!commonPlacesOf(await settingsOf(ctx.store)).includes(input.common)) throw invalid('place', issueRefusals.placeMissing);
    return { place: { kind: 'common', code: input.common, label: commonPlaceLabel(input.common) }, placeKey: `common:${input.common}`, buildingId: null };
  }
  const [building, settings] = await Promise.all([ctx.store.get<BuildingDoc>('buildings', input.buildingId), settingsOf(ctx.store)]);
  if (!building) throw notFound(issueFields.building);
  const part = input.part;
  if (!buildingPlacesOf(settings, building).includes(part)) throw invalid('place', issueRefusals.buildingLacksPart(building.name, buildingPartLabel(part)));
  return { place: { kind: 'building', buildingId: building._id, part, label: `${building.name}${buildingPartLabel(part)}` }, placeKey: `building:${building._id}:${part}`, buildingId: building._id };
}

/** Checks that every photo id was made by our Files adapter. */
export function checkPhotos(ctx: Ctx, photos: readonly string[] | undefined, field = 'photos'): string[] {
  const list = photos ?? [];
  if (list.some((p) => !ctx.files.owns(p))) throw invalid(field, issueRefusals.photoNotUploaded);
  if (new Set(list).size !== list.length) throw invalid(field, issueRefusals.photoTwice);
  return [...list];
}
