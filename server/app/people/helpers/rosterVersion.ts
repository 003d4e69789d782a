// Which roster is live. An import writes its units and new buildings tagged with the version it
// stages (`rosterVersion`), invisible until the one document `meta/roster` says that version is
// live: flipping `live` is the single write that switches the whole new roster on, so a reader
// sees the whole old roster or the whole new one, never part (people/rosterStaging.ts). A
// document without `rosterVersion` (the demo seed, rosters imported before versions) is live.
// Readers that list the roster (buildings, units, a poll's frozen roster) filter with `isLive`.
// One roster pointer per compound: issue 13 will key it by compound.
import type { Ctx } from '../../context';
import { instanceOf, type Doc } from '../../../store/port';

export const ROSTER_META_ID = 'roster';

export interface RosterMetaDoc extends Doc {
  _id: typeof ROSTER_META_ID;
  /** The newest version switched on; 0 before any staged import. */
  live: number;
  /** The last version handed to an import (a failed one is never reused). */
  last: number;
  /** The import job under way (`rosterImports` id), or null: one at a time. */
  importing: string | null;
}

export const emptyRosterMeta = (): RosterMetaDoc => ({ _id: ROSTER_META_ID, live: 0, last: 0, importing: null });

export async function rosterMeta(ctx: Pick<Ctx, 'store'>): Promise<RosterMetaDoc> {
  return (await ctx.store.get<RosterMetaDoc>('meta', ROSTER_META_ID)) ?? emptyRosterMeta();
}

// The highest live version this instance has read, per compound (the compound's view is its own
// instance key). The switch only ever raises `live` (rosterStaging.ts: Math.max), so a version
// once read live stays live: a document of that version or older needs no read of the pointer.
// A document of a newer version is what makes a reader that knows too little fall back to reading
// the pointer (CLOUDBASE.md: a cache may decide nothing unless what the writer writes makes a
// stale reader fail), so the value can be old but never wrong.
const seenLive = new WeakMap<object, number>();

/** The live version, for readers. */
export async function liveRosterVersion(ctx: Pick<Ctx, 'store'>): Promise<number> {
  const live = (await rosterMeta(ctx)).live;
  const key = instanceOf(ctx.store);
  if (!(live <= (seenLive.get(key) ?? -1))) seenLive.set(key, live);
  return live;
}

/** A version this instance has read live (or undefined before its first read): every version up to it is live. */
export const liveAtLeast = (ctx: Pick<Ctx, 'store'>): number | undefined => seenLive.get(instanceOf(ctx.store));

/** A unit or building (`rosterVersion`: the import that staged it, absent for older ones) is in the live roster. */
export const isLive = (doc: { [key: string]: unknown }, live: number): boolean => !doc.rosterVersion || Number(doc.rosterVersion) <= live;

/**
 * A building an import adds units to keeps its old count until the switch: the added units wait in
 * `stagedUnits` under `stagedVersion`, and count once that version is live (the import's clean-up
 * then folds them into `unitCount`).
 */
export const liveUnitCount = (b: { [key: string]: unknown }, live: number): number =>
  Number(b.unitCount ?? 0) + (b.stagedVersion && Number(b.stagedVersion) <= live ? Number(b.stagedUnits ?? 0) : 0);
