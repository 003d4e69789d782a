// `npm test`: the four jest projects as two streams side by side.
//
// Why: on a 2-core machine jest's default is one worker (cores - 1), so it runs every file in one
// process, one after another, and the second core idles through the unit, cloud and pages projects.
// The browser suite spends most of its time in processes of its own (the host and Chromium), waiting
// for pages. So the node-only projects run in one jest process and the browser suite in another,
// each one file at a time: two streams, never two browsers at once. Measured on the CI machine
// (2 cores): 599 s for one stream before this.
//
// `npm test -- <jest args>` (a file, a project, -t …) runs plain jest with those arguments instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const jestBin = createRequire(import.meta.url).resolve('jest/bin/jest');
const args = process.argv.slice(2);

/** Runs jest with these arguments; each output line is prefixed with the stream's name. */
function jest(name, jestArgs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [jestBin, ...jestArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      from.setEncoding('utf8');
      from.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) to.write(`[${name}] ${line}\n`);
      });
      from.on('end', () => rest && to.write(`[${name}] ${rest}\n`));
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (args.length > 0) {
  process.exitCode = await jest('jest', args);
} else {
  const started = Date.now();
  const [node, browser] = await Promise.all([
    jest('node', ['--selectProjects', 'unit', 'cloud', 'pages', '--runInBand']),
    jest('e2e', ['--selectProjects', 'e2e', '--runInBand']),
  ]);
  const took = Math.round((Date.now() - started) / 1000);
  console.log(`\nnpm test: unit, cloud and pages ${node === 0 ? 'passed' : 'FAILED'}; browser suite ${browser === 0 ? 'passed' : 'FAILED'} (${took} s)`);
  process.exitCode = node || browser;
}
