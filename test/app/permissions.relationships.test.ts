// The permission matrix, second half (issue 16, point 6): roles are not enough. For each action
// outside polls whose rule is a relationship, a caller who holds the role but not the relationship
// is refused with an input that is otherwise valid (the owner of the thing gets through with the
// same input, so the refusal is the relationship, not the input). Printed as a table at the end.
import { demoHarness, type Harness } from '../support/harness';
import { uploadPhoto } from '../support/photos';

let h: Harness;
const ids: Record<string, string> = {};
const HOUR = 3_600_000;
const at = (hours: number) => new Date(h.clock.now().getTime() + hours * HOUR).toISOString();
const user = (persona: string) => `user:demo-${persona}`;

beforeAll(async () => {
  h = await demoHarness();
  // An issue 李明 reported privately; a public one of 王秀英's, fixed by 刘师傅.
  ids.privateIssue = (await h.ok('resident', 'issues.report', { category: 'pipe_leak', place: { unitId: 'u:3栋-2单元-502' }, description: '家里水管漏水', visibility: 'private' })).issue.id;
  ids.doneIssue = (await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' })).issue.id;
  await h.ok('manager', 'issues.transition', { issueId: ids.doneIssue, transition: 'accept' });
  const fix = (await h.ok('manager', 'tasks.create', { issueId: ids.doneIssue, title: '补墙皮', assigneeId: user('staff'), dueAt: at(5) })).task.id;
  await h.ok('staff', 'tasks.finish', { taskId: fix, note: '补好了', photos: [await uploadPhoto(h, 'staff')] });
  // A report being handled: its one task is 刘师傅's.
  ids.workedIssue = (await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '院墙裂缝' })).issue.id;
  await h.ok('manager', 'issues.transition', { issueId: ids.workedIssue, transition: 'accept' });
  await h.ok('manager', 'tasks.create', { issueId: ids.workedIssue, title: '修补院墙', assigneeId: user('staff'), dueAt: at(5) });
  // A task of 刘师傅's, not yet started.
  ids.task = (await h.ok('manager', 'tasks.create', { title: '清理配电房', kind: 'cleaning', assigneeId: user('staff'), dueAt: at(5) })).task.id;
  ids.photo = await uploadPhoto(h, 'staff-2');
  // A meeting 何书记 (community) convened; 张建国, 周经理 and 何书记 came, 业委会's committee-2 did not.
  ids.meeting = (await h.ok('community', 'meetings.schedule', { title: '三方联动会议', at: at(1), place: '党群驿站', freeItems: ['垃圾分类督导'] })).meeting.id;
  await h.ok('community', 'meetings.attendance', { meetingId: ids.meeting, present: [user('community'), user('committee'), user('manager')] });
  await h.ok('committee', 'meetings.minutes', { meetingId: ids.meeting, text: '议定:加强垃圾分类督导。', version: 0 });
  // The cleaning team (led by 张建国): 李明 asks to join; a shift with committee-2 signed up.
  await h.ok('resident', 'volunteers.team.join', { teamId: 'team:cleaning', note: '周六有空' });
  ids.activity = (await h.ok('committee', 'volunteers.activity.create', { teamId: 'team:cleaning', title: '清扫中心广场', place: '中心广场', startAt: at(1), endAt: at(3), capacity: 5 })).activity.id;
  await h.ok('committee-2', 'volunteers.signup', { activityId: ids.activity });
  ids.laterActivity = (await h.ok('committee', 'volunteers.activity.create', { teamId: 'team:cleaning', title: '清扫楼道', place: '19栋', startAt: at(48), endAt: at(50), capacity: 5 })).activity.id;
  // The care record 何书记 registered, paired with 李明 and committee-4; committee-6 joins the care team unpaired.
  ids.care = (await h.ok('community', 'care.list')).items[0].id;
  ids.visit = (await h.ok('community', 'care.get', { careId: ids.care })).visits[0].id;
  await h.deps.store.insert('teamMembers', { _id: `tm:team:care:${user('committee-6')}`, teamId: 'team:care', userId: user('committee-6'), name: '队员', status: 'member', note: '', at: at(0) });
  h.clock.advance(HOUR);
});
afterAll(() => h.close());

interface Row {
  action: string;
  /** The caller: holds the action's role. */
  caller: string;
  /** The relationship the caller lacks. */
  lacks: string;
  input: () => Record<string, unknown>;
  /** 404 where the thing must not even be known to exist (private issues, care records, tasks). */
  status: 403 | 404;
  /** Someone who has the relationship and gets through with the same input (not for one-way actions). */
  owner?: string;
}

