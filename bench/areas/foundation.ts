// Area `foundation`: package sizes, host cold start, and the cost of our layers on a read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkWeapp } from '../../scripts/check-weapp';
import { cpuMs, load, rawAnswer, round, startServer, tempDb, type Report, setPath } from '../lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../../scripts/build-host.mjs';

function ensureBuild(type: 'weapp' | 'h5', marker: string) {
  if (existsSync(marker)) return;
  // The weapp build the size check needs is the check-only one (`npm run build:weapp`): no cloud environment id.
  const run = spawnSync('npx', ['taro', 'build', '--type', type], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', ...(type === 'weapp' ? { GONGZHI_WEAPP_CHECK: '1' } : {}) } });
  if (run.status !== 0) throw new Error(`taro build --type ${type} failed`);
}

function h5InitialJs(dir: string) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let bytes = 0;
  let gzip = 0;
  for (const src of scripts) {
    const file = path.join(dir, src.replace(/^\.?\//, ''));
    bytes += statSync(file).size;
    gzip += gzipSync(readFileSync(file)).length;
  }
  return { bytes, gzip, files: scripts.length };
}

export async function foundation(report: Report) {
  ensureBuild('weapp', 'dist/weapp/app.json');
  const weapp = await checkWeapp('dist/weapp');
  setPath(report, 'foundation.weapp.mainPackageBytes', weapp.sizes.main);
  setPath(report, 'foundation.weapp.totalBytes', weapp.sizes.total);

  ensureBuild('h5', 'dist/h5/index.html');
  const h5 = h5InitialJs('dist/h5');
  setPath(report, 'foundation.h5.initialJsBytes', h5.bytes);
  setPath(report, 'foundation.h5.initialJsGzipBytes', h5.gzip);

  // The same bundled host `npm start` runs.
  const hostEntry: string = await buildHost();
  const db = tempDb('foundation');
  // The hourly jobs stay out of the measured read (they run once at start, during the warm-up).
  const env = { GONGZHI_DB: db, GONGZHI_DEMO: '1', GONGZHI_SECRET: 'bench', GONGZHI_JOBS_MS: '3600000' };
  const probe = { path: '/api/compound.buildings', body: {} };
  // First start seeds the 608-unit demo compound; the cold start is a fresh process on it.
  const first = await startServer(hostEntry, env, probe);
  await first.stop();
  setPath(report, 'foundation.host.firstStartWithSeedMs', round(first.startedMs, 0));
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer(hostEntry, env, probe);
    starts.push(s.startedMs);
    await s.stop();
  }
  setPath(report, 'foundation.host.coldStartMs', round(Math.min(...starts), 0));

  const host = await startServer(hostEntry, env, probe);
  const signIn = await fetch(`${host.base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'owner' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const read = { buildingId: 'b:19栋' };
  const opts = { clients: 100, total: 20000, headers: { cookie } };
  const oursAnswer = await (await fetch(`${host.base}/api/compound.units`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(read) })).text();
  const oursWire = await rawAnswer(host.base, '/api/compound.units', read, { cookie });
  await load(host.base, '/api/compound.units', read, { ...opts, total: 2000 }); // warm up
  const oursCpu0 = cpuMs(host.child.pid!);
  const ours = await load(host.base, '/api/compound.units', read, opts);
  const oursCpu = cpuMs(host.child.pid!);
  await host.stop();

  const bare = await startServer('bench/bare-server.mjs', { GONGZHI_DB: db }, { path: '/', body: read });
  // The ratio compares our layers, not two different answers: the bare handler must send the very same bytes.
  const bareAnswer = await (await fetch(`${bare.base}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(read) })).text();
  if (bareAnswer !== oursAnswer) throw new Error(`the bare handler answers differently:\nours ${oursAnswer.slice(0, 300)}\nbare ${bareAnswer.slice(0, 300)}`);
  const bareWire = await rawAnswer(bare.base, '/', read);
  await load(bare.base, '/', read, { ...opts, total: 2000 });
  const bareCpu0 = cpuMs(bare.child.pid!);
  const base = await load(bare.base, '/', read, opts);
  const bareCpu = cpuMs(bare.child.pid!);
  await bare.stop();

  // The same bare handler sending its answer with content-length, as the host does (bare-server.mjs).
  const bareLen = await startServer('bench/bare-server.mjs', { GONGZHI_DB: db, BARE_FRAMING: 'content-length' }, { path: '/', body: read });
  const bareLenAnswer = await (await fetch(`${bareLen.base}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(read) })).text();
  if (bareLenAnswer !== oursAnswer) throw new Error('the bare handler with content-length answers differently');
  const bareLenWire = await rawAnswer(bareLen.base, '/', read);
  await load(bareLen.base, '/', read, { ...opts, total: 2000 });
  const bareLenCpu0 = cpuMs(bareLen.child.pid!);
  const baseLen = await load(bareLen.base, '/', read, opts);
  const bareLenCpu = cpuMs(bareLen.child.pid!);
  await bareLen.stop();

  if (ours.failures || base.failures || baseLen.failures) throw new Error(`read load had failures: ours ${ours.failures}, bare ${base.failures}, bare with length ${baseLen.failures}`);
  setPath(report, 'foundation.api.read.clients', opts.clients);
  setPath(report, 'foundation.api.read.requests', ours.count);
  setPath(report, 'foundation.api.read.p50Ms', round(ours.p50));
  setPath(report, 'foundation.api.read.p99Ms', round(ours.p99));
  setPath(report, 'foundation.api.read.perSecond', round(ours.perSecond, 0));
  setPath(report, 'foundation.api.read.bare.p50Ms', round(base.p50));
  setPath(report, 'foundation.api.read.bare.p99Ms', round(base.p99));
  setPath(report, 'foundation.api.read.vsBare', round(ours.p50 / base.p50));
  // What each writes on the socket for the same answer: headers (ours add cache-control and
  // nosniff), the body with its framing, and the framing itself.
  setPath(report, 'foundation.api.read.wire', { headerBytes: oursWire.headerBytes, bodyBytes: oursWire.bodyBytes, framing: oursWire.framing });
  setPath(report, 'foundation.api.read.bare.wire', { headerBytes: bareWire.headerBytes, bodyBytes: bareWire.bodyBytes, framing: bareWire.framing });
  setPath(report, 'foundation.api.read.bareWithLength.p50Ms', round(baseLen.p50));
  setPath(report, 'foundation.api.read.bareWithLength.wire', { headerBytes: bareLenWire.headerBytes, bodyBytes: bareLenWire.bodyBytes, framing: bareLenWire.framing });
  setPath(report, 'foundation.api.read.vsBareWithLength', round(ours.p50 / baseLen.p50));
  // The server processes' own CPU time per request: what our layers cost, whatever else the
  // machine is doing meanwhile (latency on a shared machine swings with its load).
  if (oursCpu !== null && oursCpu0 !== null && bareCpu !== null && bareCpu0 !== null) {
    const oursUs = ((oursCpu - oursCpu0) * 1000) / ours.count;
    const bareUs = ((bareCpu - bareCpu0) * 1000) / base.count;
    setPath(report, 'foundation.api.read.cpuUsPerRequest', round(oursUs, 0));
    setPath(report, 'foundation.api.read.bare.cpuUsPerRequest', round(bareUs, 0));
    setPath(report, 'foundation.api.read.cpuVsBare', round(oursUs / bareUs));
    if (bareLenCpu !== null && bareLenCpu0 !== null) {
      const bareLenUs = ((bareLenCpu - bareLenCpu0) * 1000) / baseLen.count;
      setPath(report, 'foundation.api.read.bareWithLength.cpuUsPerRequest', round(bareLenUs, 0));
      setPath(report, 'foundation.api.read.cpuVsBareWithLength', round(oursUs / bareLenUs));
    }
  }
}
