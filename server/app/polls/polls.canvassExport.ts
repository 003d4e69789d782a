// polls.canvassExport: the canvassing list as a file (Excel or CSV, UTF-8 with a BOM, China time)
// for volunteers who plan their round in a spreadsheet or a group chat: one building, or every
// building when none is named, one row per flat not yet voted, in roster order with its floor, the
// owner's name, the phone masked and the visited tick. The same rows as the page (canvassList.ts);
// the names are personal information, so each export is logged with how many rows left.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { floorWord } from '../../../src/domain/canvass';
import { chinaDateTime } from '../../../src/domain/chinaTime';
import { invalid } from '../errors';
import { recordEvent } from '../events';
import { tableFile, TABLE_FORMATS } from '../exports/tableFile';
import { loadDoorToDoorPoll } from './model';
import { canvassBuilding, type CanvassItem } from './helpers/canvassList';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollServerText, pollSummaries } from '../../../src/copy/polls';

export const CANVASS_HEADER = pollServerText.canvassHeader;

const rowOf = (building: string, item: CanvassItem) => [
  building,
  floorWord(item.floor),
  item.label,
  item.owner,
  item.phone,
  item.visited ? pollServerText.yes : '',
  item.visited?.byName ?? '',
  chinaDateTime(item.visited?.at),
  item.visited?.note ?? '',
];

export const canvassExport = defineAction({
  name: 'polls.canvassExport',
  summary: pollSummaries['polls.canvassExport'],
  input: z.object({ pollId: id(pollFields.poll), buildingId: id(pollFields.building).optional(), format: z.enum(TABLE_FORMATS, { error: pollRefusals.formatMissing }) }).strict(),
  roles: allowed('polls.canvassExport'),
  async run(ctx, input) {
    const poll = await loadDoorToDoorPoll(ctx, input.pollId);
    const buildings = poll.roster.buildings;
    const at = input.buildingId ? buildings.findIndex((b) => b.id === input.buildingId) : -1;
    if (input.buildingId && at < 0) throw invalid('buildingId', pollRefusals.buildingNotInRoster);
    const which = at >= 0 ? [at] : buildings.map((_, i) => i);
    // Buildings one after another: a roster of 600 flats is 6 to 7 scans, each a handful of reads.
    const rows: string[][] = [];
    for (const i of which) for (const item of await canvassBuilding(ctx, poll, i)) rows.push(rowOf(buildings[i].name, item));
    const scope = at >= 0 ? buildings[at].name : pollServerText.allBuildings;
    await recordEvent(ctx, 'poll.canvass_read', poll._id, { buildingId: at >= 0 ? buildings[at].id : null, what: input.format, rows: rows.length });
    return { file: await tableFile(pollServerText.canvassFileName(poll.title, scope), CANVASS_HEADER, rows, input.format, pollServerText.canvassSheet) };
  },
});
