import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PAGES, H5_ONLY_PAGES, messagePage, pageLink } from '../src/routes';

// The one route table (src/routes.ts) against the pages the mini-program really has: what
// app.config.ts declares for each build, and the page files in src/.
const ROOT = join(__dirname, '..');

/** app.config.ts as Taro evaluates it for one build (defineAppConfig is Taro's global identity). */
function appConfig(env: 'weapp' | 'h5'): { pages: string[]; subPackages: { root: string; pages: string[] }[]; tabBar: { list: { pagePath: string }[] }; preloadRule: Record<string, unknown> } {
  const before = process.env.TARO_ENV;
  process.env.TARO_ENV = env;
  (globalThis as Record<string, unknown>).defineAppConfig = (c: unknown) => c;
  try {
    let config: unknown;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- app.config.ts reads TARO_ENV when it loads
      config = require('../src/app.config').default;
    });
    return config as ReturnType<typeof appConfig>;
  } finally {
    process.env.TARO_ENV = before;
  }
}

const declared = (env: 'weapp' | 'h5') => {
  const c = appConfig(env);
  return [...c.pages, ...c.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))].map((p) => `/${p}`);
};

/** Every page file in src/: pages/<tab>/index.tsx and packages/<area>/<screen>/index.tsx. */
function pageFiles(): string[] {
  const under = (dir: string, depth: number): string[] =>
    readdirSync(join(ROOT, 'src', dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => (depth > 1 ? under(`${dir}/${d.name}`, depth - 1) : existsSync(join(ROOT, 'src', dir, d.name, 'index.tsx')) ? [`/${dir}/${d.name}/index`] : []));
  return [...under('pages', 1), ...under('packages', 2)];
}

const table = Object.values(PAGES) as string[];

it('declares in app.config.ts exactly the pages of the route table, for the browser build', () => {
  expect(declared('h5').sort()).toEqual([...table].sort());
});

it('leaves only the browser-only pages out of the WeChat build', () => {
  expect(declared('weapp').sort()).toEqual(table.filter((p) => !(H5_ONLY_PAGES as string[]).includes(p)).sort());
  expect(H5_ONLY_PAGES).toEqual([PAGES.signIn]);
});

it('names every page file of src/ in the table, and every table entry has its page file', () => {
  expect(pageFiles().sort()).toEqual([...table].sort());
});

it('makes the tab bar and the preloads of the table paths', () => {
  const c = appConfig('weapp');
  expect(c.tabBar.list.map((t) => `/${t.pagePath}`)).toEqual([PAGES.home, PAGES.issues, PAGES.polls, PAGES.volunteer, PAGES.me]);
  expect(Object.keys(c.preloadRule).map((p) => `/${p}`).every((p) => table.includes(p))).toBe(true);
});

it('encodes query values and drops the leading slash only for message cards', () => {
  expect(pageLink(PAGES.issueDetail, { id: 'issue:1', new: 1 })).toBe('/packages/issues/detail/index?id=issue%3A1&new=1');
  expect(pageLink(PAGES.me)).toBe('/pages/me/index');
  expect(messagePage(PAGES.pollResults, { id: 'poll:2', skip: undefined })).toBe('packages/polls/results/index?id=poll%3A2');
});

it('leaves no page path written by hand in src/ or server/ outside the table', () => {
  const home = relative(ROOT, require.resolve('../src/routes'));
  const hits = execSync(`grep -rnE "['\\\`]/?(pages|packages)/[a-z-]+/([a-z-]+/)?index" src server --include=*.ts --include=*.tsx || true`, { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line && !line.startsWith(`${home}:`))
    // prose in comments may show an example path
    .filter((line) => !/^[^:]+:\d+:\s*(\/\/|\*|\/\*)/.test(line));
  expect(hits).toEqual([]);
});
