// `npm start`: the local host on the embedded database. Settings from the environment:
// PORT (8080), HOST (127.0.0.1), GONGZHI_DB (.data/gongzhi.db), GONGZHI_DEMO (1: seed the demo
// compound once and enable the dev sign-in), GONGZHI_STATIC (dist/h5), GONGZHI_STORE (sqlite, or
// emulated: CloudBase's semantics over the same file, see docs/cloud-emulator.md).
import path from 'node:path';
import { seedDemoOnce } from '../demo/seed';
import { createHost } from './host';
import { CLOUD_LIMITS } from '../cloud/limits';
import { directDeps, emulatedOptionsFrom, invocationDeps, openLocalDeps, sessionSecret, storeKindFrom } from './runtime';
import { runJobs } from '../app/jobs/runJobs';

async function main() {
  const started = performance.now();
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const demo = (process.env.GONGZHI_DEMO ?? '1') !== '0';
  const file = process.env.GONGZHI_DB ?? path.join('.data', 'gongzhi.db');
  const store = storeKindFrom();
  const deps = openLocalDeps(file, undefined, { store, emulated: emulatedOptionsFrom() });
  // Seeding is setup, not a user's call: it runs without the emulator's latency and faults.
  if (demo && (await seedDemoOnce(directDeps(deps), deps.clock.now()))) console.log('已载入演示小区:侨亚小区');
  const server = createHost({ deps, demo, secret: await sessionSecret(directDeps(deps).store), staticDir: path.resolve(process.env.GONGZHI_STATIC ?? path.join('dist', 'h5')), filesDir: path.join(path.dirname(path.resolve(file)), 'files') });
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
  console.error(error);
  process.exit(1);
});
