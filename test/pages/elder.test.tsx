import { act, fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MePage from '../../src/pages/me/index';
import HomePage from '../../src/pages/home/index';
import { loadElderState, syncElderWithServer } from '../../src/components/elder';
import { fakeNetwork, ok, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const profile = {
  user: { id: 'u1', name: '王秀英', roles: ['owner'], phone: null },
  units: [],
  claims: [],
};

function stored(key: string): unknown {
  const raw = localStorage.getItem(key);
  return raw === null ? undefined : JSON.parse(raw).data;
}

const pageRoot = (container: HTMLElement) => container.querySelector('.gz-page') as HTMLElement;

describe('长辈模式', () => {
  let net: ReturnType<typeof fakeNetwork>;
  beforeEach(() => {
    freshLaunch();
    net = fakeNetwork();
    net.on('/api/me', ok(profile));
    net.on('/api/home', ok({ items: [] }));
    net.on('/api/me.elder', (body) => ok(body as FixtureOf<'me.elder'>));
  });

  it('stores the switch on the account, so it follows the person', async () => {
    renderPage(MePage, 'pages/me/index');
    fireEvent.click(await screen.findByRole('switch', { name: '长辈模式' }));
    await act(async () => undefined);
    expect(net.calls.filter((c) => c.path === '/api/me.elder').map((c) => c.body)).toEqual([{ elder: true }]);
  });

  it('takes the account’s setting at launch over this device’s', async () => {
    net.on('/api/me.settings', ok({ elder: true }));
    const { container } = renderPage(MePage, 'pages/me/index');
    await screen.findByRole('switch', { name: '长辈模式' });
    expect(pageRoot(container).classList.contains('elder')).toBe(false);
    await act(() => syncElderWithServer());
    expect(pageRoot(container).classList.contains('elder')).toBe(true);
    expect(stored('gongzhi.elder')).toBe(true);
  });

  it('carries this device’s earlier choice up to an account that never set one', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    net.on('/api/me.settings', ok({ elder: null }));
    loadElderState();
    await syncElderWithServer();
    expect(net.calls.filter((c) => c.path === '/api/me.elder').map((c) => c.body)).toEqual([{ elder: true }]);
  });

  it('is switched on from 我的: the page gets the elder class, the switch says so, and the choice is stored', async () => {
    const { container } = renderPage(MePage, 'pages/me/index');
    const toggle = await screen.findByRole('switch', { name: '长辈模式' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(pageRoot(container).classList.contains('elder')).toBe(false);

    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(pageRoot(container).classList.contains('elder')).toBe(true);
    expect(screen.getByText('已开启')).toBeTruthy();
    expect(stored('gongzhi.elder')).toBe(true);

    fireEvent.click(toggle);
    expect(pageRoot(container).classList.contains('elder')).toBe(false);
    expect(stored('gongzhi.elder')).toBe(false);
  });

  it('works from the keyboard too', async () => {
    renderPage(MePage, 'pages/me/index');
    const toggle = await screen.findByRole('switch', { name: '长辈模式' });
    fireEvent.keyDown(toggle, { key: 'Enter' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('is remembered on the next launch', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    const { container } = renderPage(MePage, 'pages/me/index');
    await screen.findByRole('switch', { name: '长辈模式' });
    expect(pageRoot(container).classList.contains('elder')).toBe(true);
  });

  it('restyles a page that is already open when it is switched elsewhere', async () => {
    const home = renderPage(HomePage, 'pages/home/index');
    await screen.findByText('暂时没有需要您处理的事。');
    expect(pageRoot(home.container).classList.contains('elder')).toBe(false);
    act(() => {
      localStorage.setItem('gongzhi.elder', JSON.stringify({ data: true }));
      loadElderState();
    });
    expect(pageRoot(home.container).classList.contains('elder')).toBe(true);
  });

  it('is offered once on 首页 as an inline card, and accepting it turns the mode on', async () => {
    const { container, unmount } = renderPage(HomePage, 'pages/home/index');
    expect(await screen.findByText('看不清字？试试长辈模式')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '开启长辈模式' }));

    expect(pageRoot(container).classList.contains('elder')).toBe(true);
    expect(screen.queryByText('看不清字？试试长辈模式')).toBeNull();
    expect(stored('gongzhi.elderOffered')).toBe(true);
    unmount();

    loadElderState();
    renderPage(HomePage, 'pages/home/index');
    await screen.findByText('暂时没有需要您处理的事。');
    expect(screen.queryByText('看不清字？试试长辈模式')).toBeNull();
  });

  it('is not offered again after "暂不需要", and stays off', async () => {
    const { container } = renderPage(HomePage, 'pages/home/index');
    fireEvent.click(await screen.findByRole('button', { name: '暂不需要' }));
    expect(screen.queryByText('看不清字？试试长辈模式')).toBeNull();
    expect(pageRoot(container).classList.contains('elder')).toBe(false);
    expect(stored('gongzhi.elderOffered')).toBe(true);
    expect(stored('gongzhi.elder')).not.toBe(true);
  });

  describe("following WeChat's font size (字体大小)", () => {
    afterEach(() => jest.restoreAllMocks());

    function withWeChatFont(info: Record<string, unknown>) {
      jest.spyOn(Taro, 'getAppBaseInfo').mockReturnValue(info as unknown as ReturnType<typeof Taro.getAppBaseInfo>);
    }
    const scaleOf = (container: HTMLElement) => pageRoot(container).style.getPropertyValue('--gz-scale');

    it('scales the text by fontSizeScaleFactor', async () => {
      withWeChatFont({ fontSizeScaleFactor: 1.25 });
      freshLaunch({ 'gongzhi.elderOffered': true });
      const { container } = renderPage(MePage, 'pages/me/index');
      await screen.findByRole('switch', { name: '长辈模式' });
      expect(scaleOf(container)).toBe('1.25');
    });

    it('falls back to fontSizeSetting against the standard 17 px', async () => {
      withWeChatFont({ fontSizeSetting: 20.4 });
      freshLaunch({ 'gongzhi.elderOffered': true });
      const { container } = renderPage(MePage, 'pages/me/index');
      await screen.findByRole('switch', { name: '长辈模式' });
      expect(scaleOf(container)).toBe('1.2');
    });

    it('never shrinks the text below the elder size in 长辈模式', async () => {
      withWeChatFont({ fontSizeScaleFactor: 0.9 });
      freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
      const { container } = renderPage(MePage, 'pages/me/index');
      await screen.findByRole('switch', { name: '长辈模式' });
      expect(scaleOf(container)).toBe('1');
      act(() => fireEvent.click(screen.getByRole('switch', { name: '长辈模式' })));
      expect(scaleOf(container)).toBe('0.9');
    });
  });
});
