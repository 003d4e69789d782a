// npm run check:weapp [dir]: checks a production weapp build (default dist/weapp) with WeChat's
// own tools from npm, offline:
//  1. wcc (miniprogram-compiler) compiles every WXML and WXS file; wcsc compiles every WXSS file.
//  2. miniprogram-ci's code analyser walks app.json, pages, components and imports and lists
//     what it cannot resolve (a missing page, component, template or required file).
//  3. Package sizes: main package (everything outside the subpackage roots) <= 400,000 bytes (our
//     budget: it is what every first open downloads; WeChat's own limit is 2 MB), each subpackage
//     <= 2 MiB.
// Every *.json file must also parse (wcc, wcsc and the analyser all skip a malformed one silently),
// and app.json's tabBar must name main-package pages and existing icons (the analyser does not look).
//
// The compilers date from 2019-2020: newer syntax may be judged differently by today's DevTools.
import { createRequire } from 'node:module';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { SHARE_IMAGES } from '../src/ui/shareImages';

/** Our budget for the main package (issue 15: 449,657 bytes before, 394,180 after). */
export const MAIN_LIMIT = 400_000;
export const SUBPACKAGE_LIMIT = 2 * 1024 * 1024;

export interface WeappSizes {
  /** Bytes outside every subpackage root. */
  main: number;
  /** Bytes of the whole directory. */
  total: number;
  /** Bytes per subpackage, keyed by its root as app.json spells it (without a trailing slash). */
  subpackages: Record<string, number>;
}

export interface WeappCheck {
  /** WXML files handed to wcc (a failure shows up in problems). */
  wxml: number;
  /** WXS files handed to wcc along with the WXML. */
  wxs: number;
  /** WXSS files handed to wcsc. */
  wxss: number;
  problems: string[];
  sizes: WeappSizes;
  /** Milliseconds per check. */
  timings: { wcc: number; wcsc: number; analyse: number; sizes: number };
}

// The two packages ship no types; describe the parts used here.
interface AnalyserDepJson { request: string; error?: string }
interface AnalyserModuleJson { id: string; path?: string; deps?: AnalyserDepJson[] }
interface AnalyserPlugin {
  name: string;
  onModuleBuildFailed?(mod: { path?: string; id?: string }, cost: number, error: unknown): void;
}
interface AnalyserFileHelper { watchFileChange(callback: () => void): void; destroy(): void }
interface CodeAnalyse {
  FileHelper: new (root: string, type: 'miniprogram') => AnalyserFileHelper;
  Analyzer: new (options: { root: string; type: 'miniprogram'; fileHelper: AnalyserFileHelper; plugins: AnalyserPlugin[] }) => {
    analyse(): Promise<void>;
    serialize(): { modules: AnalyserModuleJson[] } | undefined;
    destroy(): void;
  };
}
interface Compiler {
  /** wxmlList: paths with their .wxml extension, relative to root. */
  wxmlToJs(root: string, options: { wxmlList: string[]; wxsList: string[]; maxBuffer: number }): string;
}
/** pathsWithoutExt: WXSS paths relative to root, without .wxss. */
type Wcsc = (root: string, pathsWithoutExt: string[], options: { maxBuffer: number }) => Record<string, string> | Error;

// CommonJS here (tsx, jest); the cwd fallback serves an ESM importer.
const load = createRequire(typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'package.json'));
const MAX_BUFFER = 256 * 1024 * 1024;

/** Gives a file the run bit (u+x, g+x, o+x) unless it already has it. Idempotent. */
export function ensureExecutable(file: string): void {
  const mode = statSync(file).mode & 0o7777;
  if ((mode & 0o111) !== 0o111) chmodSync(file, mode | 0o111);
}

/** WeChat's Linux/macOS compilers come from npm without the run bit (npm ci leaves them 0644). */
function prepareCompilers(): void {
  if (process.platform === 'win32') return;
  const bin = path.join(path.dirname(load.resolve('miniprogram-compiler/package.json')), 'bin', process.platform === 'darwin' ? 'mac' : 'linux');
  for (const name of ['wcc', 'wcsc']) ensureExecutable(path.join(bin, name));
}

