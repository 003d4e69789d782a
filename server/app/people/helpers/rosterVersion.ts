// Which roster is live. An import writes its units and new buildings tagged with the version it
// stages (`rosterVersion`), invisible until the one document `meta/roster` says that version is
// live: flipping `live` is the single write that switches the whole new roster on, so a reader
// sees the whole old roster or the whole new one, never part (people/rosterStaging.ts). A
// document without `rosterVersion` (the demo seed, rosters imported before versions) is live.
// Readers that list the roster (buildings, units, a poll's frozen roster) filter with `isLive`.
// One roster pointer per compound: issue 13 will key it by compound.
import type { Ctx } from '../../context';
import type { Doc } from '../../../store/port';

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

/** The live version, for readers. */
export const liveRosterVersion = async (ctx: Pick<Ctx, 'store'>): Promise<number> => (await rosterMeta(ctx)).live;

/** A unit or building (`rosterVersion`: the import that staged it, absent for older ones) is in the live roster. */
export const isLive = (doc: { [key: string]: unknown }, live: number): boolean => !doc.rosterVersion || Number(doc.rosterVersion) <= live;

/**
 * A building an import adds units to keeps its old count until the switch: the added units wait in
 * `stagedUnits` under `stagedVersion`, and count once that version is live (the import's clean-up
 * then folds them into `unitCount`).
 */
export const liveUnitCount = (b: { [key: string]: unknown }, live: number): number =>
  Number(b.unitCount ?? 0) + (b.stagedVersion && Number(b.stagedVersion) <= live ? Number(b.stagedUnits ?? 0) : 0);
