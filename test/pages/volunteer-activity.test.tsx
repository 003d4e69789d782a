import { act, fireEvent, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { safeExecute } from '@tarojs/runtime';
import ActivityPage from '../../src/packages/volunteer/activity/index';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/volunteer/activity/index';

function detail(placesLeft: number) {
  return {
    activity: {
      id: 'a1', teamId: 't1', teamName: '银发服务队', title: '楼道清扫', place: '19栋楼道', repeats: null,
      startAt: '2030-03-10T01:00:00Z', endAt: '2030-03-10T03:00:00Z', capacity: 6, placesLeft, cancelClosesAt: '2030-03-09T01:00:00Z',
    },
    me: null, member: true, started: false, canCancel: false, canManage: false, checkInOpen: false, roster: [], waitlist: [],
  };
}

describe('志愿活动页 keeps its places current', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    Taro.getCurrentInstance().router = null;
  });

  function mount(answers: number[]) {
    const net = fakeNetwork();
    let n = 0;
    net.on('/api/volunteers.activity', () => ok(detail(answers[Math.min(n++, answers.length - 1)])));
    net.on('/api/me', ok({ user: { id: 'u1', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] }));
    Taro.getCurrentInstance().router = { params: { id: 'a1' }, path: `/${ROUTE}` } as never;
    renderPage(ActivityPage, ROUTE);
    return net;
  }

  it('reloads the places left when the page comes back into view', async () => {
    const net = mount([2, 0]);
    expect(await screen.findByText('名额：共 6 个，还剩 2 个')).toBeTruthy();
    act(() => {
      safeExecute(ROUTE, 'onHide');
      safeExecute(ROUTE, 'onShow');
    });
    expect(await screen.findByText('名额：共 6 个，还剩 0 个')).toBeTruthy();
    expect(net.calls.filter((c) => c.path === '/api/volunteers.activity')).toHaveLength(2);
  });

  it('reloads on a pull-down and stops the spinner when the reload settles', async () => {
    const stop = jest.spyOn(Taro, 'stopPullDownRefresh').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never);
    mount([2, 1]);
    expect(await screen.findByText('名额：共 6 个，还剩 2 个')).toBeTruthy();
    act(() => {
      safeExecute(ROUTE, 'onPullDownRefresh');
    });
    expect(await screen.findByText('名额：共 6 个，还剩 1 个')).toBeTruthy();
    await act(async () => undefined);
    expect(stop).toHaveBeenCalled();
    stop.mockRestore();
  });
});

describe('志愿活动页 checks a sign-up with the server’s own schema', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    Taro.getCurrentInstance().router = null;
  });

  it('shows a refused note under the field before anything is sent, keeping what was typed', async () => {
    const net = fakeNetwork();
    net.on('/api/volunteers.activity', ok(detail(2)));
    net.on('/api/me', ok({ user: { id: 'u1', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] }));
    Taro.getCurrentInstance().router = { params: { id: 'a1' }, path: `/${ROUTE}` } as never;
    renderPage(ActivityPage, ROUTE);
    const note = (await screen.findByRole('textbox', { name: '接龙备注（可不填，如“+1 带扫帚”）' })) as HTMLInputElement;
    // A right-to-left override makes stored text read differently from what it is.
    fireEvent.input(note, { target: { value: '带扫帚\u202e' } });
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
    const field = document.getElementById('note-field') as HTMLElement;
    expect(within(field).getByText('接龙备注里有看不见的控制字符,请删掉后再提交')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/volunteers.signup')).toBe(false);
    expect(note.value).toBe('带扫帚\u202e');
  });
});