/** Every file under root, relative, with forward slashes (node_modules is never uploaded). */
function listFiles(root: string): { rel: string; size: number }[] {
  const out: { rel: string; size: number }[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const rel = prefix + entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${rel}/`);
      else if (entry.isFile()) out.push({ rel, size: statSync(full).size });
    }
  };
  walk(root, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function firstLines(text: string, max = 6): string {
  const lines = text.trim().split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length > max ? `${lines.slice(0, max).join('\n')}\n… (${lines.length - max} more lines)` : lines.join('\n');
}

const since = (start: number) => Math.round(performance.now() - start);

function subpackageRoots(appJson: unknown): string[] {
  const app = (appJson ?? {}) as { subPackages?: unknown; subpackages?: unknown };
  const list = [app.subPackages, app.subpackages].flatMap((value) => (Array.isArray(value) ? value : []));
  const roots = list
    .map((item) => (item && typeof item === 'object' ? (item as { root?: unknown }).root : undefined))
    .filter((root): root is string => typeof root === 'string' && root.trim() !== '')
    .map((root) => root.replace(/\\/g, '/').replace(/^\.?\//, '').replace(/\/+$/, ''));
  return [...new Set(roots)];
}

/** What DevTools refuses in app.json's tabBar and the analyser lets through: missing icons, unknown pages. */
function tabBarProblems(appJson: unknown, files: Set<string>): string[] {
  const app = (appJson ?? {}) as { pages?: unknown; tabBar?: { list?: unknown } };
  const list = Array.isArray(app.tabBar?.list) ? (app.tabBar.list as Record<string, unknown>[]) : [];
  const pages = new Set(Array.isArray(app.pages) ? app.pages : []);
  const problems: string[] = [];
  list.forEach((item, i) => {
    if (typeof item?.pagePath === 'string' && !pages.has(item.pagePath.replace(/^\//, ''))) {
      problems.push(`app.json: tabBar.list[${i}].pagePath ${item.pagePath} is not a main-package page`);
    }
    for (const key of ['iconPath', 'selectedIconPath']) {
      const icon = item?.[key];
      if (typeof icon === 'string' && icon && !files.has(path.posix.normalize(icon.replace(/^\//, '')))) {
        problems.push(`app.json: tabBar.list[${i}].${key} ${icon} does not exist`);
      }
    }
  });
  return problems;
}

function measure(files: { rel: string; size: number }[], roots: string[]): WeappSizes {
  const sizes: WeappSizes = { main: 0, total: 0, subpackages: Object.fromEntries(roots.map((root) => [root, 0])) };
  // Longest root first, so a nested root claims its own files.
  const byLength = [...roots].sort((a, b) => b.length - a.length);
  for (const file of files) {
    sizes.total += file.size;
    const root = byLength.find((r) => file.rel.startsWith(`${r}/`));
    if (root === undefined) sizes.main += file.size;
    else sizes.subpackages[root] += file.size;
  }
  return sizes;
}

async function analyse(root: string): Promise<string[]> {
  const { Analyzer, FileHelper } = load('miniprogram-ci/dist/common/code-analyse') as CodeAnalyse;
  // This is the analyser behind miniprogram-ci's `ci.analyseCode(project)`. Called through
  // analyseCode it opens a chokidar watcher on the directory and never closes it, so the
  // process never exits; built here, it gets a file helper that does not watch.
  const fileHelper = new FileHelper(root, 'miniprogram');
  fileHelper.watchFileChange = () => {};
  const failures: string[] = [];
  const analyzer = new Analyzer({
    root,
    type: 'miniprogram',
    fileHelper,
    plugins: [{
      name: 'check-weapp',
      onModuleBuildFailed(mod, _cost, error) {
        failures.push(`analyser: ${mod.path ?? mod.id}: ${error instanceof Error ? error.message : String(error)}`);
      },
    }],
  });
  try {
    await analyzer.analyse();
    const result = analyzer.serialize();
    const unresolved = (result?.modules ?? []).flatMap((mod) =>
      (mod.deps ?? []).filter((dep) => dep.error).map((dep) => `analyser: ${mod.path ?? mod.id}: ${dep.error}`));
    return [...new Set([...failures, ...unresolved])];
  } finally {
    analyzer.destroy();
  }
}

/** `expectFiles`: paths (from the root, `/a/b.png`) the app names at run time and the build must hold. */
export async function checkWeapp(dir = 'dist/weapp', expectFiles: readonly string[] = []): Promise<WeappCheck> {
  const root = path.resolve(dir);
  const result: WeappCheck = {
    wxml: 0, wxs: 0, wxss: 0, problems: [],
    sizes: { main: 0, total: 0, subpackages: {} },
    timings: { wcc: 0, wcsc: 0, analyse: 0, sizes: 0 },
  };
  const problems = result.problems;
  const appJsonPath = path.join(root, 'app.json');
  if (!existsSync(appJsonPath)) {
    problems.push(`no app.json in ${root}: build first (npm run build:weapp)`);
    return result;
  }

  let started = performance.now();
  const files = listFiles(root);
  let appJson: unknown = {};
  for (const file of files.filter((f) => f.rel.endsWith('.json'))) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path.join(root, file.rel), 'utf8'));
      if (file.rel === 'app.json') appJson = parsed;
    } catch (error) {
      problems.push(`json: ${file.rel}: ${(error as Error).message}`);
    }
  }
  problems.push(...tabBarProblems(appJson, new Set(files.map((f) => f.rel))));
  for (const wanted of expectFiles) if (!files.some((f) => `/${f.rel}` === wanted)) problems.push(`missing: ${wanted} is named by the app but not in the build`);
  const roots = subpackageRoots(appJson);
  result.sizes = measure(files, roots);
  if (result.sizes.main > MAIN_LIMIT) {
    problems.push(`size: main package is ${result.sizes.main} bytes, over the ${MAIN_LIMIT}-byte budget (move what the tab pages do not need into a subpackage)`);
  }
  for (const [sub, bytes] of Object.entries(result.sizes.subpackages)) {
    if (bytes > SUBPACKAGE_LIMIT) problems.push(`size: subpackage ${sub} is ${bytes} bytes, over the ${SUBPACKAGE_LIMIT}-byte (2 MiB) limit`);
  }
  result.timings.sizes = since(started);

  try {
    prepareCompilers();
  } catch (error) {
    problems.push(`cannot make WeChat's compilers executable: ${(error as Error).message}`);
  }

  // wcc stops at the first bad file and names it (file:line:col).
  // Paths keep their extension here (wxmlToJs strips it); wcc silently skips a file it cannot find.
  const wxmlList = files.filter((f) => f.rel.endsWith('.wxml')).map((f) => f.rel);
  const wxsList = files.filter((f) => f.rel.endsWith('.wxs')).map((f) => f.rel);
  started = performance.now();
  if (wxmlList.length + wxsList.length > 0) {
    const compiler = load('miniprogram-compiler') as Compiler;
    result.wxml = wxmlList.length;
    result.wxs = wxsList.length;
    try {
      compiler.wxmlToJs(root, { wxmlList, wxsList, maxBuffer: MAX_BUFFER });
    } catch (error) {
      problems.push(`wcc: ${firstLines((error as Error).message)}`);
    }
  }
  result.timings.wcc = since(started);

  // wcsc returns (does not throw) an Error naming the file: ERR: path.wxss(line:col): …
  const wxssList = files.filter((f) => f.rel.endsWith('.wxss')).map((f) => f.rel.slice(0, -'.wxss'.length));
  started = performance.now();
  if (wxssList.length > 0) {
    const wcsc = load('miniprogram-compiler/src/wcsc') as Wcsc;
    result.wxss = wxssList.length;
    try {
      const out = wcsc(root, wxssList, { maxBuffer: MAX_BUFFER });
      if (out instanceof Error) problems.push(`wcsc: ${firstLines(out.message)}`);
    } catch (error) {
      // A failed spawn (no run bit, output too large) surfaces as a TypeError inside wcsc.js.
      problems.push(`wcsc could not run: ${(error as Error).message}`);
    }
  }
  result.timings.wcsc = since(started);
  // wcc.js and wcsc.js read page JSON with require(): forget it, so a later check of a rebuilt
  // directory in the same process (the bench) sees the new files.
  for (const key of Object.keys(load.cache)) if (key.startsWith(root + path.sep)) delete load.cache[key];

  started = performance.now();
  try {
    problems.push(...(await analyse(root)));
  } catch (error) {
    problems.push(`analyser failed: ${firstLines((error as Error).message)}`);
  }
  result.timings.analyse = since(started);

  return result;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatReport(dir: string, r: WeappCheck): string {
  const lines = [
    `check:weapp ${dir}`,
    `  wcc   ${r.wxml} WXML + ${r.wxs} WXS checked (${r.timings.wcc} ms)`,
    `  wcsc  ${r.wxss} WXSS checked (${r.timings.wcsc} ms)`,
    `  analyser: pages, components and imports (${r.timings.analyse} ms)`,
    `  sizes: main ${kib(r.sizes.main)} (limit ${kib(MAIN_LIMIT)}), total ${kib(r.sizes.total)} (${r.timings.sizes} ms)`,
    ...Object.entries(r.sizes.subpackages).map(([root, bytes]) => `    subpackage ${root}: ${kib(bytes)} (limit ${kib(SUBPACKAGE_LIMIT)})`),
  ];
  if (r.problems.length === 0) lines.push('  OK: no problems');
  else lines.push(`  ${r.problems.length} problem(s):`, ...r.problems.map((p) => `  - ${p.replace(/\n/g, '\n    ')}`));
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = process.argv[2] || 'dist/weapp';
  // Share cards name their pictures by path; a missing one shows a blank card in the group.
  const report = await checkWeapp(dir, Object.values(SHARE_IMAGES));
  console.log(formatReport(dir, report));
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
