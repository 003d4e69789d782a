// Writing an imported roster under the function's time budget, all or nothing. A demo-sized roster
// is ≈ 600 units and as many holders: one call cannot read and write them one by one inside the
// api function's timeout at CloudBase's ≈ 15 ms a round trip (server/app/budget.ts). So:
//   1. existence checks read 100 documents a call (`_id` in …), not one each;
//   2. staging: new holders and buildings are inserted in chunks, as far as the budget allows;
//      they are invisible until a unit names them, so a roster left half-staged shows nothing,
//      and the next call (the same file, the same operation id) finds them and goes on;
//   3. the switch: every unit, the buildings' unit counts, the import's record and its event in one
//      transaction (CloudBase allows many single-document operations in one), so the roster
//      appears whole or not at all. A retry after the switch finds the record and answers as the
//      first call did.
import type { Ctx } from '../context';
import { eventDoc } from '../events';
import type { Doc } from '../../store/port';
import { OP_MS, workBudget, type WorkBudget } from '../budget';
import type { BuildingDoc, HolderDoc, UnitDoc } from '../model';

export interface ImportSummary {
  imported: number;
  buildings: number;
  holders: number;
  dryRun: boolean;
}

/** `rosterImport:<opId>`: written by the switch; a retry of the same import finds it. */
export interface RosterImportDoc extends ImportSummary {
  _id: string;
  fileName: string;
  at: string;
  [key: string]: unknown;
}

export const rosterImportId = (opId: string) => `rosterImport:${opId}`;

const CHUNK = 100;
/**
 * The most units one file may hold: the switch writes them all in one transaction, which must
 * commit within a transaction's validity of about 10 s (docs/CLOUDBASE.md; the emulated store
 * rolls back older ones) at ≈ 15 ms a write: 600 units are 9 s. A bigger roster (the demo
 * compound has 608 units) is imported as several files, e.g. one per group of buildings, each all
 * or nothing.
 */
const TX_VALIDITY_MS = 10_000;
export const MAX_IMPORT_UNITS = Math.floor((TX_VALIDITY_MS * 0.9) / OP_MS);

/** The ids among `ids` that exist in `collection`, 100 a read. */
export async function existing(ctx: Ctx, collection: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const page = await ctx.store.find<Doc>(collection, { where: { _id: { $in: ids.slice(i, i + CHUNK) } }, limit: CHUNK });
    for (const d of page) found.add(d._id);
  }
  return found;
}

export type Staged = { done: true; summary: ImportSummary } | { done: false; progress: { done: number; total: number } };

/**
 * Stages what is missing and switches the roster on when everything fits; otherwise says how many
 * units are ready. `unbounded`: no budget (an import without an operation id cannot be resumed).
 */
export async function stageAndSwitch(
  ctx: Ctx,
  plan: { units: UnitDoc[]; holders: HolderDoc[]; buildings: BuildingDoc[]; counts: Map<string, number>; summary: ImportSummary; fileName: string; opId?: string },
): Promise<Staged> {
  const budget: WorkBudget = plan.opId ? workBudget(ctx.store) : { allows: () => true, used: () => 0 };
  const knownHolders = await existing(ctx, 'holders', plan.holders.map((h) => h._id));
  const knownBuildings = await existing(ctx, 'buildings', plan.buildings.map((b) => b._id));
  const missing = plan.holders.filter((h) => !knownHolders.has(h._id));
  for (let i = 0; i < missing.length; i += CHUNK) {
    const chunk = missing.slice(i, i + CHUNK);
    if (!budget.allows(chunk.length + 1)) {
      const ready = new Set([...knownHolders, ...missing.slice(0, i).map((h) => h._id)]);
      return { done: false, progress: { done: plan.units.filter((u) => ready.has(u.holderId)).length, total: plan.units.length } };
    }
    await ctx.store.insertMany('holders', chunk);
  }
  const lastOrder = (await ctx.store.count('buildings')) + 1;
  const newBuildings = plan.buildings.filter((b) => !knownBuildings.has(b._id)).map((b, i) => ({ ...b, order: lastOrder + i }));
  if (newBuildings.length) await ctx.store.insertMany('buildings', newBuildings);
  // The switch: ≈ one operation per unit, plus a read and a write per building.
  if (!budget.allows(plan.units.length + 2 * plan.counts.size + 2)) return { done: false, progress: { done: plan.units.length, total: plan.units.length } };
  const at = ctx.clock.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    for (const unit of plan.units) await tx.insert('units', unit);
    for (const [buildingId, n] of plan.counts) {
      const b = await tx.get<BuildingDoc>('buildings', buildingId);
      if (b) await tx.update('buildings', buildingId, { unitCount: Number(b.unitCount ?? 0) + n });
    }
    if (plan.opId) await tx.insert('rosterImports', { _id: rosterImportId(plan.opId), ...plan.summary, fileName: plan.fileName, at } satisfies RosterImportDoc);
    await tx.insert('events', eventDoc(ctx, 'roster.imported', 'roster', { fileName: plan.fileName, ...plan.summary, at }));
  });
  return { done: true, summary: plan.summary };
}
