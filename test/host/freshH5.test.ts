// scripts/fresh-h5.mjs, which `npm start` (and so the browser suite) runs before serving dist/h5:
// it builds when the pages are missing or older than their sources, and processes starting
// together build once. Run in child processes (the script is an ES module, and the lock is
// between processes); the "build" is a stand-in that writes the page and the stamp.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../scripts/fresh-h5.mjs');
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gz-fresh-'));
  mkdirSync(path.join(root, 'src'));
  mkdirSync(path.join(root, 'config'));
  writeFileSync(path.join(root, 'src/app.ts'), 'export {};\n');
  writeFileSync(path.join(root, 'config/index.ts'), 'export {};\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs ensureFreshH5 in a fresh node process; its build takes `buildMs` and counts itself in builds.log. */
function start(buildMs = 0): Promise<string> {
  const code = `
    import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
    import { ensureFreshH5 } from ${JSON.stringify(SCRIPT)};
    const root = ${JSON.stringify(root)};
    const result = ensureFreshH5({ dir: 'dist/h5', root, build: () => {
      const startedAt = Date.now();
      appendFileSync(root + '/builds.log', process.pid + '\\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${buildMs});
      mkdirSync(root + '/dist/h5', { recursive: true });
      writeFileSync(root + '/dist/h5/index.html', '<html></html>');
      writeFileSync(root + '/dist/h5/build-stamp.json', JSON.stringify({ startedAt }));
      return 0;
    } });
    console.log(result);`;
  return new Promise((resolve, reject) => {
    // cwd: the stand-in's paths are under root, and the lock must be found relative to it too.
    execFile(process.execPath, ['--input-type=module', '-e', code], { cwd: root }, (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout.trim())));
  });
}

const builds = () => (existsSync(path.join(root, 'builds.log')) ? readFileSync(path.join(root, 'builds.log'), 'utf8').trim().split('\n').length : 0);

describe('fresh H5 pages before serving them', () => {
  it('builds when there is no build, then leaves a fresh build alone', async () => {
    expect(await start()).toBe('built');
    expect(await start()).toBe('fresh');
    expect(builds()).toBe(1);
  });

  it('builds again when a source under src/ or config/ changed after the build started', async () => {
    await start();
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(root, 'src/app.ts'), later, later);
    expect(await start()).toBe('built');
    expect(builds()).toBe(2);

    const evenLater = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'config/index.ts'), evenLater, evenLater);
    expect(await start()).toBe('built');
    expect(builds()).toBe(3);
  });

  it('treats a build without a stamp (made before stamps existed) as stale', async () => {
    mkdirSync(path.join(root, 'dist/h5'), { recursive: true });
    writeFileSync(path.join(root, 'dist/h5/index.html'), '<html></html>');
    expect(await start()).toBe('built');
  });

  it('builds once when several processes start at the same moment; the others wait for it', async () => {
    const results = await Promise.all([start(800), start(800), start(800), start(800)]);
    expect(builds()).toBe(1);
    expect(results.filter((r) => r === 'built')).toHaveLength(1);
    expect(results.filter((r) => r === 'waited' || r === 'fresh')).toHaveLength(3);
    expect(existsSync(path.join(root, 'dist/.h5.build-lock'))).toBe(false);
  });

  it('takes over a lock left by a process that died', async () => {
    mkdirSync(path.join(root, 'dist/.h5.build-lock'), { recursive: true });
    // A pid that cannot be running: above the kernel's pid_max.
    writeFileSync(path.join(root, 'dist/.h5.build-lock/pid'), '99999999');
    expect(await start()).toBe('built');
  });
});
