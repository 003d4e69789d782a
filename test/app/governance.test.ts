import { demoHarness, type Harness } from '../support/harness';
import { uploadPhoto } from '../support/photos';
import { present } from '../support/narrow';
import type { Input } from '../support/actionTypes';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const inDays = (d: number) => new Date(h.clock.now().getTime() + d * 86_400_000).toISOString();
const errorOf = (o: { body: unknown }) => (o.body as { error: { field?: string; message: string; details?: Record<string, unknown> } }).error;

async function tabledIssue(description: string): Promise<string> {
  const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'square' }, description });
  await h.ok('committee', 'issues.transition', { issueId: issue.id, transition: 'table' });
  return issue.id;
}

async function heldMeeting(issueIds: string[]) {
  const { meeting } = await h.ok('community', 'meetings.schedule', { title: '三方联动会议', at: inDays(1), place: '党群驿站', issueIds, freeItems: ['垃圾分类督导'] });
  const { meeting: m } = await h.ok('community', 'meetings.get', { meetingId: meeting.id });
  await h.ok('community', 'meetings.attendance', { meetingId: meeting.id, present: m.attendees.map((a: { userId: string }) => a.userId) });
  return meeting.id as string;
}

describe('demo governance', () => {
  it('seeds the article’s plan, last quarter’s scorecard, a published meeting and a pinned notice', async () => {
    const plan = await h.ok('owner', 'plan.list', {});
    expect(plan.items.map((i: { title: string }) => i.title)).toEqual(['小区供水管网改造(水改)', '消防管网改造', '监控系统移交', '颐乐园加装天然气入户', '生活垃圾分类', '老旧小区改造']);
    expect(new Set(plan.items.map((i: { fundingLabel: string }) => i.fundingLabel))).toEqual(new Set(['共建项目', '住宅专项维修资金', '惠民资金', '物业自筹']));
    const cards = await h.ok('owner', 'inspections.scorecards', {});
    expect(cards.quarters).toHaveLength(1);
    expect(cards.quarters[0].service).toMatchObject({ issues: 3, ratings: 3, averageRating: 4, reopenRate: 33.3 });
    const meetings = await h.ok('owner', 'meetings.list', {});
    expect(meetings.meetings).toHaveLength(1);
    const { meeting } = await h.ok('owner', 'meetings.get', { meetingId: meetings.meetings[0].id });
    expect(meeting.decisions.map((d: { state: string }) => d.state)).toEqual(['done', 'open']);
    const notices = await h.ok('owner', 'notices.list', {});
    expect(notices.notices[0]).toMatchObject({ pinned: true, kind: 'plan' });
  });
});

