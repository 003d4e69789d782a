// The roster frozen when a poll opens, and the full reads the count and the reports need. Reads
// page by `_id` (keyset), 100 documents at a time, as CloudBase allows.
import { randomBytes } from 'node:crypto';
import type { RosterSnapshot } from '../../../../src/domain/law278';
import type { Ctx, Deps } from '../../context';
import type { BuildingDoc, UnitDoc } from '../../model';
import { isLive, liveRosterVersion } from '../../people/helpers/rosterVersion';
import type { Doc, Where } from '../../../store/port';
import { StoreError } from '../../../store/port';
import {
  CHUNK_UNITS,
  pollHolderId,
  rosterChunkId,
  isBallot,
  type BallotDoc,
  type BuildingTotals,
  type PollDoc,
  type PollHolderDoc,
  type RosterChunkDoc,
  type RosterSummary,
  type SnapUnit,
} from '../model';

/** Every document of a collection matching `where`, in `_id` order, a page of 100 at a time. */
export async function readAll<T extends Doc>(ctx: Ctx, collection: string, where: Where = {}): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: T[] = await ctx.store.find<T>(collection, { where: after === null ? where : { ...where, _id: { $gt: after } }, orderBy: [['_id', 'asc']], limit: 100 });
    all.push(...page);
    if (page.length < 100) return all;
    after = page[page.length - 1]._id;
  }
}

/** The roster as it stands now: units by building order then roster order, with per-building totals. */
export async function currentRoster(ctx: Ctx): Promise<{ units: SnapUnit[]; buildings: BuildingTotals[] }> {
  // The pointer first, then the documents: whatever a switch does meanwhile, the units kept are
  // one whole roster (every unit of a version was written before the pointer named it).
  const live = await liveRosterVersion(ctx);
  const [units, buildings] = await Promise.all([
    readAll<UnitDoc>(ctx, 'units').then((all) => all.filter((u) => isLive(u, live))),
    readAll<BuildingDoc>(ctx, 'buildings').then((all) => all.filter((b) => isLive(b, live))),
  ]);
  const order = new Map(buildings.map((b) => [b._id, b.order]));
  units.sort((a, b) => (order.get(a.buildingId) ?? Infinity) - (order.get(b.buildingId) ?? Infinity) || a.order - b.order || (a._id < b._id ? -1 : 1));
  const totals = new Map<string, BuildingTotals & { holderSet: Set<string> }>();
  const snap: SnapUnit[] = units.map((u) => {
    let t = totals.get(u.buildingId);
    if (!t) {
      const name = buildings.find((b) => b._id === u.buildingId)?.name ?? u.buildingId;
      totals.set(u.buildingId, (t = { id: u.buildingId, name, units: 0, holders: 0, areaCenti: 0, holderSet: new Set() }));
    }
    t.units++;
    t.areaCenti += u.areaCenti;
    t.holderSet.add(u.holderId);
    return { id: u._id, label: u.label, buildingId: u.buildingId, areaCenti: u.areaCenti, holderId: u.holderId };
  });
  return { units: snap, buildings: [...totals.values()].map(({ holderSet, ...t }) => ({ ...t, holders: holderSet.size })) };
}

/**
 * Writes the frozen roster of a poll being opened, in chunks of ≤ 500 units under this freezing's
 * own `openId` (a second, concurrent freezing writes its own and never overwrites these), and
 * returns the summary the poll keeps. Only chunks of the kept summary's `openId` are ever read.
 */
export async function freezeRoster(ctx: Ctx, pollId: string, openId: string): Promise<{ summary: RosterSummary }> {
  const { units, buildings } = await currentRoster(ctx);
  const chunks: RosterChunkDoc[] = [];
  for (let n = 0; n * CHUNK_UNITS < units.length; n++) {
    chunks.push({ _id: rosterChunkId(pollId, openId, n), pollId, openId, n, units: units.slice(n * CHUNK_UNITS, (n + 1) * CHUNK_UNITS) });
  }
  await writeReplacing(ctx, 'pollRosters', chunks);
  const summary: RosterSummary = {
    openId,
    salt: randomBytes(16).toString('hex'),
    units: units.length,
    holders: new Set(units.map((u) => u.holderId)).size,
    areaCenti: units.reduce((sum, u) => sum + u.areaCenti, 0),
    chunks: chunks.length,
    buildings,
  };
  return { summary };
}

