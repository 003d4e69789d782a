// compound.units: the units of one building, for the claim picker. Refuses an unknown building.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { notFound } from '../errors';
import type { BuildingDoc, UnitDoc } from '../model';
import { unitView } from './helpers/views';
import { isLive, liveAtLeast, liveRosterVersion } from '../people/helpers/rosterVersion';
import type { Ctx } from '../context';
import { allowed } from '../../../src/domain/permissions';
import { peopleFields, peopleSummaries } from '../../../src/copy/people';

export const listUnits = defineAction({
  name: 'compound.units',
  summary: peopleSummaries['compound.units'],
  input: z.object({ buildingId: id(peopleFields.building) }).strict(),
  roles: allowed('compound.units'),
  // Any signed-in caller sees the same list: the caller's user is never read (one store read
  // fewer on the busiest read of the claim screen). The identity is still required.
  defersCaller: true,
  async run(ctx, input) {
    // Once this instance has read the roster pointer, the building and its units are read at once,
    // without it: every version up to the one it read is live for good. Only when one of them is of
    // a newer version (an import staged or switched on since) is the pointer read again.
    const known = liveAtLeast(ctx);
    if (known !== undefined) {
      const [building, units] = await Promise.all([ctx.store.get<BuildingDoc>('buildings', input.buildingId), unitsOf(ctx, input.buildingId)]);
      if (!building) throw notFound(peopleFields.building);
      if (isLive(building, known) && units.every((u) => isLive(u, known))) return answer(building, units);
    }
    // The pointer, then the units: a version switched on before the pointer is read was staged
    // whole before it, so the reader sees the whole old roster or the whole new one, never part.
    const [building, live] = await Promise.all([ctx.store.get<BuildingDoc>('buildings', input.buildingId), liveRosterVersion(ctx)]);
    // A building or unit an import is still staging is not in the roster yet (people/rosterVersion.ts).
    if (!building || !isLive(building, live)) throw notFound(peopleFields.building);
    return answer(building, (await unitsOf(ctx, building._id)).filter((u) => isLive(u, live)));
  },
});

// A building has fewer than a few hundred units; paged through in CloudBase-sized pages.
async function unitsOf(ctx: Ctx, buildingId: string): Promise<UnitDoc[]> {
  const units: UnitDoc[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await ctx.store.find<UnitDoc>('units', { where: { buildingId }, orderBy: [['order', 'asc']], limit: 100, skip });
    units.push(...page);
    if (page.length < 100) return units;
  }
}

const answer = (building: BuildingDoc, units: UnitDoc[]) => ({ units: units.map((u) => ({ id: u._id, ...unitView(u, building) })) });
