// Moving an open poll's closing time: later or earlier (never into the past), with a reason shown
// on the poll and logged; the timed job closes by the new time; a poll closing or closed keeps it.
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import { closeDuePolls } from '../../server/app/polls/helpers/tally';
import { beginClose } from '../../server/app/polls/helpers/closing';
import { closingMoveRefusal } from '../../src/domain/closingTime';
import type { PollDoc } from '../../server/app/polls/model';

const HOUR = 3_600_000;
let h: PollHarness;
beforeEach(async () => {
  h = await pollHarness();
});
afterEach(() => h.close());

const later = (ms: number) => new Date(h.clock.now().getTime() + ms).toISOString();

async function openPoll(closesInMs = 24 * HOUR) {
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'consultation', title: '中心广场跳舞时间', options: ['18:30-20:00', '19:00-20:30'], per: 'resident', closesAt: later(closesInMs) });
  await h.ok('committee', 'polls.open', { pollId: poll.id });
  return poll.id as string;
}

describe('the rule', () => {
  const now = new Date('2026-03-02T09:00:00.000Z');
  it('allows a move either way while both times are more than 5 minutes away', () => {
    expect(closingMoveRefusal('2026-03-03T09:00:00.000Z', '2026-03-05T09:00:00.000Z', now)).toBeNull();
    expect(closingMoveRefusal('2026-03-03T09:00:00.000Z', '2026-03-02T12:00:00.000Z', now)).toBeNull();
    expect(closingMoveRefusal(null, '2026-03-02T12:00:00.000Z', now)).toBeNull();
  });
  it('refuses the past, the next 5 minutes, the same time, and a poll about to close', () => {
    expect(closingMoveRefusal('2026-03-03T09:00:00.000Z', '2026-03-01T09:00:00.000Z', now)?.field).toBe('closesAt');
    expect(closingMoveRefusal('2026-03-03T09:00:00.000Z', '2026-03-02T09:04:00.000Z', now)?.field).toBe('closesAt');
    expect(closingMoveRefusal('2026-03-03T09:00:00.000Z', '2026-03-03T17:00:00+08:00', now)?.field).toBe('closesAt');
    expect(closingMoveRefusal('2026-03-02T09:03:00.000Z', '2026-03-04T09:00:00.000Z', now)?.field).toBe('poll');
  });
});

describe('polls.moveClosingTime', () => {
  it('extends a poll: the move shows on the poll, is logged, and the job closes by the new time', async () => {
    const pollId = await openPoll();
    const before = (await h.ok('owner', 'polls.get', { pollId })).poll;
    const to = later(48 * HOUR);
    const { poll } = await h.ok('committee', 'polls.moveClosingTime', { pollId, closesAt: to, reason: '参与的人还不够,延长两天' });
    expect(poll.closesAt).toBe(to);
    const seen = (await h.ok('owner', 'polls.get', { pollId })).poll;
    expect(seen.closingMove).toMatchObject({ from: before.closesAt, to, reason: '参与的人还不够,延长两天' });
    expect(seen.closingMove).not.toHaveProperty('by');
    const log = await h.deps.store.find('events', { where: { type: 'poll.closing_moved', subject: pollId } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: expect.stringContaining('committee'), data: { from: before.closesAt, to } });
    const audit = (await h.ok('committee', 'audit.poll', { pollId })).items as Array<{ what: string; detail: string; who: string }>;
    expect(audit.find((i) => i.what === '修改截止时间')).toMatchObject({ who: '张建国', detail: expect.stringContaining('原因:参与的人还不够,延长两天') });

    h.clock.advance(24 * HOUR);
    expect(await closeDuePolls(h.deps)).toBe(0);
    await h.ok('owner', 'polls.cast', { pollId, option: 'o1' });
    h.clock.advance(24 * HOUR);
    expect(await closeDuePolls(h.deps)).toBe(1);
    expect((await h.deps.store.get<PollDoc>('polls', pollId))!.status).toBe('closed');
  });

  it('brings a poll forward: ballots are refused and the job closes it after the new time', async () => {
    const pollId = await openPoll();
    await h.ok('committee', 'polls.moveClosingTime', { pollId, closesAt: later(2 * HOUR), reason: '业主大会提前召开' });
    h.clock.advance(2 * HOUR);
    expect((await h.call('owner', 'polls.cast', { pollId, option: 'o1' })).status).toBe(409);
    expect(await closeDuePolls(h.deps)).toBe(1);
  });

  it('answers a mistake with 400 naming the field, and lets only the committee move it', async () => {
    const pollId = await openPoll();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ pollId, closesAt: '下周一', reason: '延期' }, 'closesAt'],
      [{ pollId, closesAt: later(-HOUR), reason: '延期' }, 'closesAt'],
      [{ pollId, closesAt: later(2 * 60_000), reason: '延期' }, 'closesAt'],
      [{ pollId, closesAt: later(48 * HOUR), reason: '' }, 'reason'],
      [{ pollId, closesAt: later(48 * HOUR) }, 'reason'],
    ];
    for (const [input, field] of cases) {
      const out = await h.call('committee', 'polls.moveClosingTime', input);
      expect([JSON.stringify(input), out.status, errorOf(out).field]).toEqual([JSON.stringify(input), 400, field]);
    }
    expect((await h.call('owner', 'polls.moveClosingTime', { pollId, closesAt: later(48 * HOUR), reason: '延期两天' })).status).toBe(403);
    expect((await h.deps.store.get<PollDoc>('polls', pollId))!.closingMove).toBeUndefined();
  });

  it('refuses a poll that is closing or closed (409), and one closing within 5 minutes', async () => {
    const pollId = await openPoll();
    await beginClose(h.deps, (await h.deps.store.get<PollDoc>('polls', pollId))!, 'system');
    const closing = await h.call('committee', 'polls.moveClosingTime', { pollId, closesAt: later(48 * HOUR), reason: '延期两天' });
    expect(closing.status).toBe(409);
    expect(errorOf(closing).message).toContain('已经截止');

    const soon = await openPoll(4 * 60_000);
    expect((await h.call('committee', 'polls.moveClosingTime', { pollId: soon, closesAt: later(48 * HOUR), reason: '延期两天' })).status).toBe(409);
  });

  it('of two moves sent together, one wins and the other is told to refresh', async () => {
    const pollId = await openPoll();
    const [a, b] = await Promise.all([
      h.call('committee', 'polls.moveClosingTime', { pollId, closesAt: later(30 * HOUR), reason: '延期一天' }),
      h.call('committee', 'polls.moveClosingTime', { pollId, closesAt: later(40 * HOUR), reason: '延期更久' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });
});
