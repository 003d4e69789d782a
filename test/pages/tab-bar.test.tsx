// WeChat's custom tab bar (src/custom-tab-bar, weapp build), rendered on its own: the five tabs,
// the open one marked, 长辈模式 from the same store as the pages (switching it restyles the bar at
// once), and a tap switches tab. Only Taro's switchTab and page stack are stubbed.
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import TabBar from '../../src/custom-tab-bar/index';
import { setElder } from '../../src/components/elder';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch } from './support/render';

describe('custom tab bar (WeChat)', () => {
  let switched: string[];
  beforeEach(() => {
    freshLaunch({ 'gongzhi.elderOffered': true });
    fakeNetwork().on('/api/me.elder', ok({ elder: true }));
    switched = [];
    jest.spyOn(Taro, 'switchTab').mockImplementation(((o: { url: string }) => {
      switched.push(o.url);
      return Promise.resolve({ errMsg: 'switchTab:ok' });
    }) as unknown as typeof Taro.switchTab);
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/polls/index' }] as unknown as ReturnType<typeof Taro.getCurrentPages>);
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows the five tabs with the open page marked, and switches tab on a tap', () => {
    const { container } = render(<TabBar />);
    // (WeChat reads ariaRole/ariaLabel; in jsdom they are plain props, so the tabs are found by class.)
    const items = Array.from(container.querySelectorAll('.gz-tabbar__item'));
    expect(items.map((i) => i.textContent)).toEqual(['首页', '议事', '表决', '志愿', '我的']);
    expect(items.map((i) => i.querySelector('img')?.getAttribute('src'))).toEqual(['/assets/tab/home.png', '/assets/tab/issues.png', '/assets/tab/polls-on.png', '/assets/tab/volunteer.png', '/assets/tab/me.png']);
    expect(container.querySelector('.gz-tabbar__item--on')?.textContent).toBe('表决');
    fireEvent.click(screen.getByText('我的'));
    expect(switched).toEqual(['/pages/me/index']);
    expect(container.querySelector('.gz-tabbar__item--on')?.textContent).toBe('我的');
  });

  it('takes on 长辈模式 the moment it is switched on, from the store the pages read', () => {
    const { container } = render(<TabBar />);
    const bar = container.querySelector('.gz-tabbar')!;
    expect(bar.classList.contains('gz-tabbar--elder')).toBe(false);
    act(() => setElder(true));
    expect(bar.classList.contains('gz-tabbar--elder')).toBe(true);
    act(() => setElder(false));
    expect(bar.classList.contains('gz-tabbar--elder')).toBe(false);
  });
});
