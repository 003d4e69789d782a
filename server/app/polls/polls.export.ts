// polls.export (with polls.exportCsv and polls.exportRecount beside it): a closed poll's individual ballots, for the
// public notice (one row per unit, no phone numbers or names: a holder appears as a salted code)
// and for the recount tool (docs/recount.md). Only after closing, only for the committee, the
// community and admins, and every read is logged with who read what.
// polls.export is the whole table in one file (CSV or .xlsx): a compound's roster is read 500
// units a chunk, so 608 flats are 2 chunk reads and 7 ballot pages; polls.exportCsv keeps the
// 500-unit parts for callers that page.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { recordEvent } from '../events';
import { tableFile, TABLE_FORMATS } from '../exports/tableFile';
import { CHUNK_UNITS } from './model';
import { BALLOT_HEADER, ballotRows, perUnit } from './helpers/ballotRows';
import { allowed } from '../../../src/domain/permissions';
import { closedPoll } from './helpers/closedPoll';
import { pollFields, pollRefusals, pollServerText, pollSummaries } from '../../../src/copy/polls';

export const exportBallots = defineAction({
  name: 'polls.export',
  summary: pollSummaries['polls.export'],
  input: z.object({ pollId: id(pollFields.poll), format: z.enum(TABLE_FORMATS, { error: pollRefusals.formatMissing }) }).strict(),
  roles: allowed('polls.export'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    const parts = perUnit(poll) ? Math.max(1, poll.roster.chunks) : 1;
    const chunks = await Promise.all(Array.from({ length: parts }, (_, n) => ballotRows(ctx, poll, n * CHUNK_UNITS, Math.min((n + 1) * CHUNK_UNITS, poll.roster.units))));
    const rows = chunks.flat();
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: input.format, rows: rows.length });
    return { file: await tableFile(pollServerText.ballotTableFileName(poll.title), BALLOT_HEADER, rows, input.format, pollServerText.ballotTableSheet) };
  },
});
