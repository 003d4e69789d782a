// compound.buildings: the compound's name and its buildings, for pickers. Open to anyone.
import { z } from 'zod';
import { defineAction } from '../action';
import type { BuildingDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';

export const listBuildings = defineAction({
  name: 'compound.buildings',
  summary: '小区名称和楼栋列表',
  input: z.object({}).strict(),
  roles: allowed('compound.buildings'),
  async run(ctx) {
    const [meta, buildings] = await Promise.all([
      ctx.store.get<{ _id: string; name: string }>('meta', 'compound'),
      ctx.store.find<BuildingDoc & { unitCount?: number }>('buildings', { orderBy: [['order', 'asc']], limit: 100 }),
    ]);
    return {
      compound: { name: meta?.name ?? '' },
      buildings: buildings.map((b) => ({ id: b._id, name: b.name, zone: b.zone, unitCount: b.unitCount ?? 0 })),
    };
  },
});
