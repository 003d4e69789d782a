// WeChat's tab bar in the production weapp build is the app's own (src/custom-tab-bar), so that
// 长辈模式 can enlarge it: app.json says tabBar.custom and still names the five tab pages, the
// component is in the build as a custom component, its 长辈模式 class sets labels of at least
// 18 px and icons of 36 px, it switches tabs itself, and the main package stays within its budget.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWeapp } from '../../scripts/check-weapp';
import { TABS } from '../../src/ui/tabs';
import { ensureWeappBuild } from './weappBuild';

/** The main package before the custom tab bar (≈ 449,600 bytes) plus what the bar may add. */
const MAIN_BUDGET = 453_312;

let dist: string;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
beforeAll(() => {
  dist = ensureWeappBuild();
}, 180_000);

/** The declarations of one rule in minified WXSS, by its exact selector. */
function rule(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector}{`);
  if (at < 0) return {};
  const body = css.slice(at + selector.length + 1, css.indexOf('}', at));
  return Object.fromEntries(body.split(';').filter(Boolean).map((d) => d.split(':').map((x) => x.trim()) as [string, string]));
}

it('tells WeChat to draw the tab bar with the app’s component, for the same five tab pages', () => {
  const tabBar = JSON.parse(read('app.json')).tabBar;
  expect(tabBar.custom).toBe(true);
  expect(tabBar.list.map((t: { pagePath: string; text: string }) => [t.pagePath, t.text])).toEqual([
    ['pages/home/index', '首页'],
    ['pages/issues/index', '议事'],
    ['pages/polls/index', '表决'],
    ['pages/volunteer/index', '志愿'],
    ['pages/me/index', '我的'],
  ]);
  for (const t of TABS) for (const icon of [`assets/tab/${t.icon}.png`, `assets/tab/${t.icon}-on.png`]) expect(existsSync(path.join(dist, icon))).toBe(true);
});

it('builds custom-tab-bar as a custom component that renders, switches tabs and has its 长辈模式 class', () => {
  for (const ext of ['js', 'json', 'wxml', 'wxss']) expect(existsSync(path.join(dist, `custom-tab-bar/index.${ext}`))).toBe(true);
  expect(JSON.parse(read('custom-tab-bar/index.json')).component).toBe(true);
  expect(read('custom-tab-bar/index.wxml')).toContain('taro_tmpl');
  const js = read('custom-tab-bar/index.js');
  expect(js).toContain('Component(');
  expect(js).toContain('switchTab');
  expect(js).toContain(' gz-tabbar--elder');
});

it('draws labels of at least 18 px and 36 px icons in 长辈模式, high contrast, and a normal bar like WeChat’s', () => {
  const css = read('custom-tab-bar/index.wxss');
  const px = (v: string | undefined) => Number(/^([\d.]+)px$/i.exec(v ?? '')?.[1] ?? NaN);
  expect(px(rule(css, '.gz-tabbar__label')['font-size'])).toBe(10);
  expect(px(rule(css, '.gz-tabbar--elder .gz-tabbar__label')['font-size'])).toBeGreaterThanOrEqual(18);
  expect(rule(css, '.gz-tabbar--elder .gz-tabbar__label')['font-weight']).toBe('700');
  expect(px(rule(css, '.gz-tabbar--elder .gz-tabbar__icon').width)).toBeGreaterThanOrEqual(36);
  // Five items across a phone's width and 84 px high: each target is far above 48 px.
  expect(px(rule(css, '.gz-tabbar--elder').height)).toBeGreaterThanOrEqual(80);
  expect(rule(css, '.gz-tabbar--elder .gz-tabbar__item').color).toBe('#1a1a1a');
});

it('keeps the main package within its budget', async () => {
  expect((await checkWeapp(dist)).sizes.main).toBeLessThan(MAIN_BUDGET);
}, 60_000);
