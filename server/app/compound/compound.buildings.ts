// compound.buildings: the compound's name and its buildings, for pickers. Open to anyone.
import { z } from 'zod';
import { defineAction } from '../action';
import type { BuildingDoc } from '../model';
import { isLive, liveRosterVersion, liveUnitCount } from '../people/helpers/rosterVersion';
import { allowed } from '../../../src/domain/permissions';
import { peopleSummaries } from '../../../src/copy/people';

export const listBuildings = defineAction({
  name: 'compound.buildings',
  summary: peopleSummaries['compound.buildings'],
  input: z.object({}).strict(),
  roles: allowed('compound.buildings'),
  async run(ctx) {
    const [meta, live, buildings] = await Promise.all([
      ctx.store.get<{ _id: string; name: string }>('meta', 'compound'),
      liveRosterVersion(ctx),
      ctx.store.find<BuildingDoc & { unitCount?: number }>('buildings', { orderBy: [['order', 'asc']], limit: 100 }),
    ]);
    // Only the live roster: a building an import is still staging is not there yet (people/rosterVersion.ts).
    return {
      compound: { name: meta?.name ?? '' },
      buildings: buildings.filter((b) => isLive(b, live)).map((b) => ({ id: b._id, name: b.name, zone: b.zone, unitCount: liveUnitCount(b, live) })),
    };
  },
});
