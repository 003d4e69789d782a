// 我的小区: the person's compounds with their roles in each; choosing one is remembered on the
// phone, reopens 首页, and every call from then on carries that compound.
import { fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CompoundsPage from '../../src/packages/people/compounds/index';
import { call } from '../../src/services/api';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const mine = {
  current: { id: 'qiaoya', name: '侨亚小区', place: '武汉市 新洲区', roles: ['resident'], roleText: '住户', current: true },
  items: [
    { id: 'qiaoya', name: '侨亚小区', place: '武汉市 新洲区', roles: ['resident'], roleText: '住户', current: true },
    { id: 'jinxiu', name: '锦绣花园', place: '武汉市 新洲区', roles: ['owner'], roleText: '业主', current: false },
  ],
};

describe('我的小区 page', () => {
  beforeEach(() => freshLaunch({ 'gz.compound': 'qiaoya' }));

  it('lists each compound with the roles held there, marking the current one', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.mine', ok(mine));
    renderPage(CompoundsPage, 'packages/people/compounds/index');
    expect(await screen.findByText('锦绣花园')).toBeTruthy();
    expect(screen.getByText('武汉市 新洲区 · 住户')).toBeTruthy();
    expect(screen.getByText('武汉市 新洲区 · 业主')).toBeTruthy();
    expect(screen.getByText('当前')).toBeTruthy();
    expect(net.calls[0].headers['x-gongzhi-compound']).toBe('qiaoya');
  });

  it('switches to another compound: remembered, 首页 reopened, and the next call carries it', async () => {
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' });
    const net = fakeNetwork();
    net.on('/api/compounds.mine', ok(mine));
    net.on('/api/me', ok({ user: { id: 'u', name: '李明', roles: ['owner'], phone: null }, units: [], claims: [], compound: { id: 'jinxiu', name: '锦绣花园' } }));
    renderPage(CompoundsPage, 'packages/people/compounds/index');
    fireEvent.click(await screen.findByText('锦绣花园'));
    expect(reLaunch.mock.calls[0][0].url).toBe('/pages/home/index');
    expect(JSON.parse(localStorage.getItem('gz.compound')!).data).toBe('jinxiu');
    await call('me');
    expect(net.calls.at(-1)!.headers['x-gongzhi-compound']).toBe('jinxiu');
    reLaunch.mockRestore();
  });

  it('does nothing when the current compound is chosen again', async () => {
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' });
    fakeNetwork().on('/api/compounds.mine', ok(mine));
    renderPage(CompoundsPage, 'packages/people/compounds/index');
    fireEvent.click(await screen.findByText('侨亚小区'));
    expect(reLaunch).not.toHaveBeenCalled();
    reLaunch.mockRestore();
  });
});
