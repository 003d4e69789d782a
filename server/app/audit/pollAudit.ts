// audit.poll: who did what and when in one poll, for the committee and the community: opening,
// closing, publishing, the paper count (rounds started, who joined as counter or scrutineer, each
// counter's entries, every correction, signatures, the close with its voids), ballots changed,
// proxies recorded, exports read and the paper register printed. Read from the append-only event
// log. A counter's entries are summed per round (a count has hundreds); corrections are listed one
// by one. A voter who changed their ballot is shown by holder code, never by name or choice.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import type { Ctx } from '../context';
import type { EventDoc } from '../events';
import type { UserDoc } from '../model';
import { holderCode, isCounted, loadPoll } from '../polls/model';
import { readAll } from '../polls/roster';
import { chinaDateTime } from '../../../src/domain/chinaTime';
import { allowed } from '../../../src/domain/permissions';

const LABELS: Record<string, string> = {
  'poll.created': '创建表决',
  'poll.opened': '开始投票(冻结名册)',
  'poll.closed': '截止投票并计票',
  'poll.closing_moved': '修改截止时间',
  'poll.published': '公示结果',
  'poll.proxy_recorded': '登记委托书',
  'poll.ballots_read': '导出选票',
  'poll.register_read': '打印/查看纸质选票登记表',
  'count.started': '开始一轮纸质计票',
  'count.joined': '加入计票',
  'count.corrected': '更正一张选票的录入',
  'count.signed': '签字确认计票',
  'count.closed': '结束纸质计票',
  'ballot.changed': '改票',
  'ballot.paper_recorded': '纸质票计入',
};

const inRange = (prefix: string) => ({ subject: { $gte: prefix, $lt: `${prefix}\uffff` } });

async function namesOf(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>([['system', '系统(定时)']]);
  const wanted = [...new Set(ids)].filter((x) => !names.has(x));
  for (let i = 0; i < wanted.length; i += 100) {
    for (const u of await ctx.store.find<UserDoc>('users', { where: { _id: { $in: wanted.slice(i, i + 100) } }, limit: 100 })) names.set(u._id, u.name);
  }
  return names;
}

function detailOf(e: EventDoc, round: (subject: string) => string): string {
  const d = e.data as Record<string, unknown>;
  switch (e.type) {
    case 'poll.ballots_read':
      return d.what === 'csv' ? `逐户投票表第 ${Number(d.part ?? 0) + 1} 段` : '复核文件';
    case 'poll.register_read':
      return `第 ${Number(d.skip ?? 0) + 1} 张起`;
    case 'count.started':
      return `第 ${d.round} 轮,收回 ${d.returned} 张`;
    case 'count.joined':
      return `${round(e.subject)} · ${d.as === 'counter' ? `计票人 ${d.slot}` : '监票人'}`;
    case 'count.corrected':
      return `${round(e.subject)} · 计票人 ${d.counter} · ${d.serial}`;
    case 'count.signed':
      return `${round(e.subject)} · ${d.as === 'scrutineer' ? '监票人' : `计票人 ${String(d.as).slice(-1)}`}`;
    case 'count.closed':
      return `有效 ${d.valid} 张,作废 ${d.spoilt} 张,计入 ${d.ballotsRecorded} 户`;
    case 'poll.closing_moved':
      return `${d.from ? chinaDateTime(String(d.from)) : '未定'} → ${chinaDateTime(String(d.to))},原因:${String(d.reason)}`;
    case 'poll.closed':
      return d.by === 'system' ? '到截止时间自动截止' : '';
    default:
      return '';
  }
}

export const pollAudit = defineAction({
  name: 'audit.poll',
  summary: '表决的操作记录:谁在何时开始、截止、公示、计票(录入、更正、签字、作废)、改票、导出选票、打印登记表',
  input: z.object({ pollId: id('表决') }).strict(),
  roles: allowed('audit.poll'),
  async run(ctx, input) {
    const poll = await loadPoll(ctx, input.pollId);
    const [own, counts, ballots] = await Promise.all([
      readAll<EventDoc>(ctx, 'events', { subject: poll._id }),
      readAll<EventDoc>(ctx, 'events', inRange(`countSession:${poll._id}:`)),
      readAll<EventDoc>(ctx, 'events', inRange(`ballot:${poll._id}:`)),
    ]);
    const round = (subject: string) => `第 ${subject.slice(subject.lastIndexOf(':') + 1)} 轮`;
    const names = await namesOf(ctx, [...own, ...counts].map((e) => e.actorId));
    const items: Array<{ at: string; who: string; what: string; detail: string }> = [];
    // Entries, summed per round and counter: how many, from when to when.
    const entered = new Map<string, { at: string; last: string; n: number; who: string; detail: string }>();
    for (const e of counts) {
      if (e.type !== 'count.entered') continue;
      const key = `${e.subject}|${e.actorId}`;
      const sum = entered.get(key) ?? { at: e.at, last: e.at, n: 0, who: names.get(e.actorId) ?? '(已注销)', detail: `${round(e.subject)} · 计票人 ${(e.data as { counter: number }).counter}` };
      sum.n++;
      if (e.at < sum.at) sum.at = e.at;
      if (e.at > sum.last) sum.last = e.at;
      entered.set(key, sum);
    }
    for (const s of entered.values()) items.push({ at: s.at, who: s.who, what: `录入选票 ${s.n} 张`, detail: `${s.detail} · 至 ${s.last}` });
    for (const e of [...own, ...counts]) {
      if (e.type === 'count.entered') continue;
      items.push({ at: e.at, who: names.get(e.actorId) ?? '(已注销)', what: LABELS[e.type] ?? e.type, detail: detailOf(e, round) });
    }
    for (const e of ballots) {
      const holderId = e.subject.slice(`ballot:${poll._id}:`.length);
      const who = e.type === 'ballot.changed' && isCounted(poll) ? `业主 ${holderCode(poll, holderId)}` : (names.get(e.actorId) ?? '计票');
      items.push({ at: e.at, who, what: LABELS[e.type] ?? e.type, detail: e.type === 'ballot.paper_recorded' ? `选票 ${String((e.data as { serial?: string }).serial ?? '')}` : '' });
    }
    items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return { poll: { id: poll._id, title: poll.title, status: poll.status }, items };
  },
});
