// The documents a roster file becomes: its units in file order, one holder per head
// (rosterPlan.ts decides who is one owner), and its buildings with how many units each gains.
// Deterministic, so every call of a long import (rosterStaging.ts) rebuilds the same list from the
// same file and goes on at the same place.
import { createHash } from 'node:crypto';
import type { RosterRow } from '../../../../src/domain/roster';
import { isDeveloper } from '../../../../src/domain/rosterHeads';
import type { BuildingDoc, HolderDoc, UnitDoc } from '../../model';
import { peopleServerText } from '../../../../src/copy/people';

export const holderIdFor = (holderKey: string) => `h:${createHash('sha256').update(holderKey).digest('hex').slice(0, 20)}`;
type Place = Pick<RosterRow, 'building' | 'unit' | 'room'>;
// Rosters write "19" or "19栋", "1" or "1单元": bare numbers get their word so labels read right.
const buildingName = (building: string) => (/^\d+$/.test(building) ? peopleServerText.buildingNumber(building) : building);
const unitName = (unit: string) => (/^\d+$/.test(unit) ? peopleServerText.unitEntrance(unit) : unit);
export const buildingIdFor = (name: string) => `b:${buildingName(name)}`;
export const unitIdFor = (row: Place) => `u:${buildingName(row.building)}-${unitName(row.unit)}-${row.room}`;
export const unitLabelFor = (row: Place) => `${buildingName(row.building)}${unitName(row.unit)}${row.room}`;

export interface ImportSummary {
  imported: number;
  buildings: number;
  holders: number;
}

export interface RosterDocs {
  units: UnitDoc[];
  holders: HolderDoc[];
  /** New-building documents (order and count filled in when staged). */
  buildings: BuildingDoc[];
  /** Building id → units this file adds to it. */
  counts: Map<string, number>;
  summary: ImportSummary;
}

/** `keys[i]`: the head key of `rows[i]` (rosterPlan.ts). */
export function rosterDocs(rows: readonly RosterRow[], keys: readonly string[]): RosterDocs {
  const buildingCounts = new Map<string, number>();
  const holders = new Map<string, HolderDoc>();
  const units: UnitDoc[] = [];
  for (const [i, row] of rows.entries()) {
    const holderId = holderIdFor(keys[i]);
    if (!holders.has(holderId)) holders.set(holderId, { _id: holderId, name: row.holderName, phone: row.phone, kind: isDeveloper(row.holderName) ? 'developer' : 'person' });
    buildingCounts.set(buildingName(row.building), (buildingCounts.get(buildingName(row.building)) ?? 0) + 1);
    units.push({ _id: unitIdFor(row), buildingId: buildingIdFor(row.building), unit: row.unit ? unitName(row.unit) : null, room: row.room, label: unitLabelFor(row), areaCenti: row.areaCenti, holderId, order: row.line });
  }
  const buildings = [...buildingCounts.keys()].map((name): BuildingDoc => ({ _id: buildingIdFor(name), name, zone: '', order: 0, unitCount: 0 }));
  return {
    units,
    holders: [...holders.values()],
    buildings,
    counts: new Map([...buildingCounts].map(([name, n]) => [buildingIdFor(name), n])),
    summary: { imported: units.length, buildings: buildingCounts.size, holders: holders.size },
  };
}
