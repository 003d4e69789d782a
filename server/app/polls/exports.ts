// polls.export / polls.exportCsv / polls.exportRecount: a closed poll's individual ballots, for the
// public notice (one row per unit, no phone numbers or names: a holder appears as a salted code)
// and for the recount tool (docs/recount.md). Only after closing, only for the committee, the
// community and admins, and every read is logged with who read what.
// polls.export is the whole table in one file (CSV or .xlsx): a compound's roster is read 500
// units a chunk, so 608 flats are 2 chunk reads and 7 ballot pages; polls.exportCsv keeps the
// 500-unit parts for callers that page.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import { tableFile, csvCell, TABLE_FORMATS } from '../exports/tableFile';
import { CHUNK_UNITS, assertClosed, isCounted, loadPoll, type PollDoc, type RosterSummary } from './model';
import { pollBallots, snapshotUnits } from './roster';
import { recountFileOf, settle } from './tally';
import { BALLOT_HEADER, ballotRows, perUnit } from './ballotRows';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollServerText, pollSummaries } from '../../../src/copy/polls';

async function closedPoll(ctx: Parameters<typeof settle>[0], pollId: string): Promise<PollDoc & { roster: RosterSummary }> {
  const poll = await settle(ctx, await loadPoll(ctx, pollId));
  assertClosed(poll);
  if (!isCounted(poll)) throw conflict(pollRefusals.noRoster);
  return poll;
}

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

export const exportRecount = defineAction({
  name: 'polls.exportRecount',
  summary: pollSummaries['polls.exportRecount'],
  input: z.object({ pollId: id(pollFields.poll) }).strict(),
  roles: allowed('polls.exportRecount'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    if (poll.kind === 'consultation') throw conflict(pollRefusals.consultationNoRecount);
    const [units, ballots] = await Promise.all([snapshotUnits(ctx, poll), pollBallots(ctx, poll._id)]);
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'recount' });
    return { file: recountFileOf(poll, units, ballots), fileName: pollServerText.recountFileName(poll.title) };
  },
});
