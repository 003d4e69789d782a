import { demoHarness, type Harness } from '../support/harness';
import type { IssueDoc } from '../../server/app/issues/model';
import { present } from '../support/narrow';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness('2026-03-02T21:00:00.000Z'); // 05:00 in Wuhan: the dawn round
});
afterEach(() => h.close());

const meterId = 'meter:u:19栋--502';
const errorOf = (o: { body: { ok: boolean } }) => (o.body as unknown as { error: { field?: string; message: string } }).error;

async function last() {
  const { meters } = await h.ok('staff', 'meters.route', { route: '桥东' });
  const m = present(meters.find((x) => x.id === meterId), meterId);
  return { ...m, last: present(m.last, `${meterId}'s last reading`) };
}
const plus = (value: string, m3: number) => (Number(value) + m3).toFixed(2);

describe('meter readings', () => {
  it('walks building 19’s meters in order with their last reading', async () => {
    const { meters } = await h.ok('staff', 'meters.route', { route: '桥东' });
    expect(meters).toHaveLength(24);
    expect(meters[0].label).toBe('19栋101');
    expect(meters[0].last).toMatchObject({ period: '2026-02', value: expect.stringMatching(/^\d+\.\d{2}$/) });
  });

  it('records a normal reading with its consumption', async () => {
    const m = await last();
    const { reading } = await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value: plus(m.last.value, 9) });
    expect(reading).toMatchObject({ consumption: '9.00', leakSuspected: false, issueId: null });
  });

  it('refuses a reading below the previous one unless the meter was replaced', async () => {
    const m = await last();
    const below = await h.call('staff', 'meters.read', { meterId, period: '2026-03', value: plus(m.last.value, -0.01) });
    expect([below.status, errorOf(below).field]).toEqual([400, 'value']);
    expect(errorOf(below).message).toContain('换了新表');
    const replaced = await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value: '3.50', replaced: true });
    expect(replaced.reading.consumption).toBe('3.50');
  });

  it('accepts a resend of the same reading and refuses a different second one', async () => {
    const m = await last();
    const value = plus(m.last.value, 8);
    await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value });
    expect((await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value })).replay).toBe(true);
    expect((await h.call('staff', 'meters.read', { meterId, period: '2026-03', value: plus(value, 1) })).status).toBe(409);
    expect(await h.deps.store.count('readings', { meterId, period: '2026-03' })).toBe(1);
  });

  it('drafts a private leak issue when use is over three times the median', async () => {
    const m = await last();
    const { reading } = await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value: plus(m.last.value, 60) });
    expect(reading.leakSuspected).toBe(true);
    const issue = await h.deps.store.get<IssueDoc>('issues', reading.issueId!);
    expect(issue).toMatchObject({ category: 'pipe_leak', visibility: 'private', source: 'meter', status: 'reported', place: { label: '19栋502' } });
    expect((await h.call('owner', 'issues.get', { issueId: reading.issueId! })).status).toBe(404);
    expect((await h.ok('manager', 'issues.get', { issueId: reading.issueId! })).issue.description).toContain('疑似漏水');
  });

  it('names the value field for text that is not a reading', async () => {
    const outcome = await h.call('staff', 'meters.read', { meterId, period: '2026-03', value: '一千二' });
    expect([outcome.status, errorOf(outcome).field]).toEqual([400, 'value']);
    const badPeriod = await h.call('staff', 'meters.read', { meterId, period: '2026-13', value: '1' });
    expect([badPeriod.status, errorOf(badPeriod).field]).toEqual([400, 'period']);
  });
});

describe('correcting a meter reading', () => {
  it('corrects a mistyped reading, re-runs the leak check and withdraws the false leak report', async () => {
    const m = await last();
    const wrong = await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value: plus(m.last.value, 90) });
    expect(wrong.reading.leakSuspected).toBe(true);
    const fixed = await h.ok('staff', 'meters.correct', { meterId, period: '2026-03', value: plus(m.last.value, 9), reason: '多按了一个 0' });
    expect(fixed.reading).toMatchObject({ consumption: '9.00', leakSuspected: false });
    expect(fixed.leakReport).toEqual({ id: wrong.reading.issueId!, withdrawn: true });
    const issue = await h.deps.store.get<IssueDoc>('issues', wrong.reading.issueId!);
    expect(issue?.status).toBe('rejected');
    const events = await h.deps.store.find<{ _id: string; type: string; data: { note?: string; reason?: string } }>('events', { where: { subject: wrong.reading.issueId! } });
    expect(events.map((e) => e.data.note ?? '').join()).toContain('多按了一个 0');
    expect((await last()).last).toMatchObject({ period: '2026-03', value: plus(m.last.value, 9), consumption: '9.00' });
  });

  it('leaves a leak report someone already accepted, and says so', async () => {
    const m = await last();
    const wrong = await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value: plus(m.last.value, 90) });
    await h.ok('manager', 'issues.transition', { issueId: wrong.reading.issueId!, transition: 'accept' });
    const fixed = await h.ok('staff', 'meters.correct', { meterId, period: '2026-03', value: plus(m.last.value, 9), reason: '看错了' });
    expect(fixed.leakReport).toEqual({ id: wrong.reading.issueId!, withdrawn: false });
    expect((await h.deps.store.get<IssueDoc>('issues', wrong.reading.issueId!))?.status).toBe('accepted');
  });

  it('drafts a leak report when the corrected value is the suspicious one', async () => {
    const m = await last();
    await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value: plus(m.last.value, 9) });
    const fixed = await h.ok('staff', 'meters.correct', { meterId, period: '2026-03', value: plus(m.last.value, 90), reason: '漏了一位' });
    expect(fixed.reading.leakSuspected).toBe(true);
    expect((await h.deps.store.get<IssueDoc>('issues', fixed.reading.issueId!))?.category).toBe('pipe_leak');
  });

  it('asks for a reason, refuses an unread period, an unchanged value and a period before the latest', async () => {
    const m = await last();
    const value = plus(m.last.value, 9);
    const noReason = await h.call('staff', 'meters.correct', { meterId, period: '2026-03', value, reason: ' ' });
    expect([noReason.status, errorOf(noReason).field]).toEqual([400, 'reason']);
    const unread = await h.call('staff', 'meters.correct', { meterId, period: '2026-03', value, reason: '看错了' });
    expect([unread.status, errorOf(unread).field]).toEqual([400, 'period']);
    await h.ok('staff', 'meters.read', { meterId, period: '2026-03', value });
    const same = await h.call('staff', 'meters.correct', { meterId, period: '2026-03', value, reason: '看错了' });
    expect([same.status, errorOf(same).field]).toEqual([400, 'value']);
    const older = await h.call('staff', 'meters.correct', { meterId, period: m.last.period, value: plus(m.last.value, 1), reason: '看错了' });
    expect([older.status, errorOf(older).field]).toEqual([400, 'period']);
    const below = await h.call('staff', 'meters.correct', { meterId, period: '2026-03', value: plus(m.last.value, -1), reason: '看错了' });
    expect([below.status, errorOf(below).field]).toEqual([400, 'value']);
    expect((await h.call('owner', 'meters.correct', { meterId, period: '2026-03', value, reason: '看错了' })).status).toBe(403);
  });
});
