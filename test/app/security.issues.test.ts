// Security findings in the issues and governance areas (issue 16): a private issue never reaches
// an agenda or a list outside its circle; finishing an issue finishes only the caller's own tasks
// and is refused while someone else's are open; text with control or bidi characters is refused
// naming the field.
import { demoHarness, type Harness } from '../support/harness';
import { uploadPhoto } from '../support/photos';
import type { IssueDoc } from '../../server/app/issues/model';
import type { TaskDoc } from '../../server/app/model';
import type { Input } from '../support/actionTypes';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const inHours = (hrs: number) => new Date(h.clock.now().getTime() + hrs * 3_600_000).toISOString();
const errorOf = (o: { body: unknown }) => (o.body as { error: { code: string; field?: string; message: string } }).error;
const privateReport = { category: 'pipe_leak', place: { unitId: 'u:3栋-2单元-502' }, description: '独居老人家里漏水,不想让邻居知道', visibility: 'private' } satisfies Input<'issues.report'>;

describe('a private issue stays in its circle', () => {
  it('cannot be tabled for the three-party meeting, whose agenda everyone reads', async () => {
    const { issue } = await h.ok('resident', 'issues.report', privateReport);
    const tabled = await h.call('manager', 'issues.transition', { issueId: issue.id, transition: 'table' });
    expect(tabled.status).toBe(409);
    expect(errorOf(tabled).message).toContain('仅物业可见');
    expect((await h.deps.store.get<IssueDoc>('issues', issue.id))!.status).toBe('reported');
  });

  it('already tabled (older data) stays off the tabled list and out of a new agenda', async () => {
    const { issue } = await h.ok('resident', 'issues.report', privateReport);
    await h.deps.store.update('issues', issue.id, { status: 'tabled' });
    const { issues } = await h.ok('committee', 'meetings.tabled');
    expect(issues.map((i: { id: string }) => i.id)).not.toContain(issue.id);
    const scheduled = await h.call('community', 'meetings.schedule', { title: '三方联动会议', at: inHours(24), place: '党群驿站', issueIds: [issue.id] });
    expect([scheduled.status, errorOf(scheduled).field]).toEqual([400, 'issueIds']);
  });

  it('on an existing agenda shows a placeholder to everyone outside its circle', async () => {
    const { issue } = await h.ok('resident', 'issues.report', { ...privateReport, visibility: 'public' });
    await h.ok('committee', 'issues.transition', { issueId: issue.id, transition: 'table' });
    const { meeting } = await h.ok('community', 'meetings.schedule', { title: '三方联动会议', at: inHours(24), place: '党群驿站', issueIds: [issue.id] });
    await h.deps.store.update('issues', issue.id, { visibility: 'private' });
    for (const persona of ['committee', 'community']) {
      const seen = await h.ok(persona, 'meetings.get', { meetingId: meeting.id });
      expect(seen.meeting.agenda[0]).toEqual({ id: 'a1', kind: 'issue', issueId: null, title: '一条仅物业可见的报事' });
      expect(JSON.stringify(seen)).not.toContain('独居老人');
    }
    const staffView = await h.ok('manager', 'meetings.get', { meetingId: meeting.id });
    expect(staffView.meeting.agenda[0]).toMatchObject({ issueId: issue.id, title: expect.stringContaining('独居老人') });
  });
});

describe('finishing an issue from its page', () => {
  async function inProgressWithTasks(assignees: string[]) {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const tasks: string[] = [];
    for (const a of assignees) tasks.push((await h.ok('manager', 'tasks.create', { issueId: issue.id, title: `补墙皮 ${a}`, assigneeId: a, dueAt: inHours(5) })).task.id);
    return { issueId: issue.id as string, tasks };
  }

  it('is refused while another staff member’s task is open, naming whose, and closes nothing', async () => {
    const { issueId, tasks } = await inProgressWithTasks(['user:demo-staff', 'user:demo-staff-2']);
    const outcome = await h.call('staff', 'issues.transition', { issueId, transition: 'finish', note: '补好了', photos: [await uploadPhoto(h, 'staff')] });
    expect(outcome.status).toBe(409);
    const other = await h.deps.store.get<{ _id: string; name: string }>('users', 'user:demo-staff-2');
    expect(errorOf(outcome).message).toContain(other!.name);
    for (const t of tasks) expect((await h.deps.store.get<TaskDoc>('tasks', t))!.status).not.toBe('done');
    expect((await h.deps.store.get<IssueDoc>('issues', issueId))!.status).toBe('in_progress');
  });

  it('by the manager is refused too while staff tasks are open: their work is theirs to sign off', async () => {
    const { issueId } = await inProgressWithTasks(['user:demo-staff']);
    const outcome = await h.call('manager', 'issues.transition', { issueId, transition: 'finish', note: '好了', photos: [await uploadPhoto(h, 'manager')] });
    expect(outcome.status).toBe(409);
  });

  it('finishes the caller’s own tasks with the issue, once the others are done', async () => {
    const { issueId, tasks } = await inProgressWithTasks(['user:demo-staff', 'user:demo-staff', 'user:demo-staff-2']);
    await h.ok('staff-2', 'tasks.finish', { taskId: tasks[2], note: '另一面墙补好了', photos: [await uploadPhoto(h, 'staff-2')] });
    await h.ok('staff', 'issues.transition', { issueId, transition: 'finish', note: '补好了', photos: [await uploadPhoto(h, 'staff')] });
    for (const t of tasks.slice(0, 2)) expect((await h.deps.store.get<TaskDoc>('tasks', t))!).toMatchObject({ status: 'done', doneBy: 'user:demo-staff' });
    expect((await h.deps.store.get<TaskDoc>('tasks', tasks[2]))!).toMatchObject({ doneBy: 'user:demo-staff-2', note: '另一面墙补好了' });
  });
});

describe('text with invisible characters', () => {
  it.each([
    ['a right-to-left override', '墙皮\u202e脱落'],
    ['a NUL', '墙皮\u0000脱落'],
  ])('is refused with %s, naming the field', async (_what, description) => {
    const outcome = await h.call('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description });
    expect(outcome.status).toBe(400);
    expect(errorOf(outcome)).toMatchObject({ code: 'invalid', field: 'description', message: expect.stringContaining('控制字符') });
  });
});
