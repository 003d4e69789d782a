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

async function closedPoll(ctx: Parameters<typeof settle>[0], pollId: string): Promise<PollDoc & { roster: RosterSummary }> {
  const poll = await settle(ctx, await loadPoll(ctx, pollId));
  assertClosed(poll);
  if (!isCounted(poll)) throw conflict('这项表决没有名册');
  return poll;
}

export const exportBallots = defineAction({
  name: 'polls.export',
  summary: '导出已截止表决的逐户投票表(整份,CSV 或 Excel,北京时间,不含电话和姓名);每次导出都留痕',
  input: z.object({ pollId: id('表决'), format: z.enum(TABLE_FORMATS, { error: '请选择 CSV 或 Excel' }) }).strict(),
  roles: allowed('polls.export'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    const parts = perUnit(poll) ? Math.max(1, poll.roster.chunks) : 1;
    const chunks = await Promise.all(Array.from({ length: parts }, (_, n) => ballotRows(ctx, poll, n * CHUNK_UNITS, Math.min((n + 1) * CHUNK_UNITS, poll.roster.units))));
    const rows = chunks.flat();
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: input.format, rows: rows.length });
    return { file: await tableFile(`${poll.title}-逐户投票`, BALLOT_HEADER, rows, input.format, '逐户投票') };
  },
});

export const exportCsv = defineAction({
  name: 'polls.exportCsv',
  summary: '导出已截止表决的逐户投票表(CSV,分段每段 500 户,北京时间,不含电话和姓名);每次导出都留痕',
  input: z.object({ pollId: id('表决'), part: z.number({ error: '分段应是数字' }).int('分段应是整数').min(0, '分段不能为负').max(10000, '分段太大').optional() }).strict(),
  roles: allowed('polls.exportCsv'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    const part = input.part ?? 0;
    const parts = perUnit(poll) ? Math.max(1, poll.roster.chunks) : 1;
    if (part >= parts) throw invalid('part', `只有 ${parts} 段`);
    const rows = await ballotRows(ctx, poll, part * CHUNK_UNITS, Math.min((part + 1) * CHUNK_UNITS, poll.roster.units));
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'csv', part });
    const csv = (part === 0 ? [BALLOT_HEADER, ...rows] : rows).map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    return { csv: part === 0 ? `\uFEFF${csv}` : csv, part, parts, fileName: `${poll.title}-逐户投票-${part + 1}.csv` };
  },
});

export const exportRecount = defineAction({
  name: 'polls.exportRecount',
  summary: '导出已截止表决或选举的复核文件(冻结名册和全部选票),可用 npm run recount 独立复核;每次导出都留痕',
  input: z.object({ pollId: id('表决') }).strict(),
  roles: allowed('polls.exportRecount'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    if (poll.kind === 'consultation') throw conflict('征询没有法定计票,不需要复核文件');
    const [units, ballots] = await Promise.all([snapshotUnits(ctx, poll), pollBallots(ctx, poll._id)]);
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'recount' });
    return { file: recountFileOf(poll, units, ballots), fileName: `${poll.title}-复核文件.json` };
  },
});
