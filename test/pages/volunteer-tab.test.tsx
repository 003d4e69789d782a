import { fireEvent, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import VolunteerPage from '../../src/pages/volunteer/index';
import ActivityPage from '../../src/packages/volunteer/activity/index';
import TeamPage from '../../src/packages/volunteer/team/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const resident = { user: { id: 'user:demo-resident', name: '李明', roles: ['resident'], phone: null }, units: [], claims: [] };
const owner = { user: { id: 'user:demo-owner', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] };

function activity(id: string, over: Record<string, unknown> = {}) {
  return { id, teamId: 'team:cleaning', teamName: '保洁服务队', title: '周六楼道大扫除', place: '桥东19栋楼道', startAt: '2026-03-07T00:00:00.000Z', endAt: '2026-03-07T02:00:00.000Z', when: '3月7日 周六 08:00–10:00', capacity: 12, confirmed: 4, placesLeft: 8, waitlisted: 0, bring: '扫帚', cancelClosesAt: '2026-03-06T22:00:00.000Z', repeats: '每周六 08:00', ...over };
}
const teams = { items: [{ id: 'team:cleaning', name: '保洁服务队', kind: 'cleaning', description: '', leaderName: '张建国', members: 3, myStatus: null }, { id: 'team:care', name: '爱心服务队', kind: 'care', description: '', leaderName: '刘某', members: 2, myStatus: 'member' }] };

describe('志愿 (tab)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('shows my hours, my waitlist position, places left in words, the teams, and 结对帮扶 only to the care team', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(resident));
    net.on('/api/volunteers.mine', ok({ items: [{ activity: activity('a2', { title: '广场舞排练', placesLeft: 0, waitlisted: 3 }), me: { status: 'waitlisted', note: '', position: 2, seat: null, checkedIn: false, confirmedAttendance: false } }], teams: [{ id: 'team:care', name: '爱心服务队', leader: false }], minutes: 150, hours: '2.5' }));
    net.on('/api/volunteers.activities', ok({ items: [activity('a1'), activity('a2', { title: '广场舞排练', placesLeft: 0, waitlisted: 3 })] }));
    net.on('/api/volunteers.teams', ok(teams));
    renderPage(VolunteerPage, 'pages/volunteer/index');
    expect(await screen.findByText('累计服务 2.5 小时')).toBeTruthy();
    expect(await screen.findByText('还剩 8 个名额')).toBeTruthy();
    // The time is the server's China-time text, shown as sent (no date library in the main package).
    expect(screen.getAllByText('3月7日 周六 08:00–10:00 · 桥东19栋楼道').length).toBeGreaterThan(0);
    expect(screen.getAllByText('候补第 2 位').length).toBeGreaterThan(0);
    expect(await screen.findByRole('button', { name: '结对帮扶' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^保洁服务队，队长 张建国，3 名队员$/ })).toBeTruthy();
  });

  it('hides 结对帮扶 from everyone outside the care team and the community, and retries a failed list', async () => {
    const net = fakeNetwork();
    let fail = true;
    net.on('/api/me', ok(owner));
    net.on('/api/volunteers.mine', ok({ items: [], teams: [], minutes: 0, hours: '0' }));
    net.on('/api/volunteers.activities', () => (fail ? refused(500, { code: 'internal', message: '服务器出了点问题' }) : ok({ items: [activity('a1')] })));
    net.on('/api/volunteers.teams', ok(teams));
    renderPage(VolunteerPage, 'pages/volunteer/index');
    expect(await screen.findByText('还没有报名近期的活动。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '结对帮扶' })).toBeNull();
    fail = false;
    fireEvent.click(await screen.findByRole('button', { name: '重试' }));
    expect(await screen.findByText('还剩 8 个名额')).toBeTruthy();
  });
});

