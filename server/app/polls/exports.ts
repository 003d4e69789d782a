// polls.exportCsv / polls.exportRecount: a closed poll's individual ballots, for the public notice
// (CSV, one row per unit, no phone numbers or names: a holder appears as a salted code) and for
// the recount tool (docs/recount.md). Only after closing, only for the committee, the community
// and admins, and every read is logged with who read what.
import { z } from 'zod';
import { defineAction } from '../action';
import { formatArea } from '../../../src/domain/area';
import { id } from '../../../src/domain/fields';
import { conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import { CHUNK_UNITS, assertClosed, isBallot, holderCode, ballotId, isCounted, loadPoll, type BallotDoc, type PollDoc, type RosterSummary } from './model';
import { pollBallots, snapshotRange, snapshotUnits } from './roster';
import { recountFileOf, settle } from './tally';
import { COUNT_READERS } from './views';

const VOTE_LABELS = { yes: '同意', no: '反对', abstain: '弃权' } as const;

async function closedPoll(ctx: Parameters<typeof settle>[0], pollId: string): Promise<PollDoc & { roster: RosterSummary }> {
  const poll = await settle(ctx, await loadPoll(ctx, pollId));
  assertClosed(poll);
  if (!isCounted(poll)) throw conflict('这项表决没有名册');
  return poll;
}

const cell = (value: string) => (/[",\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : value);

function choiceText(poll: PollDoc, b: BallotDoc | undefined): string {
  if (!b) return '未投票';
  if (poll.kind === 'decision') return VOTE_LABELS[b.choice!];
  if (poll.kind === 'election') {
    const names = new Map(poll.candidates!.map((c) => [c.id, c.name]));
    return b.choices!.length ? b.choices!.map((c) => names.get(c) ?? c).join('、') : '空白票';
  }
  return poll.options!.find((o) => o.id === b.option)?.label ?? b.option!;
}

export const exportCsv = defineAction({
  name: 'polls.exportCsv',
  summary: '导出已截止表决的逐户投票表(CSV,分段每段 500 户,不含电话和姓名);每次导出都留痕',
  input: z.object({ pollId: id('表决'), part: z.number({ error: '分段应是数字' }).int('分段应是整数').min(0, '分段不能为负').max(10000, '分段太大').optional() }).strict(),
  roles: [...COUNT_READERS],
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    const part = input.part ?? 0;
    const parts = Math.max(1, poll.roster.chunks);
    if (part >= parts) throw invalid('part', `只有 ${parts} 段`);
    const header = ['楼栋', '房屋', '面积(㎡)', '业主编号', '投票方式', '委托代理', '意见', '投票时间', '改票'];
    const rows: string[][] = [];
    if (poll.kind === 'consultation' && poll.per === 'resident') {
      for (const b of await pollBallots(ctx, poll._id)) rows.push(['', '', '', '', '在线', '', choiceText(poll, b), b.castAt, b.changes ? '是' : '']);
    } else {
      const units = await snapshotRange(ctx, poll, part * CHUNK_UNITS, Math.min((part + 1) * CHUNK_UNITS, poll.roster.units));
      const keyOf = (u: (typeof units)[number]) => (poll.kind === 'consultation' ? u.id : u.holderId);
      const ids = [...new Set(units.map((u) => ballotId(poll._id, keyOf(u))))];
      const ballots = new Map<string, BallotDoc>();
      for (let i = 0; i < ids.length; i += 100) {
        for (const b of await ctx.store.find<BallotDoc>('ballots', { where: { _id: { $in: ids.slice(i, i + 100) } }, limit: 100 })) if (isBallot(b)) ballots.set(b._id, b);
      }
      const names = new Map(poll.roster.buildings.map((b) => [b.id, b.name]));
      for (const u of units) {
        const b = ballots.get(ballotId(poll._id, keyOf(u)));
        rows.push([
          names.get(u.buildingId) ?? u.buildingId,
          u.label,
          formatArea(u.areaCenti),
          poll.kind === 'consultation' ? '' : holderCode(poll, u.holderId),
          b ? (b.channel === 'paper' ? '纸质' : '在线') : '',
          b?.proxy ? '是' : '',
          choiceText(poll, b),
          b?.castAt ?? '',
          b?.changes ? '是' : '',
        ]);
      }
    }
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'csv', part });
    const csv = (part === 0 ? [header, ...rows] : rows).map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
    return { csv: part === 0 ? `\uFEFF${csv}` : csv, part, parts, fileName: `${poll.title}-逐户投票-${part + 1}.csv` };
  },
});

export const exportRecount = defineAction({
  name: 'polls.exportRecount',
  summary: '导出已截止表决或选举的复核文件(冻结名册和全部选票),可用 npm run recount 独立复核;每次导出都留痕',
  input: z.object({ pollId: id('表决') }).strict(),
  roles: [...COUNT_READERS],
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    if (poll.kind === 'consultation') throw conflict('征询没有法定计票,不需要复核文件');
    const [units, ballots] = await Promise.all([snapshotUnits(ctx, poll), pollBallots(ctx, poll._id)]);
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'recount' });
    return { file: recountFileOf(poll, units, ballots), fileName: `${poll.title}-复核文件.json` };
  },
});
