// Where a problem is: a flat, a common place of the compound (主干道, 配电房…), or a part of one
// building (its stairwell, roof, basement). Which parts each building has is the compound's setup,
// kept as data on the building documents, so another compound with other buildings needs no code.
// A place travels between screen and server as one string: `unit:<unitId>`, `common:<code>` or
// `building:<buildingId>:<part>`.
import { COMMON_PLACES, type CommonPlace } from './issues';

export const BUILDING_PARTS = { stair: '楼道', roof: '楼顶', basement: '地下室' } as const;
export type BuildingPart = keyof typeof BUILDING_PARTS;
export const BUILDING_PART_CODES = Object.keys(BUILDING_PARTS) as BuildingPart[];

/** Common places that are really a part of one building: kept so old reports and links still resolve. */
export const COMMON_AS_BUILDING: Partial<Record<CommonPlace, { buildingId: string; part: BuildingPart }>> = { stair_19: { buildingId: 'b:19栋', part: 'stair' } };

/** The common places offered for a new report (the building-bound ones come from the buildings). */
export const OFFERED_COMMON_PLACES = (Object.keys(COMMON_PLACES) as CommonPlace[]).filter((c) => !COMMON_AS_BUILDING[c]);

export const buildingPlaceLabel = (buildingName: string, part: BuildingPart) => `${buildingName}${BUILDING_PARTS[part]}`;

export type PlaceInput = { unitId: string } | { common: string } | { buildingId: string; part: string };

export function placeValue(p: PlaceInput): string {
  if ('unitId' in p) return `unit:${p.unitId}`;
  if ('common' in p) return `common:${p.common}`;
  return `building:${p.buildingId}:${p.part}`;
}

/** The inverse of placeValue; null for anything else. Building ids hold colons (b:19栋): the part is after the last. */
export function parsePlaceValue(value: string): PlaceInput | null {
  if (value.startsWith('unit:') && value.length > 5) return { unitId: value.slice(5) };
  if (value.startsWith('common:') && value.length > 7) return { common: value.slice(7) };
  if (value.startsWith('building:')) {
    const rest = value.slice(9);
    const cut = rest.lastIndexOf(':');
    if (cut > 0 && cut < rest.length - 1) return { buildingId: rest.slice(0, cut), part: rest.slice(cut + 1) };
  }
  return null;
}

/** "王秀英" → "王**": the surname and one star per hidden character. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('') || '居民';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 3));
}

/** How a reporter is shown to neighbours: "19栋 王**", or the full name when they chose to show it. */
export function publicReporterName(name: string, buildingName: string | null, showName: boolean): string {
  const shown = showName ? name : maskName(name);
  return buildingName ? `${buildingName} ${shown}` : shown;
}
