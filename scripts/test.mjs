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
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  // Each stream also writes jest's JSON results, so a failure is named again at the very end: a CI
  // log is often read from its tail, and jest's own summary of failing tests is left out below 20
  // files (the browser suite has 15), so a failed run could end without saying which test failed.
  const results = mkdtempSync(join(tmpdir(), 'gongzhi-test-'));
  const resultsOf = (name) => ['--json', `--outputFile=${join(results, `${name}.json`)}`];
  const [node, browser] = await Promise.all([
    jest('node', ['--selectProjects', 'unit', 'cloud', 'pages', '--runInBand', ...resultsOf('node')]),
    jest('e2e', ['--selectProjects', 'e2e', '--runInBand', ...resultsOf('e2e')]),
  ]);
  const took = Math.round((Date.now() - started) / 1000);
  for (const name of ['node', 'e2e']) printFailures(name, join(results, `${name}.json`));
  rmSync(results, { recursive: true, force: true });
  console.log(`\nnpm test: unit, cloud and pages ${node === 0 ? 'passed' : 'FAILED'}; browser suite ${browser === 0 ? 'passed' : 'FAILED'} (${took} s)`);
  process.exitCode = node || browser;
}

/** Prints each failed test of a stream (file, name, the head of its message) from jest's JSON. */
function printFailures(name, file) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.log(`\n[${name}] no results file: the stream ended before jest wrote one`);
    return;
  }
  const root = process.cwd() + '/';
  // Colour codes and jest's own stack frames only hide the message in a log.
  const readable = (text) =>
    text
      // eslint-disable-next-line no-control-regex -- the escape that starts a colour code
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => !/^\s+at .*(node_modules|<anonymous>|node:internal)/.test(line))
      .slice(0, 30)
      .join('\n');
  for (const suite of report.testResults) {
    const where = suite.name.replace(root, '');
    const failed = suite.assertionResults.filter((test) => test.status === 'failed');
    // A file that failed to run at all (a syntax error, a hook that threw) has no failed test.
    if (failed.length === 0 && suite.status === 'failed') {
      console.log(`\n[${name}] FAILED ${where}\n${readable(suite.message)}`);
    }
    // Passed on its second run (the browser suite retries once, test/e2e/retryOnce.ts): named, with
    // why the first run failed, so a flaky test is fixed rather than forgotten.
    for (const test of suite.assertionResults.filter((t) => t.status === 'passed' && (t.invocations ?? 1) > 1)) {
      console.log(`\n[${name}] PASSED ONLY ON RETRY (flaky) ${where} › ${test.fullName}\n${readable((test.retryReasons ?? []).join('\n'))}`);
    }
    for (const test of failed) {
      console.log(`\n[${name}] FAILED ${where} › ${test.fullName}\n${readable(test.failureMessages.join('\n'))}`);
    }
  }
}