describe('meetings', () => {
  it('builds the agenda from tabled issues and refuses an issue that is not tabled', async () => {
    const wall = await tabledIssue('广场边的花坛塌了');
    const { issue: fresh } = await h.ok('owner', 'issues.report', { category: 'cleaning', place: { common: 'square' }, description: '广场有垃圾' });
    const tabled = await h.ok('committee', 'meetings.tabled', {});
    expect(tabled.issues.map((i: { id: string }) => i.id)).toContain(wall);
    const bad = await h.call('committee', 'meetings.schedule', { title: '会', at: inDays(1), place: '驿站', issueIds: [fresh.id] });
    expect([bad.status, errorOf(bad).field]).toEqual([400, 'issueIds']);
    const empty = await h.call('committee', 'meetings.schedule', { title: '会', at: inDays(1), place: '驿站' });
    expect([empty.status, errorOf(empty).field]).toEqual([400, 'issueIds']);
    expect((await h.call('owner', 'meetings.schedule', { title: '会', at: inDays(1), place: '驿站', freeItems: ['x'] })).status).toBe(403);
  });

  it('holds a meeting on two tabled issues: decisions become tasks, and finishing them shows the decision done in the published minutes', async () => {
    const a = await tabledIssue('北门院墙裂缝需要加固');
    const b = await tabledIssue('广场地砖大面积松动');
    const meetingId = await heldMeeting([a, b]);
    // Residents do not see it before the minutes are approved.
    expect((await h.call('owner', 'meetings.get', { meetingId })).status).toBe(404);
    const minutes = await h.ok('committee', 'meetings.minutes', { meetingId, text: '议定:院墙加固、地砖翻修。', version: 0 });
    expect(minutes.minutes.version).toBe(1);
    const d1 = await h.ok('manager', 'meetings.decide', { meetingId, agendaId: 'a1', text: '院墙加固,物业出方案并施工', party: 'property', doer: '刘师傅', dueAt: inDays(10), then: 'task', assigneeId: 'user:demo-staff' });
    const d2 = await h.ok('committee', 'meetings.decide', { meetingId, agendaId: 'a2', text: '地砖翻修', party: 'property', doer: '周经理', dueAt: inDays(20), then: 'task' });
    // The tabled issues were decided and are now being handled through their tasks.
    expect((await h.ok('owner', 'issues.get', { issueId: a })).issue.status).toBe('in_progress');
    const task = await h.ok('staff', 'tasks.get', { taskId: d1.decision.taskIds[0] });
    expect(task.task).toMatchObject({ issueId: a, status: 'open' });
    // The committee's task waits unassigned on the dispatch board.
    const board = await h.ok('manager', 'tasks.board', {});
    expect(board.unassigned.map((t: { id: string }) => t.id)).toContain(d2.decision.taskIds[0]);
    await h.ok('community', 'meetings.approve', { meetingId, version: 1 });
    // Frozen once published.
    expect((await h.call('committee', 'meetings.minutes', { meetingId, text: '改一下', version: 1 })).status).toBe(409);
    expect((await h.call('manager', 'meetings.decide', { meetingId, text: '再加一项', party: 'property', doer: '周经理', dueAt: inDays(3), then: 'none' })).status).toBe(409);
    let seen = await h.ok('owner', 'meetings.get', { meetingId });
    expect(seen.meeting.decisions.map((d: { state: string }) => d.state)).toEqual(['open', 'open']);
    await h.ok('staff', 'tasks.finish', { taskId: d1.decision.taskIds[0], note: '院墙已加固', photos: [await uploadPhoto(h, 'staff')] });
    seen = await h.ok('owner', 'meetings.get', { meetingId });
    expect(seen.meeting.decisions[0]).toMatchObject({ state: 'done', stateLabel: '已办结', issue: { statusLabel: '已完成待确认' } });
    expect(seen.meeting.decisions[1].state).toBe('open');
    // The approval announced the minutes as a notice.
    const notices = await h.ok('owner', 'notices.list', {});
    expect(notices.notices.some((n) => n.kind === 'minutes' && !!n.page?.includes(encodeURIComponent(meetingId)))).toBe(true);
  });

  it('refuses minutes over a newer version with the current text, and edits by people who were not there', async () => {
    const meetingId = await heldMeeting([]);
    await h.ok('committee', 'meetings.minutes', { meetingId, text: '第一稿', version: 0 });
    const stale = await h.call('manager', 'meetings.minutes', { meetingId, text: '我的稿', version: 0 });
    expect(stale.status).toBe(409);
    expect(errorOf(stale).details).toEqual({ version: 1, text: '第一稿' });
    // Attendance without the manager: he may no longer amend.
    const { meeting } = await h.ok('community', 'meetings.get', { meetingId });
    const withoutManager = meeting.attendees.filter((x: { party: string }) => x.party !== 'property').map((x: { userId: string }) => x.userId);
    const missing = await h.call('community', 'meetings.attendance', { meetingId, present: withoutManager });
    expect([missing.status, errorOf(missing).message]).toEqual([400, '三方联动会议需要物业至少一人出席']);
    const chair = present(meeting.attendees.find((x) => x.party === 'community')).userId;
    const mgr = present(meeting.attendees.find((x) => x.party === 'property')).userId;
    await h.ok('community', 'meetings.attendance', { meetingId, present: [chair, mgr, 'user:demo-committee-2'] });
    expect((await h.call('committee', 'meetings.minutes', { meetingId, text: '张主任没来', version: 1 })).status).toBe(403);
    // Approving needs the text the approver read.
    expect((await h.call('community', 'meetings.approve', { meetingId, version: 0 })).status).toBe(409);
    expect((await h.call('manager', 'meetings.approve', { meetingId, version: 1 })).status).toBe(403);
  });
});