describe('志愿活动 (sign-up)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  const detail = (over: Record<string, unknown> = {}) => ({ activity: activity('a1'), me: null, canCancel: false, member: true, canManage: false, checkInOpen: false, started: false, checkInCode: null, roster: [{ userId: 'u1', name: '赵大姐', note: '带扫帚', status: 'confirmed', position: null, checkedIn: false, confirmed: false }], waitlist: [], ...over });

  it('signs up with the 接龙 note and shows the roster line; keeps the note and names the field when refused', async () => {
    (Current as { router: unknown }).router = { params: { id: 'a1' }, path: '/packages/volunteer/activity/index' };
    const net = fakeNetwork();
    let signed = false;
    net.on('/api/volunteers.activity', () => ok(detail(signed ? { me: { status: 'confirmed', note: '+1', position: null, seat: 5, checkedIn: false, confirmedAttendance: false }, canCancel: true } : {})));
    let tries = 0;
    net.on('/api/volunteers.signup', () => {
      tries++;
      if (tries === 1) return refused(400, { code: 'invalid', message: '接龙备注不能超过30个字', field: 'note' });
      signed = true;
      return ok({ me: { status: 'confirmed' }, activity: activity('a1'), arrival: 'x' });
    });
    renderPage(ActivityPage, 'packages/volunteer/activity/index');
    expect(await screen.findByText('1. 赵大姐 带扫帚')).toBeTruthy();
    const note = await screen.findByRole('textbox', { name: /接龙备注/ });
    fireEvent.input(note, { target: { value: '+1' } });
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
    expect(await screen.findByText('接龙备注不能超过30个字')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /接龙备注/ }) as HTMLInputElement).value).toBe('+1');
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
    // Said once, by the page's state line: no second notice repeating it.
    expect(await screen.findByText('您已报名，名额已确认。')).toBeTruthy();
    expect(screen.queryByText('报名成功，您的名额已确认。')).toBeNull();
    expect(await screen.findByRole('button', { name: '取消报名' })).toBeTruthy();
  });

  it('asks on the page before giving up a place, says the waitlist gets it, and cancels only when confirmed', async () => {
    (Current as { router: unknown }).router = { params: { id: 'a1' }, path: '/packages/volunteer/activity/index' };
    const net = fakeNetwork();
    let cancels = 0;
    const waiting = [{ userId: 'u2', name: '钱阿姨', note: '', status: 'waitlisted', position: 1, checkedIn: false, confirmed: false }];
    net.on('/api/volunteers.activity', () => ok(detail(cancels ? {} : { me: { status: 'confirmed', note: '', position: null, seat: 5, checkedIn: false, confirmedAttendance: false }, canCancel: true, waitlist: waiting })));
    net.on('/api/volunteers.cancel', () => (cancels++, ok(detail({}))));
    renderPage(ActivityPage, 'packages/volunteer/activity/index');
    fireEvent.click(await screen.findByRole('button', { name: '取消报名' }));
    expect(screen.getByText(/名额会马上给候补第 1 位/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(cancels).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
    fireEvent.click(screen.getByRole('button', { name: '确定取消报名' }));
    expect(await screen.findByText('已取消。')).toBeTruthy();
    expect(cancels).toBe(1);
  });
});

describe('服务队 (team)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  const team = (over: Record<string, unknown> = {}) => ({ team: { id: 'team:cleaning', name: '保洁服务队', kind: 'cleaning', description: '每周六清扫楼道', leaderName: '张建国' }, myStatus: null, canManage: false, members: [], pending: [], activities: [], ...over });

  it('lets the leader approve a request, said in words', async () => {
    (Current as { router: unknown }).router = { params: { id: 'team:cleaning' }, path: '/packages/volunteer/team/index' };
    const net = fakeNetwork();
    let approved = false;
    net.on('/api/volunteers.team', () => ok(team({ myStatus: 'leader', canManage: true, pending: approved ? [] : [{ userId: 'user:demo-resident', name: '李明', note: '周六有空', at: '2026-03-01T00:00:00Z' }], members: approved ? [{ userId: 'user:demo-resident', name: '李明', since: '' }] : [] })));
    net.on('/api/volunteers.team.decide', () => ((approved = true), ok({ status: 'member' })));
    renderPage(TeamPage, 'packages/volunteer/team/index');
    expect(await screen.findByText('周六有空')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '同意：李明' }));
    expect(await screen.findByText('已同意李明入队。')).toBeTruthy();
    expect(await screen.findByText('队员（1 人）')).toBeTruthy();
    expect(net.calls.find((c) => c.path === '/api/volunteers.team.decide')?.body).toEqual({ teamId: 'team:cleaning', userId: 'user:demo-resident', decision: 'approve' });
  });

  it('keeps the note to the leader when the server refuses it, with the message under the field', async () => {
    (Current as { router: unknown }).router = { params: { id: 'team:cleaning' }, path: '/packages/volunteer/team/index' };
    const net = fakeNetwork();
    net.on('/api/volunteers.team', ok(team()));
    net.on('/api/volunteers.team.join', refused(400, { code: 'invalid', message: '留言不能超过50个字', field: 'note' }));
    renderPage(TeamPage, 'packages/volunteer/team/index');
    const note = await screen.findByRole('textbox', { name: '给队长留言（可不填）' });
    fireEvent.input(note, { target: { value: '我想参加' } });
    fireEvent.click(screen.getByRole('button', { name: '申请加入' }));
    expect(await screen.findByText('留言不能超过50个字')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '给队长留言（可不填）' }) as HTMLInputElement).value).toBe('我想参加');
  });
});
