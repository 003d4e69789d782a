// `npm start`: the local host on the embedded database. Settings from the environment: see
// settings.ts (a value it does not understand stops the start with a message).
import path from 'node:path';
import { seedDemoOnce } from '../demo/seed';
import { createHost } from './host';
import { openLocalDeps } from './runtime';
import { loadSecret } from './session';
import { readSettings, SettingsError } from './settings';
import { runJobs } from '../app/jobs/runJobs';

async function main() {
  const started = performance.now();
  const { port, host, demo, dbFile: file, staticDir, allowedHosts } = readSettings(process.env);
  const deps = openLocalDeps(file);
  if (demo && (await seedDemoOnce(deps, deps.clock.now()))) console.log('已载入演示小区:侨亚小区');
  const secret = await loadSecret({ dbFile: file, store: deps.store, env: process.env });
  const server = createHost({ deps, demo, secret, staticDir, allowedHosts, filesDir: path.join(path.dirname(path.resolve(file)), 'files') });
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`共治 running at http://${host}:${actualPort}/ (${demo ? 'demo mode' : 'no demo'}, db ${file}, ready in ${Math.round(performance.now() - started)} ms)`);
  });
  // The same timed work the cloud's hourly timer runs; every step is idempotent.
  const jobs = () => runJobs(deps).catch((error) => console.error('[jobs]', error));
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
