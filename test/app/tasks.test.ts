import { demoHarness, type Harness } from '../support/harness';
import { uploadPhoto } from '../support/photos';
import type { TaskDoc } from '../../server/app/model';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const inHours = (hrs: number) => new Date(h.clock.now().getTime() + hrs * 3_600_000).toISOString();
const errorOf = (o: { body: { ok: boolean } }) => (o.body as unknown as { error: { field?: string; details?: unknown } }).error;

async function standalone(assigneeId: string | null = 'user:demo-staff') {
  return (await h.ok('manager', 'tasks.create', { title: '清理配电房', kind: 'cleaning', assigneeId, dueAt: inHours(5) })).task.id as string;
}

describe('tasks', () => {
  it('refuses a finish by someone it is not assigned to (403) and a second finish (409)', async () => {
    const taskId = await standalone();
    const photo = await uploadPhoto(h, 'staff');
    expect((await h.call('staff-2', 'tasks.finish', { taskId, note: '做完了', photos: [photo] })).status).toBe(403);
    await h.ok('staff', 'tasks.finish', { taskId, note: '做完了', photos: [photo] });
    const again = await h.call('staff', 'tasks.finish', { taskId, note: '又做了一次', photos: [photo] });
    expect(again.status).toBe(409);
    expect(errorOf(again).details).toEqual({ status: 'done' });
  });

  it('answers a resend of the same finish (same opId) as the first, and records it once', async () => {
    const taskId = await standalone();
    const photo = await uploadPhoto(h, 'staff');
    const input = { taskId, note: '地下室没信号,离线提交', photos: [photo], opId: 'op-1234567890' };
    const first = await h.ok('staff', 'tasks.finish', input);
    const resend = await h.ok('staff', 'tasks.finish', input);
    expect(resend).toMatchObject({ replay: true, task: { id: first.task.id, status: 'done' } });
    expect(await h.deps.store.count('events', { type: 'task.finished', subject: taskId })).toBe(1);
  });

  it('needs an after-photo to finish a repair, and a note always', async () => {
    const taskId = await standalone();
    const noPhoto = await h.call('staff', 'tasks.finish', { taskId, note: '好了' });
    expect([noPhoto.status, errorOf(noPhoto).field]).toEqual([400, 'photos']);
    const noNote = await h.call('staff', 'tasks.finish', { taskId, note: ' ', photos: [await uploadPhoto(h, 'staff')] });
    expect([noNote.status, errorOf(noNote).field]).toEqual([400, 'note']);
  });

  it('assigns only to staff, and not in the past', async () => {
    const toOwner = await h.call('manager', 'tasks.create', { title: 'x', assigneeId: 'user:demo-owner', dueAt: inHours(2) });
    expect([toOwner.status, errorOf(toOwner).field]).toEqual([400, 'assigneeId']);
    const past = await h.call('manager', 'tasks.create', { title: 'x', dueAt: inHours(-2) });
    expect([past.status, errorOf(past).field]).toEqual([400, 'dueAt']);
    const badDate = await h.call('manager', 'tasks.create', { title: 'x', dueAt: '明天' });
    expect([badDate.status, errorOf(badDate).field]).toEqual([400, 'dueAt']);
  });

  it('refuses a task for an issue that was not accepted, with its state', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙裂了' });
    const outcome = await h.call('manager', 'tasks.create', { issueId: issue.id, title: '修墙', dueAt: inHours(2) });
    expect(outcome.status).toBe(409);
    expect(errorOf(outcome).details).toEqual({ status: 'reported' });
  });

  it('shows staff their tasks as overdue, today and upcoming', async () => {
    await h.ok('manager', 'tasks.create', { title: '今天的活', dueAt: inHours(1), assigneeId: 'user:demo-staff-3' });
    await h.ok('manager', 'tasks.create', { title: '下周的活', dueAt: inHours(24 * 7), assigneeId: 'user:demo-staff-3' });
    const lateId = (await h.ok('manager', 'tasks.create', { title: '快到期的活', dueAt: inHours(2), assigneeId: 'user:demo-staff-3' })).task.id;
    h.clock.advance(3 * 3_600_000);
    const mine = await h.ok('staff-3', 'tasks.mine');
    expect(mine.overdue.map((t: { title: string }) => t.title)).toEqual(['今天的活', '快到期的活']);
    expect(mine.upcoming.map((t: { title: string }) => t.title)).toEqual(['下周的活']);
    expect(mine.overdue.find((t: { id: string }) => t.id === lateId)!.overdue).toBe(true);
  });

  it('gives the manager a board of what waits, what is unassigned and each person’s load', async () => {
    await standalone(null);
    const board = await h.ok('manager', 'tasks.board');
    expect(board.unassigned).toHaveLength(1);
    expect(board.toAccept.map((i: { placeLabel: string }) => i.placeLabel)).toEqual(expect.arrayContaining(['绿化带', '19栋楼道']));
    expect(board.overdueIssues).toBeGreaterThanOrEqual(1);
    const liu = board.byStaff.find((s: { name: string }) => s.name === '刘师傅')!;
    expect(liu.open).toBeGreaterThanOrEqual(2);
    expect(board.byStaff.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['刘师傅', '赵师傅', '孙师傅', '钱阿姨']));
  });

  it('reassigns an open task and tells the new assignee', async () => {
    const taskId = await standalone();
    await h.ok('manager', 'tasks.assign', { taskId, assigneeId: 'user:demo-staff-2' });
    expect((await h.deps.store.get<TaskDoc>('tasks', taskId))!.assigneeId).toBe('user:demo-staff-2');
    const told = await h.deps.store.find('outbox', { where: { toUserId: 'user:demo-staff-2', kind: 'task.assigned' } });
    expect(told.some((m) => (m.dedupeKey as string).includes(taskId))).toBe(true);
  });
});

describe('tasks.get', () => {
  it('shows the assignee and the manager a finished task with its note and photo, and nobody else', async () => {
    const taskId = await standalone();
    await h.ok('staff', 'tasks.finish', { taskId, note: '配电房清理干净了', photos: [await uploadPhoto(h, 'staff')] });
    const mine = await h.ok('staff', 'tasks.get', { taskId });
    expect(mine.task).toMatchObject({ id: taskId, status: 'done', note: '配电房清理干净了', photos: [expect.stringMatching(/^\/files\//)] });
    expect((await h.ok('manager', 'tasks.get', { taskId })).task.id).toBe(taskId);
    expect((await h.call('staff-2', 'tasks.get', { taskId })).status).toBe(404);
  });
});

describe('finishing an issue from its page', () => {
  it('closes the open tasks on it too', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const { task } = await h.ok('manager', 'tasks.create', { issueId: issue.id, title: '补墙皮', assigneeId: 'user:demo-staff', dueAt: inHours(5) });
    await h.ok('staff', 'issues.transition', { issueId: issue.id, transition: 'finish', note: '补好了', photos: [await uploadPhoto(h, 'staff')] });
    expect((await h.deps.store.get<TaskDoc>('tasks', task.id))!).toMatchObject({ status: 'done', note: '补好了', doneBy: 'user:demo-staff' });
  });
});
