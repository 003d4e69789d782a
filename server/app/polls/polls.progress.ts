// polls.progress: participation while the poll runs (and after), overall and per building,
// against the quorum (2/3 of the area and 2/3 of the heads): counted from the ballots themselves,
// never from a shared counter. Says who took part, never how anyone voted.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { formatArea } from '../../../src/domain/area';
import { id } from '../../../src/domain/fields';
import { conflict, notFound } from '../errors';
import { isCounted, loadPoll, type PollDoc, type RosterSummary } from './model';
import { pollBallots } from './helpers/roster';
import { settle } from './helpers/tally';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

const big = (n: number) => BigInt(n);
/** part/total ≥ 2/3, exactly. */
const twoThirds = (part: number, total: number) => total > 0 && big(part) * big(3) >= big(total) * big(2);

export const progress = defineAction({
  name: 'polls.progress',
  summary: pollSummaries['polls.progress'],
  input: z.object({ pollId: id(pollFields.poll) }).strict(),
  roles: allowed('polls.progress'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    let poll: PollDoc = await loadPoll(ctx, input.pollId);
    if (poll.status === 'draft' && !caller.roles.includes('committee')) throw notFound(pollFields.poll);
    poll = await settle(ctx, poll);
    if (!isCounted(poll)) throw conflict(pollRefusals.notOpenYet, { status: poll.status });
    return { pollId: poll._id, status: poll.status, ...(await participation(ctx, poll)) };
  },
});

export async function participation(ctx: Parameters<typeof pollBallots>[0], poll: PollDoc & { roster: RosterSummary }) {
  const ballots = await pollBallots(ctx, poll._id);
  const perBuilding = new Map(poll.roster.buildings.map((b) => [b.id, { units: 0, heads: 0, areaCenti: 0 }]));
  let heads = 0;
  let areaCenti = 0;
  let units = 0;
  for (const b of ballots) {
    heads++;
    areaCenti += b.areaCenti;
    units += b.units.length;
    const touched = new Set<string>();
    for (const u of b.units) {
      const t = perBuilding.get(u.buildingId);
      if (!t) continue;
      t.units++;
      t.areaCenti += u.areaCenti;
      if (!touched.has(u.buildingId)) t.heads++;
      touched.add(u.buildingId);
    }
  }
  const r = poll.roster;
  const buildings = r.buildings.map((b) => {
    const t = perBuilding.get(b.id)!;
    return {
      id: b.id,
      name: b.name,
      units: { voted: t.units, total: b.units },
      heads: { voted: t.heads, total: b.holders },
      area: { voted: formatArea(t.areaCenti), total: formatArea(b.areaCenti) },
    };
  });
  if (poll.kind === 'consultation') {
    return { overall: { ballots: ballots.length, units: { voted: units, total: r.units } }, buildings };
  }
  return {
    overall: {
      heads: { num: String(heads), den: String(r.holders) },
      area: { num: String(areaCenti), den: String(r.areaCenti) },
      areaText: { voted: formatArea(areaCenti), total: formatArea(r.areaCenti) },
      units: { voted: units, total: r.units },
      quorum: { threshold: '>=2/3', areaMet: twoThirds(areaCenti, r.areaCenti), headsMet: twoThirds(heads, r.holders), met: twoThirds(areaCenti, r.areaCenti) && twoThirds(heads, r.holders) },
    },
    buildings,
  };
}
