// compound.units: the units of one building, for the claim picker. Refuses an unknown building.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { notFound } from '../errors';
import type { BuildingDoc, UnitDoc } from '../model';
import { unitView } from './helpers/views';
import { isLive, liveRosterVersion } from '../people/helpers/rosterVersion';
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
    const [building, live] = await Promise.all([ctx.store.get<BuildingDoc>('buildings', input.buildingId), liveRosterVersion(ctx)]);
    // A building or unit an import is still staging is not in the roster yet (people/rosterVersion.ts).
    if (!building || !isLive(building, live)) throw notFound(peopleFields.building);
    const units: UnitDoc[] = [];
    // A building has fewer than a few hundred units; page through in CloudBase-sized pages.
    for (let skip = 0; ; skip += 100) {
      const page = await ctx.store.find<UnitDoc>('units', { where: { buildingId: building._id }, orderBy: [['order', 'asc']], limit: 100, skip });
      units.push(...page.filter((u) => isLive(u, live)));
      if (page.length < 100) break;
    }
    return { units: units.map((u) => ({ id: u._id, ...unitView(u, building) })) };
  },
});
