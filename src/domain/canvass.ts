// The canvassing list (上门动员): the flats of one building whose owner has not voted, grouped by
// floor, so volunteers walk a stairwell from the ground up. A room number's last two digits are
// the door, the digits before them the floor ("301" → 3, "1201" → 12); a label without one goes
// under "其他".

export function floorOf(label: string): number | null {
  const room = /(\d{3,4})$/.exec(label)?.[1];
  if (!room) return null;
  const floor = Math.floor(Number(room) / 100);
  return floor > 0 ? floor : null;
}

export function floorWord(floor: number | null): string {
  return floor === null ? '其他' : `${floor} 层`;
}

/** Items grouped by floor, lowest floor first, "其他" last; the roster order kept inside a floor. */
export function byFloor<T extends { floor: number | null }>(items: readonly T[]): Array<{ floor: number | null; items: T[] }> {
  const groups = new Map<number | null, T[]>();
  for (const item of items) groups.set(item.floor, [...(groups.get(item.floor) ?? []), item]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([floor, list]) => ({ floor, items: list }));
}
