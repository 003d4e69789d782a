// polls.canvass: the committee's door-to-door list for one building of an open (or closed) poll:
// the flats whose owner has not voted, with the owner's name as the roster has it and the phone
// masked, and whether a volunteer already knocked (canvassVisit.ts). 100 flats of the building are
// scanned per call (canvassList.ts), so a printed list is fetched page by page. The names are
// personal information: each read is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id, skip } from '../../../src/domain/fields';
import { invalid } from '../errors';
import { recordEvent } from '../events';
import { loadDoorToDoorPoll } from './model';
import { buildingRange, canvassScan } from './helpers/canvassList';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const canvass = defineAction({
  name: 'polls.canvass',
  summary: pollSummaries['polls.canvass'],
  input: z.object({ pollId: id(pollFields.poll), buildingId: id(pollFields.building).optional(), skip }).strict(),
  roles: allowed('polls.canvass'),
  async run(ctx, input) {
    const poll = await loadDoorToDoorPoll(ctx, input.pollId);
    const buildings = poll.roster.buildings;
    const at = input.buildingId ? buildings.findIndex((b) => b.id === input.buildingId) : 0;
    if (at < 0) throw invalid('buildingId', pollRefusals.buildingNotInRoster);
    const { building } = buildingRange(poll, at);
    const scan = await canvassScan(ctx, poll, at, input.skip ?? 0);
    if (input.skip === undefined || input.skip === 0) await recordEvent(ctx, 'poll.canvass_read', poll._id, { buildingId: building.id });
    return {
      building: { id: building.id, name: building.name, units: building.units },
      buildings: buildings.map((b) => ({ id: b.id, name: b.name })),
      ...scan,
    };
  },
});