describe('quarterly inspection', () => {
  it('scores the quarter from the checklist and the quarter’s own issue figures, and the manager answers a low item with a task', async () => {
    // A report this quarter: accepted after 10 h, fixed after 48 h, rated 4.
    const { issue } = await h.ok('resident', 'issues.report', { category: 'drain', place: { common: 'basement' }, description: '地下室积水' });
    h.clock.advance(10 * 3_600_000);
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const { task } = await h.ok('manager', 'tasks.create', { issueId: issue.id, title: '排水', assigneeId: 'user:demo-staff', dueAt: inDays(3) });
    h.clock.advance(38 * 3_600_000);
    await h.ok('staff', 'tasks.finish', { taskId: task.id, note: '通了', photos: [await uploadPhoto(h, 'staff')] });
    await h.ok('resident', 'issues.transition', { issueId: issue.id, transition: 'confirm' });
    await h.ok('resident', 'issues.rate', { issueId: issue.id, stars: 4 });
    const stats = await h.ok('community', 'issues.stats', { days: 61 });

    const items = (['cleaning', 'greening', 'security', 'repairs', 'facilities', 'fire'] as const).map((code, k) => ({ code, score: [9, 8, 8, 9, 7, 5][k] }));
    expect((await h.call('owner', 'inspections.save', { quarter: '2026Q1', version: 0, items })).status).toBe(403);
    const first = await h.ok('community', 'inspections.save', { quarter: '2026Q1', version: 0, items: items.slice(0, 3) });
    const early = await h.call('community', 'inspections.submit', { quarter: '2026Q1', version: first.version });
    expect([early.status, errorOf(early).field]).toEqual([400, 'items']);
    const before = await h.ok('owner', 'inspections.get', { quarter: '2026Q1' });
    expect(before.inspection).toBeNull();
    const second = await h.ok('community', 'inspections.save', { quarter: '2026Q1', version: first.version, items: items.slice(3) });
    const { scorecard, service } = await h.ok('community', 'inspections.submit', { quarter: '2026Q1', version: second.version });
    // The figures are the ones issues.stats measures over the same reports.
    expect(service).toMatchObject({ medianAcceptHours: stats.all.medianAcceptHours, medianFixHours: stats.all.medianFixHours, averageRating: stats.all.averageRating });
    expect(scorecard.inspection).toBe(76.7);
    expect(scorecard.total).not.toBeNull();
    const future = await h.call('community', 'inspections.save', { quarter: '2026Q3', version: 0, items });
    expect([future.status, errorOf(future).field]).toEqual([400, 'quarter']);

    const notLow = await h.call('manager', 'inspections.answer', { quarter: '2026Q1', code: 'cleaning', text: '继续保持' });
    expect([notLow.status, errorOf(notLow).field]).toEqual([400, 'code']);
    const answered = await h.ok('manager', 'inspections.answer', { quarter: '2026Q1', code: 'fire', text: '更换过期灭火器', task: { dueAt: inDays(7), assigneeId: 'user:demo-staff-2' } });
    expect((await h.ok('staff-2', 'tasks.get', { taskId: answered.answer.taskId! })).task.title).toBe('消防安全整改');
    expect((await h.call('manager', 'inspections.answer', { quarter: '2026Q1', code: 'fire', text: '再答一次' })).status).toBe(409);
    const cards = await h.ok('owner', 'inspections.scorecards', {});
    expect(cards.quarters.map((q: { quarter: string }) => q.quarter)).toEqual(['2026Q1', '2025Q4']);
    expect(cards.quarters[0].items.find((i: { code: string }) => i.code === 'fire')).toMatchObject({ low: true, answer: { text: '更换过期灭火器' } });
    expect(cards.rules.join('')).toContain('总分');
  });
});