const rows: Row[] = [
  { action: 'issues.get', caller: 'owner', lacks: '别人的不公开报事', input: () => ({ issueId: ids.privateIssue }), status: 404, owner: 'resident' },
  { action: 'issues.comment', caller: 'committee', lacks: '别人的不公开报事', input: () => ({ issueId: ids.privateIssue, text: '我也关心' }), status: 404 },
  { action: 'issues.second', caller: 'owner', lacks: '别人的不公开报事', input: () => ({ issueId: ids.privateIssue }), status: 404 },
  { action: 'issues.transition', caller: 'community', lacks: '别人的不公开报事', input: () => ({ issueId: ids.privateIssue, transition: 'table' }), status: 404 },
  { action: 'issues.transition', caller: 'resident', lacks: '不是报事人(确认修好)', input: () => ({ issueId: ids.doneIssue, transition: 'confirm' }), status: 403 },
  { action: 'issues.rate', caller: 'resident', lacks: '不是报事人(评价)', input: () => ({ issueId: ids.doneIssue, stars: 5 }), status: 403, owner: 'owner' },
  { action: 'issues.transition', caller: 'staff-2', lacks: '报事的工单是别的员工的(完成)', input: () => ({ issueId: ids.workedIssue, transition: 'finish', note: '修好了', photos: [ids.photo] }), status: 403 },
  { action: 'tasks.get', caller: 'staff-2', lacks: '别的员工的工单', input: () => ({ taskId: ids.task }), status: 404, owner: 'staff' },
  { action: 'tasks.start', caller: 'staff-2', lacks: '别的员工的工单', input: () => ({ taskId: ids.task }), status: 403 },
  { action: 'tasks.finish', caller: 'staff-2', lacks: '别的员工的工单', input: () => ({ taskId: ids.task, note: '做完了', photos: [ids.photo] }), status: 403 },
  { action: 'meetings.minutes', caller: 'committee-2', lacks: '没有出席这次会议', input: () => ({ meetingId: ids.meeting, text: '改一下纪要', version: 1 }), status: 403 },
  { action: 'meetings.decide', caller: 'committee-2', lacks: '没有出席这次会议', input: () => ({ meetingId: ids.meeting, text: '增设分类督导员', party: 'committee', doer: '张建国', dueAt: at(240), then: 'none' }), status: 403 },
  { action: 'meetings.approve', caller: 'manager', lacks: '出席但不是召集人或社区', input: () => ({ meetingId: ids.meeting, version: 1 }), status: 403 },
  { action: 'volunteers.team.decide', caller: 'owner', lacks: '别的服务队的队长', input: () => ({ teamId: 'team:cleaning', userId: user('resident'), decision: 'approve' }), status: 403 },
  { action: 'volunteers.activity.create', caller: 'owner', lacks: '别的服务队的队长', input: () => ({ teamId: 'team:cleaning', title: '清扫', place: '广场', startAt: at(24), endAt: at(26), capacity: 3 }), status: 403 },
  { action: 'volunteers.signup', caller: 'owner', lacks: '不是这个服务队的队员', input: () => ({ activityId: ids.laterActivity }), status: 403, owner: 'committee-5' },
  { action: 'volunteers.checkIn', caller: 'owner', lacks: '别的服务队的队长', input: () => ({ activityId: ids.activity, userId: user('committee-2') }), status: 403, owner: 'committee' },
  { action: 'volunteers.confirm', caller: 'owner', lacks: '别的服务队的队长', input: () => ({ activityId: ids.activity, userIds: [user('committee-2')] }), status: 403, owner: 'committee' },
  { action: 'volunteers.certificate', caller: 'committee', lacks: '别人的服务证明(不是社区)', input: () => ({ userId: user('committee-2') }), status: 403, owner: 'committee-2' },
  { action: 'care.get', caller: 'committee-6', lacks: '爱心服务队队员但没有结对', input: () => ({ careId: ids.care }), status: 404, owner: 'committee-4' },
  { action: 'care.visit', caller: 'committee-6', lacks: '爱心服务队队员但没有结对', input: () => ({ careId: ids.care, date: at(0).slice(0, 10), what: '上门探望' }), status: 404 },
  { action: 'care.concern', caller: 'committee-6', lacks: '爱心服务队队员但没有结对', input: () => ({ careId: ids.care, visitId: ids.visit, category: 'other', description: '卫生间没有扶手' }), status: 404 },
  { action: 'care.pair', caller: 'resident', lacks: '结对志愿者,不是队长或社区', input: () => ({ careId: ids.care, volunteerIds: [user('resident')] }), status: 403 },
  { action: 'care.withdraw', caller: 'resident', lacks: '结对志愿者,不是登记人、社区或本人', input: () => ({ careId: ids.care, reason: 'consent_withdrawn' }), status: 403 },
  { action: 'care.withdraw', caller: 'committee-3', lacks: '队长,但不是登记人', input: () => ({ careId: ids.care, reason: 'consent_withdrawn' }), status: 403 },
  { action: 'groups.items', caller: 'owner', lacks: '没有从这个群的卡片进入过', input: () => ({ group: `g${'0'.repeat(24)}` }), status: 403 },
];

const printed: string[] = [];
afterAll(() => {
  const head = '| action | caller | lacks | expected | got | owner gets through |';
  console.log(['relationship matrix (non-poll actions):', head, '|---|---|---|---|---|---|', ...printed].join('\n'));
});

describe('relationship matrix: the role without the relationship is refused', () => {
  for (const row of rows) {
    it(`${row.action} as ${row.caller} (${row.lacks}) answers ${row.status}`, async () => {
      const outcome = await h.call(row.caller, row.action, row.input());
      let through = '—';
      if (row.owner) {
        const owned = await h.call(row.owner, row.action, row.input());
        through = `${row.owner}: ${owned.status}`;
        expect({ owner: row.owner, status: owned.status }).toEqual({ owner: row.owner, status: 200 });
      }
      printed.push(`| ${row.action} | ${row.caller} | ${row.lacks} | ${row.status} | ${outcome.status} | ${through} |`);
      expect(outcome.status).toBe(row.status);
    });
  }
});