/** Inserts in batches of 500; documents an interrupted opening left behind are replaced. */
export async function writeReplacing(ctx: Ctx | Deps, collection: string, docs: Doc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 500) {
    const batch = docs.slice(i, i + 500);
    try {
      await ctx.store.insertMany(collection, batch);
    } catch (error) {
      // Left over by an interrupted opening of this poll: replace them.
      if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      for (const doc of batch) await ctx.store.set(collection, doc);
    }
  }
}

/** The frozen units of an open or closed poll, in roster order. */
export async function snapshotUnits(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }): Promise<SnapUnit[]> {
  const units: SnapUnit[] = [];
  for (let n = 0; n < poll.roster.chunks; n += 10) {
    const page = await ctx.store.find<RosterChunkDoc>('pollRosters', { where: { pollId: poll._id, openId: poll.roster.openId, n: { $gte: n, $lt: n + 10 } }, orderBy: [['n', 'asc']], limit: 10 });
    for (const chunk of page) {
      if (chunk.openId !== poll.roster.openId) throw new Error(`roster chunk ${chunk._id} is from another opening`);
      units.push(...chunk.units);
    }
  }
  if (units.length !== poll.roster.units) throw new Error(`roster of ${poll._id} has ${units.length} units, expected ${poll.roster.units}`);
  return units;
}

/** Units at positions [from, to) of the frozen roster, reading only the chunks that hold them. */
export async function snapshotRange(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }, from: number, to: number): Promise<SnapUnit[]> {
  const first = Math.floor(from / CHUNK_UNITS);
  const last = Math.floor((Math.max(from, to - 1)) / CHUNK_UNITS);
  const chunks = await ctx.store.find<RosterChunkDoc>('pollRosters', { where: { pollId: poll._id, openId: poll.roster.openId, n: { $gte: first, $lte: last } }, orderBy: [['n', 'asc']], limit: 10 });
  const units = chunks.flatMap((c) => c.units);
  return units.slice(from - first * CHUNK_UNITS, to - first * CHUNK_UNITS);
}

export const toSnapshot = (units: readonly SnapUnit[]): RosterSnapshot => ({ units: units.map((u) => ({ id: u.id, areaCenti: u.areaCenti, holderKey: u.holderId })) });

/** The ballots of a poll, without the seals closing left on empty seats. */
export const pollBallots = async (ctx: Ctx, pollId: string) => (await readAll<BallotDoc>(ctx, 'ballots', { pollId })).filter(isBallot);

/** Where a unit's vote belonged when the poll opened: its holder's frozen document, or null. */
export async function frozenHolderOfUnit(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }, unitId: string): Promise<PollHolderDoc | null> {
  // Usually the holder has not changed since opening: one read of the unit, one of the holder.
  const unit = await ctx.store.get<UnitDoc>('units', unitId);
  if (unit) {
    const holder = await ctx.store.get<PollHolderDoc>('pollHolders', pollHolderId(poll._id, unit.holderId));
    if (holder && holder.openId === poll.roster.openId && holder.units.some((u) => u.id === unitId)) return holder;
  }
  // Sold since opening (or removed): the frozen roster says who it was.
  const frozen = (await snapshotUnits(ctx, poll)).find((u) => u.id === unitId);
  if (!frozen) return null;
  const holder = await ctx.store.get<PollHolderDoc>('pollHolders', pollHolderId(poll._id, frozen.holderId));
  return holder && holder.openId === poll.roster.openId ? holder : null;
}