describe('year plan', () => {
  it('logs every move with its reason and tells followers, once each', async () => {
    const { items } = await h.ok('owner', 'plan.list', {});
    const gas = present(items.find((i) => i.title === '颐乐园加装天然气入户'));
    await h.ok('resident', 'plan.follow', { itemId: gas.id, follow: true });
    await h.ok('resident', 'plan.follow', { itemId: gas.id, follow: true });
    expect((await h.ok('resident', 'plan.get', { itemId: gas.id })).item.followers).toBe(2); // 王秀英 (demo) and 李明
    const noReason = await h.call('community', 'plan.move', { itemId: gas.id, version: gas.version, progress: 50, reason: '' });
    expect([noReason.status, errorOf(noReason).field]).toEqual([400, 'reason']);
    expect((await h.call('owner', 'plan.move', { itemId: gas.id, version: gas.version, progress: 50, reason: '业主想改进度' })).status).toBe(403);
    const moved = await h.ok('community', 'plan.move', { itemId: gas.id, version: gas.version, progress: 50, reason: '燃气公司已进场施工', milestone: 1 });
    // Counted from what the outbox says went out: sent, or not sent for want of a grant.
    const statuses = (await h.deps.store.find<{ _id: string; status: string; fields: { reason: string } }>('outbox', { where: { kind: 'plan.moved' } }))
      .filter((m) => m.fields.reason === '燃气公司已进场施工')
      .map((m) => m.status);
    expect(moved.told).toEqual({ sent: statuses.filter((x) => x === 'sent').length, noGrant: statuses.filter((x) => x === 'no_grant').length, waiting: 0 });
    expect(moved.told.sent + moved.told.noGrant).toBe(2);
    const stale = await h.call('manager', 'plan.move', { itemId: gas.id, version: gas.version, progress: 60, reason: '过期的版本' });
    expect(stale.status).toBe(409);
    const sent = await h.deps.store.find('outbox', { where: { kind: 'plan.moved', toUserId: 'user:demo-resident' } });
    expect(sent.map((m) => m.fields)).toEqual([{ title: '颐乐园加装天然气入户', progress: '50%', reason: '燃气公司已进场施工' }]);
    const detail = await h.ok('resident', 'plan.get', { itemId: gas.id });
    expect(detail.changes[0]).toMatchObject({ from: 20, to: 50, reason: '燃气公司已进场施工', milestone: '燃气公司施工', byName: '何书记' });
    expect(detail.item.milestones[1].done).toBe(true);
    await h.ok('resident', 'plan.follow', { itemId: gas.id, follow: false });
    expect((await h.ok('resident', 'plan.get', { itemId: gas.id })).following).toBe(false);
  });
});

describe('year plan items', () => {
  it('adds an item from the form (code from its title), refuses the same title twice in a year, and lets only the three parties add', async () => {
    const item: Input<'plan.create'> = { year: 2026, title: '电动车充电棚', party: 'property', owner: '周经理', budgetYuan: 30000, funding: 'property', milestones: [{ title: '选址公示', due: '2026-05' }] };
    expect((await h.call('owner', 'plan.create', item)).status).toBe(403);
    const { item: created } = await h.ok('committee', 'plan.create', item);
    expect((await h.call('manager', 'plan.create', { ...item, title: ' 电动车 充电棚 ' })).status).toBe(409);
    const badMonth = await h.call('manager', 'plan.create', { ...item, title: '别的', milestones: [{ title: 'x', due: '2026-13' }] });
    expect([badMonth.status, errorOf(badMonth).field]).toEqual([400, 'milestones.0.due']);
    const list = await h.ok('resident', 'plan.list', { year: 2026 });
    expect(list.items.at(-1)).toMatchObject({ id: created.id, progress: 0, stateLabel: '未开始', budgetText: '30,000 元', fundingLabel: '物业自筹' });
  });
});

describe('notices', () => {
  it('counts each reader once, pins to the top, and lets only the three parties publish', async () => {
    expect((await h.call('owner', 'notices.publish', { title: '停水', body: '明天停水' })).status).toBe(403);
    const { notice } = await h.ok('manager', 'notices.publish', { title: '明天上午停水', body: '维修主管,9点到12点停水。', kind: 'maintenance' });
    await h.ok('owner', 'notices.get', { noticeId: notice.id });
    await h.ok('owner', 'notices.get', { noticeId: notice.id });
    const read = await h.ok('resident', 'notices.get', { noticeId: notice.id });
    expect(read.notice.reads).toBe(2);
    let list = await h.ok('owner', 'notices.list', {});
    expect(list.notices[0].pinned).toBe(true);
    await h.ok('manager', 'notices.pin', { noticeId: notice.id, pinned: true });
    list = await h.ok('owner', 'notices.list', { limit: 3 });
    expect(list.notices.filter((n: { pinned: boolean }) => n.pinned).map((n: { id: string }) => n.id)[0]).toBe(notice.id);
    expect(list.notices).toHaveLength(3);
  });
});
