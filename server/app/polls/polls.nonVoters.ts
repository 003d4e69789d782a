// polls.nonVoters: for the committee's door-to-door canvassing, the units (in roster order,
// optionally one building) whose owner has not voted yet, 50 a page. Labels only: no names,
// no phones, no choices.
import { z } from 'zod';
import { defineAction } from '../action';
import { id, skip } from '../../../src/domain/fields';
import { invalid } from '../errors';
import { ballotId, isBallot, loadDoorToDoorPoll, type BallotDoc } from './model';
import { snapshotRange } from './helpers/roster';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

const PAGE = 50;
const SCAN = 100;
/** Pages of fully-voted units skipped per call, so one call stays within a bounded number of reads. */
const MAX_SCANS = 10;

export const nonVoters = defineAction({
  name: 'polls.nonVoters',
  summary: pollSummaries['polls.nonVoters'],
  input: z.object({ pollId: id(pollFields.poll), buildingId: id(pollFields.building).optional(), skip }).strict(),
  roles: allowed('polls.nonVoters'),
  async run(ctx, input) {
    const poll = await loadDoorToDoorPoll(ctx, input.pollId);
    let from = 0;
    let to = poll.roster.units;
    if (input.buildingId) {
      const at = poll.roster.buildings.findIndex((b) => b.id === input.buildingId);
      if (at < 0) throw invalid('buildingId', pollRefusals.buildingNotInRoster);
      from = poll.roster.buildings.slice(0, at).reduce((sum, b) => sum + b.units, 0);
      to = from + poll.roster.buildings[at].units;
    }
    let pos = from + (input.skip ?? 0);
    const items: Array<{ unitId: string; label: string; buildingId: string }> = [];
    for (let scans = 0; pos < to && items.length < PAGE && scans < MAX_SCANS; scans++) {
      const units = await snapshotRange(ctx, poll, pos, Math.min(pos + SCAN, to));
      const keyOf = (u: (typeof units)[number]) => (poll.kind === 'consultation' ? u.id : u.holderId);
      const ids = [...new Set(units.map((u) => ballotId(poll._id, keyOf(u))))];
      const voted = new Set((await ctx.store.find<BallotDoc>('ballots', { where: { _id: { $in: ids } }, limit: 100 })).filter(isBallot).map((b) => b._id));
      for (const u of units) {
        pos++;
        if (!voted.has(ballotId(poll._id, keyOf(u)))) items.push({ unitId: u.id, label: u.label, buildingId: u.buildingId });
        if (items.length === PAGE) break;
      }
    }
    return { items, hasMore: pos < to, nextSkip: pos - from };
  },
});
