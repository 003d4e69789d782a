// scripts/check-weapp.ts runs WeChat's own compilers and code analyser over a weapp build.
// Each check is shown to fail on a tiny broken fixture, then the real production build is checked.
import { SHARE_IMAGES } from '../../src/ui/shareImages';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkWeapp, ensureExecutable, MAIN_LIMIT } from '../../scripts/check-weapp';
import { ensureWeappBuild } from './weappBuild';

type Tree = Record<string, string | Buffer>;

// Each case runs WeChat's real compilers (wcc, wcsc) and analyser as child processes: seconds each
// when the machine is busy (the browser suite runs beside this project in `npm test`).
jest.setTimeout(60_000);

// A minimal valid mini-program: one main page using a component and a WXS module, one subpackage page.
const base: Tree = {
  'app.json': JSON.stringify({
    pages: ['pages/index/index'],
    subPackages: [{ root: 'pkg/', pages: ['list/index'] }],
  }),
  'app.js': 'App({})',
  'app.wxss': '.page { color: #333; }',
  'utils.wxs': 'module.exports = { twice: function (n) { return n * 2 } }',
  'pages/index/index.json': JSON.stringify({ usingComponents: { card: '../../components/card/index' } }),
  'pages/index/index.js': 'var util = require("../../util.js"); Page({ data: { n: util.n } })',
  'pages/index/index.wxml': '<wxs module="u" src="../../utils.wxs" /><view class="page"><card title="{{u.twice(n)}}" /></view>',
  'pages/index/index.wxss': 'view { padding: 10rpx; }',
  'util.js': 'module.exports = { n: 1 }',
  'components/card/index.json': JSON.stringify({ component: true }),
  'components/card/index.js': 'Component({ properties: { title: String } })',
  'components/card/index.wxml': '<view>{{title}}</view>',
  'components/card/index.wxss': ':host { display: block; }',
  'pkg/list/index.json': '{}',
  'pkg/list/index.js': 'Page({})',
  'pkg/list/index.wxml': '<view wx:for="{{[1, 2]}}" wx:key="*this">{{item}}</view>',
};

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'check-weapp-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

