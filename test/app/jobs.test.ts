import { demoHarness, type Harness } from '../support/harness';
import { runJobs } from '../../server/app/jobs/runJobs';
import { uploadPhoto } from '../support/photos';
import type { TaskDoc } from '../../server/app/model';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness('2026-03-04T02:00:00.000Z'); // Wednesday 10:00 in Wuhan
});
afterEach(() => h.close());

describe('timed jobs', () => {
  it('creates each recurring task once, a day ahead, however often the job runs', async () => {
    // Next Monday 08:00 CST = Sunday 00:00Z; from Sunday 00:00Z it is within the day's lookahead.
    h.clock.set('2026-03-08T01:00:00.000Z');
    await runJobs(h.deps);
    await runJobs(h.deps);
    await Promise.all([runJobs(h.deps), runJobs(h.deps)]);
    const cleaning = await h.deps.store.find<TaskDoc>('tasks', { where: { title: '清扫19栋楼道(每周免费保洁)' }, orderBy: [['dueAt', 'asc']] });
    const dues = cleaning.map((t) => t.dueAt);
    expect(dues).toContain('2026-03-09T04:00:00.000Z'); // Monday 08:00 CST + 4 h
    expect(new Set(dues).size).toBe(dues.length);
  });

  it('creates the monthly meter round on the 1st at 05:00 China time', async () => {
    h.clock.set('2026-03-31T22:00:00.000Z');
    await runJobs(h.deps);
    const rounds = await h.deps.store.find<TaskDoc>('tasks', { where: { title: '凌晨抄水表:桥东线', dueAt: '2026-04-01T00:00:00.000Z' } });
    expect(rounds).toHaveLength(1); // 2026-04-01 05:00 CST is 2026-03-31T21:00Z, due 3 h later
    expect(rounds[0]).toMatchObject({ kind: 'meter_reading', route: '桥东', assigneeId: 'user:demo-staff' });
  });

  it('closes an issue done for over seven days as unconfirmed, and not before', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'start' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'finish', note: '刷好了', photos: [await uploadPhoto(h, 'manager')] });
    h.clock.advance(7 * 86_400_000);
    await runJobs(h.deps);
    expect((await h.ok('owner', 'issues.get', { issueId: issue.id })).issue.status).toBe('done');
    h.clock.advance(1);
    await runJobs(h.deps);
    expect((await h.ok('owner', 'issues.get', { issueId: issue.id })).issue).toMatchObject({ status: 'closed', closedAs: 'unconfirmed' });
  });

  it('asks "修好了吗?" once, four weeks after closing, for an issue never rated', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'start' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'finish', note: '刷好了', photos: [await uploadPhoto(h, 'manager')] });
    await h.ok('owner', 'issues.transition', { issueId: issue.id, transition: 'confirm' });
    h.clock.advance(28 * 86_400_000 + 1);
    await runJobs(h.deps);
    await runJobs(h.deps);
    const asked = await h.deps.store.find('outbox', { where: { kind: 'issue.followUp', toUserId: 'user:demo-owner' } });
    expect(asked.filter((m) => (m.dedupeKey as string).endsWith(issue.id))).toHaveLength(1);
  });

  it('alerts the manager once about an issue not accepted within 24 hours', async () => {
    await runJobs(h.deps);
    await runJobs(h.deps);
    const alerts = await h.deps.store.find('outbox', { where: { kind: 'issue.overdue', toUserId: 'user:demo-manager' } });
    // The demo's green-waste report has waited 36 hours.
    expect(alerts.length).toBe(new Set(alerts.map((a) => a.dedupeKey)).size);
    expect(alerts.length).toBeGreaterThanOrEqual(1);
  });
});
