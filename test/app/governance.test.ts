import { demoHarness, type Harness } from '../support/harness';
import { uploadPhoto } from '../support/photos';

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
