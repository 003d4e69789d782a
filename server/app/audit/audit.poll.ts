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
import { readAll } from '../polls/helpers/roster';
import { chinaDateTime } from '../../../src/domain/chinaTime';
import { countSessionPrefix } from '../../../src/domain/schemas/polls';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollServerText, pollSummaries } from '../../../src/copy/polls';

const LABELS: Record<string, string> = pollServerText.auditActions;

const inRange = (prefix: string) => ({ subject: { $gte: prefix, $lt: `${prefix}\uffff` } });

async function namesOf(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>([['system', pollServerText.systemTimer]]);
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
      return d.what === 'csv' ? pollServerText.ballotTablePart(Number(d.part ?? 0) + 1) : pollServerText.recountFile;
    case 'poll.register_read':
      return pollServerText.registerFrom(Number(d.skip ?? 0) + 1);
    case 'count.started':
      return pollServerText.roundReturned(d.round, d.returned);
    case 'count.joined':
      return `${round(e.subject)} · ${d.as === 'counter' ? pollServerText.counterSlot(d.slot) : pollServerText.scrutineer}`;
    case 'count.corrected':
      return pollServerText.roundCounterSerial(round(e.subject), d.counter, d.serial);
    case 'count.signed':
      return `${round(e.subject)} · ${d.as === 'scrutineer' ? pollServerText.scrutineer : pollServerText.counterSlot(String(d.as).slice(-1))}`;
    case 'count.closed':
      return pollServerText.roundTotals(d.valid, d.spoilt, d.ballotsRecorded);
    case 'poll.closing_moved':
      return pollServerText.closingMoved(d.from ? chinaDateTime(String(d.from)) : pollServerText.undecided, chinaDateTime(String(d.to)), String(d.reason));
    case 'poll.closed':
      return d.by === 'system' ? pollServerText.closedOnTime : '';
    default:
      return '';
  }
}

export const pollAudit = defineAction({
  name: 'audit.poll',
  summary: pollSummaries['audit.poll'],
  input: z.object({ pollId: id(pollFields.poll) }).strict(),
  roles: allowed('audit.poll'),
  async run(ctx, input) {
    const poll = await loadPoll(ctx, input.pollId);
    const [own, counts, ballots] = await Promise.all([
      readAll<EventDoc>(ctx, 'events', { subject: poll._id }),
      readAll<EventDoc>(ctx, 'events', inRange(countSessionPrefix(poll._id))),
      readAll<EventDoc>(ctx, 'events', inRange(`ballot:${poll._id}:`)),
    ]);
    const round = (subject: string) => pollServerText.roundOf(subject.slice(subject.lastIndexOf(':') + 1));
    const names = await namesOf(ctx, [...own, ...counts].map((e) => e.actorId));
    const items: Array<{ at: string; who: string; what: string; detail: string }> = [];
    // Entries, summed per round and counter: how many, from when to when.
    const entered = new Map<string, { at: string; last: string; n: number; who: string; detail: string }>();
    for (const e of counts) {
      if (e.type !== 'count.entered') continue;
      const key = `${e.subject}|${e.actorId}`;
      const sum = entered.get(key) ?? { at: e.at, last: e.at, n: 0, who: names.get(e.actorId) ?? pollServerText.accountGone, detail: pollServerText.roundCounter(round(e.subject), (e.data as { counter: number }).counter) };
      sum.n++;
      if (e.at < sum.at) sum.at = e.at;
      if (e.at > sum.last) sum.last = e.at;
      entered.set(key, sum);
    }
    for (const s of entered.values()) items.push({ at: s.at, who: s.who, what: pollServerText.ballotsEntered(s.n), detail: pollServerText.entriesUpTo(s.detail, s.last) });
    for (const e of [...own, ...counts]) {
      if (e.type === 'count.entered') continue;
      items.push({ at: e.at, who: names.get(e.actorId) ?? pollServerText.accountGone, what: LABELS[e.type] ?? e.type, detail: detailOf(e, round) });
    }
    for (const e of ballots) {
      const holderId = e.subject.slice(`ballot:${poll._id}:`.length);
      const who = e.type === 'ballot.changed' && isCounted(poll) ? pollServerText.ownerCode(holderCode(poll, holderId)) : (names.get(e.actorId) ?? pollServerText.countRole);
      items.push({ at: e.at, who, what: LABELS[e.type] ?? e.type, detail: e.type === 'ballot.paper_recorded' ? pollServerText.ballotSerial(String((e.data as { serial?: string }).serial ?? '')) : '' });
    }
    items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return { poll: { id: poll._id, title: poll.title, status: poll.status }, items };
  },
});
