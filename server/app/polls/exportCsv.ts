// polls.exportCsv: the per-unit ballot table in 500-unit CSV parts, for callers that page (the
// whole table in one file is polls.export). Every read is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { invalid } from '../errors';
import { recordEvent } from '../events';
import { csvCell } from '../exports/tableFile';
import { CHUNK_UNITS } from './model';
import { BALLOT_HEADER, ballotRows, perUnit } from './ballotRows';
import { allowed } from '../../../src/domain/permissions';
import { closedPoll } from './closedPoll';

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
