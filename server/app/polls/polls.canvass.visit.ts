// polls.canvass.visit: a committee member ticks a flat as visited (上门过) on the canvassing list,
// with an optional note ("不在家", "已发纸质票"), or takes the tick back. One document per poll and
// flat, written whole, so two volunteers ticking the same door leave one tick (the later one).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText } from '../../../src/domain/fields';
import { conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import { isCounted, loadPoll } from './model';
import { snapshotRange } from './helpers/roster';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

/** `canvassVisit:<pollId>:<unitId>`. */
export interface CanvassVisitDoc {
  _id: string;
  pollId: string;
  unitId: string;
  by: string;
  byName: string;
  note: string;
  at: string;
  [key: string]: unknown;
}

export const canvassVisitId = (pollId: string, unitId: string) => `canvassVisit:${pollId}:${unitId}`;

export const canvassVisit = defineAction({
  name: 'polls.canvass.visit',
  summary: pollSummaries['polls.canvass.visit'],
  input: z.object({ pollId: id(pollFields.poll), unitId: id(pollFields.unit), visited: z.boolean({ error: pollRefusals.visitedMissing }), note: optionalText(pollFields.note, 40) }).strict(),
  roles: allowed('polls.canvass.visit'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await loadPoll(ctx, input.pollId);
    if (!isCounted(poll)) throw conflict(pollRefusals.notOpenYet, { status: poll.status });
    if (poll.status !== 'open') throw conflict(pollRefusals.closedNoCanvass, { status: poll.status });
    const _id = canvassVisitId(poll._id, input.unitId);
    if (!input.visited) {
      await ctx.store.remove('canvassVisits', _id);
      return { visited: null };
    }
    if (!(await unitInRoster(ctx, poll, input.unitId))) throw invalid('unitId', pollRefusals.unitNotInRoster);
    const doc: CanvassVisitDoc = { _id, pollId: poll._id, unitId: input.unitId, by: caller.userId, byName: caller.name, note: input.note ?? '', at: ctx.clock.now().toISOString() };
    await ctx.store.set('canvassVisits', doc);
    await recordEvent(ctx, 'poll.canvass_visit', poll._id, { unitId: input.unitId });
    return { visited: { byName: doc.byName, at: doc.at, note: doc.note } };
  },
});

/** Whether a unit is in the frozen roster: its id names the building, so only that building's chunk range is read. */
async function unitInRoster(ctx: Parameters<typeof snapshotRange>[0], poll: Parameters<typeof snapshotRange>[1], unitId: string): Promise<boolean> {
  const buildings = poll.roster!.buildings;
  let from = 0;
  for (const b of buildings) {
    if (unitId.startsWith(`u:${b.name}-`)) {
      const units = await snapshotRange(ctx, poll, from, from + b.units);
      return units.some((u) => u.id === unitId);
    }
    from += b.units;
  }
  return false;
}