let count = 0;
function fixture(changes: Tree = {}, remove: string[] = []): string {
  const dir = path.join(scratch, `f${count++}`);
  const tree = { ...base, ...changes };
  for (const file of remove) delete tree[file];
  for (const [rel, content] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

describe('check-weapp on fixtures', () => {
  it('passes a valid mini-program and counts its files and packages', async () => {
    const r = await checkWeapp(fixture());
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ wxml: 3, wxs: 1, wxss: 3 });
    expect(Object.keys(r.sizes.subpackages)).toEqual(['pkg']);
    expect(r.sizes.subpackages.pkg).toBeGreaterThan(0);
    expect(r.sizes.main + r.sizes.subpackages.pkg).toBe(r.sizes.total);
  }, 30_000); // the first call loads WeChat's compilers and the analyser: seconds on a busy machine

  it('reports an unclosed WXML tag (wcc)', async () => {
    const r = await checkWeapp(fixture({ 'pkg/list/index.wxml': '<view><text>{{item}}</view>' }));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^wcc: .*pkg\/list\/index\.wxml:1:\d+/);
  });

  it('reports an unclosed {{ in WXML (wcc)', async () => {
    const r = await checkWeapp(fixture({ 'components/card/index.wxml': '<view>{{title</view>' }));
    expect(r.problems).toEqual([expect.stringMatching(/^wcc: .*components\/card\/index\.wxml/)]);
  });

  it('reports a broken WXS module (wcc)', async () => {
    const r = await checkWeapp(fixture({ 'utils.wxs': 'module.exports = { twice: function (n) { return n * 2 }' }));
    expect(r.problems).toEqual([expect.stringMatching(/^wcc: .*utils\.wxs/)]);
  });

  it('reports bad WXSS (wcsc returns, not throws, its error)', async () => {
    const r = await checkWeapp(fixture({ 'pages/index/index.wxss': 'view { padding: 10rpx;' }));
    expect(r.problems).toEqual([expect.stringMatching(/^wcsc: .*pages\/index\/index\.wxss\(\d+:\d+\)/)]);
  });

  it('reports a page named in app.json that does not exist (analyser)', async () => {
    const app = { pages: ['pages/index/index', 'pages/gone/index'], subPackages: [{ root: 'pkg/', pages: ['list/index', 'missing/index'] }] };
    const r = await checkWeapp(fixture({ 'app.json': JSON.stringify(app) }));
    expect(r.problems.some((p) => p.startsWith('analyser: ') && p.includes('pages/gone/index'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('analyser: ') && p.includes('pkg/missing/index'))).toBe(true);
  });

  it('reports a missing require, component and WXS import (analyser)', async () => {
    const r = await checkWeapp(fixture({}, ['util.js', 'components/card/index.js', 'utils.wxs']));
    const analyser = r.problems.filter((p) => p.startsWith('analyser: '));
    expect(analyser).toEqual(expect.arrayContaining([
      expect.stringMatching(/pages\/index\/index\.js: .*\.\.\/\.\.\/util\.js/),
      expect.stringMatching(/components\/card\/index/),
      expect.stringMatching(/utils\.wxs/),
    ]));
  });

  it('reports a tabBar icon that does not exist or a tab that is not a main-package page', async () => {
    const tabBar = { list: [
      { pagePath: 'pages/index/index', text: 'A', iconPath: 'assets/a.png', selectedIconPath: 'assets/a-on.png' },
      { pagePath: 'pkg/list/index', text: 'B' },
    ] };
    const app = { pages: ['pages/index/index'], subPackages: [{ root: 'pkg/', pages: ['list/index'] }], tabBar };
    const r = await checkWeapp(fixture({ 'app.json': JSON.stringify(app), 'assets/a.png': 'png' }));
    expect(r.problems).toEqual([
      expect.stringMatching(/tabBar\.list\[0\]\.selectedIconPath assets\/a-on\.png does not exist/),
      expect.stringMatching(/tabBar\.list\[1\]\.pagePath pkg\/list\/index is not a main-package page/),
    ]);
  });

  it('reports a malformed JSON file', async () => {
    const r = await checkWeapp(fixture({ 'pkg/list/index.json': '{ "navigationBarTitleText": "x", }' }));
    expect(r.problems).toEqual([expect.stringMatching(/^json: pkg\/list\/index\.json/)]);
  });

  it('reports a main package over its 400,000-byte budget and a subpackage over 2 MiB', async () => {
    expect(MAIN_LIMIT).toBe(400_000);
    const ok = await checkWeapp(fixture({ 'assets/a.bin': Buffer.alloc(390_000), 'pkg/b.bin': Buffer.alloc(2000 * 1024) }));
    expect(ok.problems).toEqual([]);
    const r = await checkWeapp(fixture({ 'assets/a.bin': Buffer.alloc(MAIN_LIMIT), 'pkg/b.bin': Buffer.alloc(2 * 1024 * 1024 + 1) }));
    expect(r.problems).toEqual([
      expect.stringMatching(/^size: main package is \d+ bytes/),
      expect.stringMatching(/^size: subpackage pkg is 2097\d+ bytes/),
    ]);
  });

  it('reports a file the app names at run time that the build lacks', async () => {
    const r = await checkWeapp(fixture({ 'assets/a.png': 'png' }), ['/assets/a.png', '/pkg/share.png']);
    expect(r.problems).toEqual(['missing: /pkg/share.png is named by the app but not in the build']);
  });

  it('reports a directory without app.json', async () => {
    const dir = path.join(scratch, 'empty');
    mkdirSync(dir);
    expect((await checkWeapp(dir)).problems).toEqual([expect.stringMatching(/^no app\.json/)]);
  });

  it('gives a binary the run bit, idempotently', () => {
    const file = path.join(scratch, 'bin');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    ensureExecutable(file);
    expect(statSync(file).mode & 0o777).toBe(0o755);
    ensureExecutable(file);
    expect(statSync(file).mode & 0o777).toBe(0o755);
  });
});

describe('check-weapp on the real production build', () => {
  it('finds no problem and keeps the main package within its 400,000-byte budget', async () => {
    const r = await checkWeapp(ensureWeappBuild(), Object.values(SHARE_IMAGES));
    expect(r.problems).toEqual([]);
    expect(r.wxml).toBeGreaterThan(0);
    expect(r.wxss).toBeGreaterThan(0);
    expect(r.sizes.main).toBeLessThan(MAIN_LIMIT);
  }, 180_000);
});
