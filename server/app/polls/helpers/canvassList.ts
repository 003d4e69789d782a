// The rows of the canvassing list (上门动员名单), shared by the page (polls.canvass, one call per
// 100 flats) and the files (polls.canvassExport, a building or the whole roster): the flats of one
// building whose owner has not voted, with the owner's name, the phone masked and the visited tick.
// One scan reads one roster chunk range and one page each of ballots, holders and visits.
import { floorOf } from '../../../../src/domain/canvass';
import { maskPhone } from '../../../../src/domain/phone';
import type { Ctx } from '../../context';
import type { HolderDoc } from '../../model';
import { ballotId, isBallot, type BallotDoc, type PollDoc, type RosterSummary } from '../model';
import { snapshotRange } from './roster';
import { canvassVisitId, type CanvassVisitDoc } from '../polls.canvass.visit';
import { pollServerText } from '../../../../src/copy/polls';

export const CANVASS_SCAN = 100;

type CountedPoll = PollDoc & { roster: RosterSummary };
type Building = RosterSummary['buildings'][number];

export interface CanvassItem {
  unitId: string;
  label: string;
  floor: number | null;
  owner: string;
  phone: string;
  visited: { byName: string; at: string; note: string } | null;
}

const byIds = <T extends { _id: string }>(ctx: Ctx, collection: string, ids: string[]) =>
  ids.length ? ctx.store.find<T>(collection, { where: { _id: { $in: ids } }, limit: 100 }) : Promise.resolve([] as T[]);

/** The building at `at` in the roster, and where its flats start and end in roster order. */
export function buildingRange(poll: CountedPoll, at: number): { building: Building; from: number; to: number } {
  const buildings = poll.roster.buildings;
  const from = buildings.slice(0, at).reduce((sum, b) => sum + b.units, 0);
  return { building: buildings[at], from, to: from + buildings[at].units };
}

/** Up to 100 flats of a building from `skip` on: those not voted, and where the next scan starts (building-relative). */
export async function canvassScan(ctx: Ctx, poll: CountedPoll, at: number, skip: number): Promise<{ items: CanvassItem[]; nextSkip: number; hasMore: boolean }> {
  const { from, to } = buildingRange(poll, at);
  const start = from + skip;
  const units = start < to ? await snapshotRange(ctx, poll, start, Math.min(start + CANVASS_SCAN, to)) : [];
  const keyOf = (u: (typeof units)[number]) => (poll.kind === 'consultation' ? u.id : u.holderId);
  const [ballots, holders, visits] = await Promise.all([
    byIds<BallotDoc>(ctx, 'ballots', [...new Set(units.map((u) => ballotId(poll._id, keyOf(u))))]),
    byIds<HolderDoc>(ctx, 'holders', [...new Set(units.map((u) => u.holderId))]),
    byIds<CanvassVisitDoc>(ctx, 'canvassVisits', units.map((u) => canvassVisitId(poll._id, u.id))),
  ]);
  const voted = new Set(ballots.filter(isBallot).map((b) => b._id));
  const holderOf = new Map(holders.map((h) => [h._id, h]));
  const visitOf = new Map(visits.map((v) => [v.unitId, v]));
  const items = units
    .filter((u) => !voted.has(ballotId(poll._id, keyOf(u))))
    .map((u) => {
      const holder = holderOf.get(u.holderId);
      const visit = visitOf.get(u.id);
      return {
        unitId: u.id,
        label: u.label,
        floor: floorOf(u.label),
        owner: holder ? (holder.kind === 'developer' ? pollServerText.developer(holder.name) : holder.name) : '',
        phone: maskPhone(holder?.phone),
        visited: visit ? { byName: visit.byName, at: visit.at, note: visit.note } : null,
      };
    });
  const next = start + units.length;
  return { items, nextSkip: next - from, hasMore: next < to };
}

/** Every flat of a building not yet voted: the building's scans one after another. */
export async function canvassBuilding(ctx: Ctx, poll: CountedPoll, at: number): Promise<CanvassItem[]> {
  const items: CanvassItem[] = [];
  for (let skip = 0; ; ) {
    const scan = await canvassScan(ctx, poll, at, skip);
    items.push(...scan.items);
    if (!scan.hasMore) return items;
    skip = scan.nextSkip;
  }
}
