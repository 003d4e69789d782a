// polls.canvass: the committee's door-to-door list for one building of an open (or closed) poll:
// the flats whose owner has not voted, with the owner's name as the roster has it and the phone
// masked, and whether a volunteer already knocked (canvassVisit.ts). 100 flats of the building are
// scanned per call (one roster chunk read, one page of ballots, holders and visits each), so a
// printed list is fetched page by page. The names are personal information: each read is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id, skip } from '../../../src/domain/fields';
import { floorOf } from '../../../src/domain/canvass';
import { maskPhone } from '../../../src/domain/phone';
import { invalid } from '../errors';
import { recordEvent } from '../events';
import type { HolderDoc } from '../model';
import { ballotId, isBallot, loadDoorToDoorPoll, type BallotDoc } from './model';
import { snapshotRange } from './roster';
import { canvassVisitId, type CanvassVisitDoc } from './canvassVisit';
import { allowed } from '../../../src/domain/permissions';

const SCAN = 100;

const byIds = <T extends { _id: string }>(ctx: Parameters<typeof snapshotRange>[0], collection: string, ids: string[]) =>
  ids.length ? ctx.store.find<T>(collection, { where: { _id: { $in: ids } }, limit: 100 }) : Promise.resolve([] as T[]);

export const canvass = defineAction({
  name: 'polls.canvass',
  summary: '上门动员名单:某栋楼尚未投票的房屋,按楼层,含业主姓名(电话打码)和是否已上门;每次查看留痕',
  input: z.object({ pollId: id('表决'), buildingId: id('楼栋').optional(), skip }).strict(),
  roles: allowed('polls.canvass'),
  async run(ctx, input) {
    const poll = await loadDoorToDoorPoll(ctx, input.pollId);
    const buildings = poll.roster.buildings;
    const at = input.buildingId ? buildings.findIndex((b) => b.id === input.buildingId) : 0;
    if (at < 0) throw invalid('buildingId', '名册里没有这栋楼');
    const building = buildings[at];
    const from = buildings.slice(0, at).reduce((sum, b) => sum + b.units, 0);
    const to = from + building.units;
    const start = from + (input.skip ?? 0);
    const units = start < to ? await snapshotRange(ctx, poll, start, Math.min(start + SCAN, to)) : [];
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
          owner: holder ? (holder.kind === 'developer' ? `${holder.name}(开发商)` : holder.name) : '',
          phone: maskPhone(holder?.phone),
          visited: visit ? { byName: visit.byName, at: visit.at, note: visit.note } : null,
        };
      });
    if (input.skip === undefined || input.skip === 0) await recordEvent(ctx, 'poll.canvass_read', poll._id, { buildingId: building.id });
    const next = start + units.length;
    return {
      building: { id: building.id, name: building.name, units: building.units },
      buildings: buildings.map((b) => ({ id: b.id, name: b.name })),
      items,
      hasMore: next < to,
      nextSkip: next - from,
    };
  },
});
