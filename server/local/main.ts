// `npm start`: the local host on the embedded database. Settings from the environment: see
// settings.ts (a value it does not understand stops the start with a message), and GONGZHI_STORE
// (sqlite, or emulated: CloudBase's semantics over the same file, see docs/cloud-emulator.md).
import path from 'node:path';
import { seedDemoOnce } from '../demo/seed';
import { createHost } from './host';
import { CLOUD_LIMITS } from '../cloud/limits';
import { directDeps, emulatedOptionsFrom, invocationDeps, openLocalDeps, storeKindFrom } from './runtime';
import { loadSecret } from './session';
import { readSettings, SettingsError } from './settings';
import { runJobs } from '../app/jobs/runJobs';
import { upgradeIfNeeded } from '../app/tenancy/helpers/upgradeOnStart';

async function main() {
  const started = performance.now();
  const { port, host, demo, dbFile: file, staticDir, allowedHosts } = readSettings(process.env);
  const store = storeKindFrom();
  // The host runs for hours: its WAL is checkpointed by a worker thread, never inside a request.
  const deps = openLocalDeps(file, undefined, { store, emulated: emulatedOptionsFrom(), backgroundCheckpoint: true });
  // Seeding is setup, not a user's call: it runs without the emulator's latency and faults.
  const direct = directDeps(deps);
  // A database made before compounds is upgraded in place into one compound before anything is served.
  const upgraded = await upgradeIfNeeded(direct.store, deps.clock.now(), process.env);
  if (upgraded) console.log(`已把原来的单小区数据升级为一个小区(移动了 ${upgraded.moved} 条记录)`);
  if (demo && (await seedDemoOnce(direct, deps.clock.now()))) console.log('已载入演示小区:侨亚小区');
  const secret = await loadSecret({ dbFile: file, store: direct.store, env: process.env });
  const server = createHost({ deps, demo, secret, staticDir, allowedHosts, filesDir: path.join(path.dirname(path.resolve(file)), 'files') });
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`共治 running at http://${host}:${actualPort}/ (${demo ? 'demo mode' : 'no demo'}, db ${file}, store ${store}, ready in ${Math.round(performance.now() - started)} ms)`);
  });
  // The same timed work the cloud's hourly timer runs; every step is idempotent.
  // On the emulated store each run is one invocation of the jobs function, with its timeout.
  const jobs = () => runJobs(invocationDeps(deps, { budgetMs: CLOUD_LIMITS.jobsTimeoutMs })?.deps ?? deps).catch((error) => console.error('[jobs]', error));
  const timer = setInterval(jobs, Number(process.env.GONGZHI_JOBS_MS ?? 60_000));
  void jobs();
  const stop = () => {
    clearInterval(timer);
    server.close(() => void deps.store.close().finally(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof SettingsError ? `无法启动:${error.message}` : error);
  process.exit(1);
});
