// polls.exportCsv: the per-unit ballot table in 500-unit CSV parts, for callers that page (the
// whole table in one file is polls.export). Every read is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { invalid } from '../errors';
import { recordEvent } from '../events';
import { csvCell } from '../exports/tableFile';
import { CHUNK_UNITS } from './model';
import { BALLOT_HEADER, ballotRows, perUnit } from './helpers/ballotRows';
import { allowed } from '../../../src/domain/permissions';
import { closedPoll } from './helpers/closedPoll';
import { pollFields, pollRefusals, pollServerText, pollSummaries } from '../../../src/copy/polls';

export const exportCsv = defineAction({
  name: 'polls.exportCsv',
  summary: pollSummaries['polls.exportCsv'],
  input: z.object({ pollId: id(pollFields.poll), part: z.number({ error: pollRefusals.partNotNumber }).int(pollRefusals.partNotInteger).min(0, pollRefusals.partNegative).max(10000, pollRefusals.partTooLarge).optional() }).strict(),
  roles: allowed('polls.exportCsv'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    const part = input.part ?? 0;
    const parts = perUnit(poll) ? Math.max(1, poll.roster.chunks) : 1;
    if (part >= parts) throw invalid('part', pollRefusals.onlyParts(parts));
    const rows = await ballotRows(ctx, poll, part * CHUNK_UNITS, Math.min((part + 1) * CHUNK_UNITS, poll.roster.units));
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'csv', part });
    const csv = (part === 0 ? [BALLOT_HEADER, ...rows] : rows).map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    return { csv: part === 0 ? `\uFEFF${csv}` : csv, part, parts, fileName: pollServerText.ballotTablePartFileName(poll.title, part + 1) };
  },
});
