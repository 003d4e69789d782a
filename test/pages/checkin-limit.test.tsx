// 到场签到 on the activity page: a wrong code and, after too many, the server's 429 with the wait
// show on the code field itself, so the volunteer knows to wait or to ask the leader.
import { fireEvent, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import ActivityPage from '../../src/packages/volunteer/activity/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const activity = { id: 'a1', teamId: 'team:cleaning', teamName: '保洁服务队', title: '周六楼道大扫除', place: '桥东19栋楼道', startAt: '2026-03-07T00:00:00.000Z', endAt: '2026-03-07T02:00:00.000Z', when: '3月7日 周六 08:00–10:00', capacity: 12, confirmed: 4, placesLeft: 8, waitlisted: 0, bring: '扫帚', cancelClosesAt: '2026-03-06T22:00:00.000Z', repeats: null };
const me = { status: 'confirmed', note: '', position: null, seat: 3, checkedIn: false, confirmedAttendance: false };

describe('check-in with the code', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('shows a wrong code and then the wait on the code field', async () => {
    (Current as { router: unknown }).router = { params: { id: 'a1' }, path: '/packages/volunteer/activity/index' };
    const net = fakeNetwork();
    net.on('/api/volunteers.activity', ok({ activity, me, canCancel: false, member: true, canManage: false, checkInOpen: true, started: true, checkInCode: null, roster: [], waitlist: [] }));
    const answers = [
      refused(400, { code: 'invalid', field: 'code', message: '签到码不对,请向队长核对' }),
      refused(429, { code: 'too_many', field: 'code', message: '签到码输错太多次,请 8 分钟后再试,或请队长为你签到' }),
    ];
    net.on('/api/volunteers.checkIn', () => answers.shift()!);
    renderPage(ActivityPage, 'packages/volunteer/activity/index');
    const field = await screen.findByRole('textbox', { name: /签到码/ });
    fireEvent.input(field, { target: { value: '123456' } });
    const send = screen.getByRole('button', { name: /^签到$/ });
    fireEvent.click(send);
    expect(await screen.findByText('签到码不对,请向队长核对')).toBeTruthy();
    fireEvent.click(send);
    expect(await screen.findByText(/请 8 分钟后再试/)).toBeTruthy();
    expect(net.calls.filter((c) => c.path === '/api/volunteers.checkIn').map((c) => c.body)).toEqual([
      { activityId: 'a1', code: '123456' },
      { activityId: 'a1', code: '123456' },
    ]);
  });
});
