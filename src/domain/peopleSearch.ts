// What a search box for people means: the last four digits of a phone ("0419"), a flat ("19栋301",
// "19-301", "19#301", "19栋1单元301", "19-1-301") or else the start of a name ("王", "王秀英").
// Each kind is one indexed lookup on the server (people/listUsers.ts); phones never leave whole.
import { normalizeText } from './text';

export type PeopleQuery =
  | { kind: 'tail'; tail: string }
  | { kind: 'flat'; building: string; unit: string | null; room: string }
  | { kind: 'name'; name: string };

const FLAT = /^(\d{1,3})(?:栋|幢|号楼|号|#|-)(?:(\d{1,2})(?:单元|-))?(\d{2,5})(?:室|号)?$/;

/** The query's kind and parts, or null for an empty box. */
export function parsePeopleQuery(text: string): PeopleQuery | null {
  const q = normalizeText(text).replace(/\s+/g, '').replace(/[‐‑‒–—−－]/g, '-');
  if (!q) return null;
  if (/^\d{4}$/.test(q)) return { kind: 'tail', tail: q };
  const flat = FLAT.exec(q);
  if (flat) return { kind: 'flat', building: flat[1], unit: flat[2] ?? null, room: flat[3] };
  return { kind: 'name', name: q };
}

/** Building ids a flat query's number may name: rosters write 栋, 幢 or 号楼 (people/importRoster.ts adds 栋 to bare numbers). */
export const buildingIdsFor = (building: string): string[] => [`b:${building}栋`, `b:${building}幢`, `b:${building}号楼`];

/** Room spellings stored from a roster: "301" or "301室". */
export const roomsFor = (room: string): string[] => [room, `${room}室`];

/** The end of a name-prefix range: every name starting with `prefix` sorts below it. */
export const prefixEnd = (prefix: string): string => `${prefix}\uffff`;
