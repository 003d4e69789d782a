// npx tsx bench/profile-read.ts: the foundation read (compound.units as an owner, 100 clients) against
// the bundled host AND the bare handler (bench/bare-server.mjs), each under `node --cpu-prof`.
// Only the samples of the measured load count (start-up, seeding and the warm-up are cut off by
// time), summed by self time and given in µs per request, side by side: where our layers spend
// what the bare handler does not. Writes both .cpuprofile files into a temp folder (open them in
// Chrome DevTools for the full tree). TOTAL=<requests> (default 10000).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, tempDb, startServer } from './lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../scripts/build-host.mjs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const TOTAL = Number(process.env.TOTAL ?? 10000);
const read = { buildingId: 'b:19栋' };

/**
 * Where a function's self time belongs, by what it does rather than by file: the host bundle is one
 * file, so its functions are told apart by name (the bundle keeps them).
 */
function category(functionName: string, url: string): string {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  if (/^write(v|Buffer|Utf8String|Latin1String)?$/.test(functionName) && !url) return 'socket writes (native)';
  if (!url) return `native: ${functionName || '(anonymous)'}`;
  if (url.includes('better-sqlite3')) return 'better-sqlite3 (js)';
  if (url.startsWith('node:')) return /_http|net|stream|events|buffer/.test(url) ? 'node http/streams/events' : `node: ${url.slice(5)}`;
  if (url.endsWith('bare-server.mjs')) return 'bare handler';
  if (/zod/.test(url)) return 'zod';
  return `host: ${functionName || '(anonymous)'}`;
}

function summarise(profile: Profile, fromUs: number, toUs: number, requests: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const cat = new Map<string, number>();
  let at = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at > toUs) return;
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time runs until the next one
    const { functionName, url } = byId.get(id)!.callFrame;
    const key = category(functionName, url);
    cat.set(key, (cat.get(key) ?? 0) + dt);
    if (key !== '(idle)') total += dt;
  });
  return { busyUsPerRequest: total / requests, byCategory: new Map([...cat].map(([k, us]) => [k, us / requests])) };
}

/** Starts `script` under --cpu-prof, runs the warm-up and the measured load; the profile window is the load's. */
async function profiled(script: string, env: Record<string, string>, route: string, headers: (base: string) => Promise<Record<string, string>>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gz-prof-'));
  const child: ChildProcess = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, script], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  while (!/running at (http:\/\/[\d.]+:\d+)/.test(out)) await new Promise((r) => setTimeout(r, 20));
  const base = /running at (http:\/\/[\d.]+:\d+)/.exec(out)![1];
  const h = await headers(base);
  await load(base, route, read, { clients: 100, total: 2000, headers: h }); // warm-up, cut off below
  // The profile's clock is the child's monotonic one; the parent's window maps onto its end.
  const t0 = performance.now();
  const result = await load(base, route, read, { clients: 100, total: TOTAL, headers: h });
  const t1 = performance.now();
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  const t2 = performance.now();
  const file = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const fromUs = profile.endTime - (t2 - t0) * 1000;
  const toUs = profile.endTime - (t2 - t1) * 1000;
  return { result, file, summary: summarise(profile, fromUs, toUs, result.count) };
}

async function main() {
  const hostEntry: string = await buildHost();
  const db = tempDb('profile');
  const env = { GONGZHI_DB: db, GONGZHI_DEMO: '1', GONGZHI_SECRET: 'bench', GONGZHI_JOBS_MS: '3600000' };
  await (await startServer(hostEntry, env, { path: '/api/compound.buildings', body: {} })).stop(); // seeds
  const ours = await profiled(hostEntry, env, '/api/compound.units', async (base) => {
    const signIn = await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'owner' }) });
    return { cookie: signIn.headers.get('set-cookie')!.split(';')[0] };
  });
  const bare = await profiled('bench/bare-server.mjs', { GONGZHI_DB: db }, '/', async () => ({}));
  const keys = [...new Set([...ours.summary.byCategory.keys(), ...bare.summary.byCategory.keys()])].filter((k) => k !== '(idle)');
  const rows = keys
    .map((k) => ({ k, o: ours.summary.byCategory.get(k) ?? 0, b: bare.summary.byCategory.get(k) ?? 0 }))
    .sort((x, y) => y.o - y.b - (x.o - x.b))
    .filter((r) => r.o >= 0.3 || r.b >= 0.3);
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(`requests ${TOTAL}; p50 ours ${ours.result.p50.toFixed(2)} ms, bare ${bare.result.p50.toFixed(2)} ms`);
  console.log(`profiles: ${ours.file} ${bare.file}`);
  console.log(`busy µs per request (sampled, load window only): ours ${ours.summary.busyUsPerRequest.toFixed(1)}, bare ${bare.summary.busyUsPerRequest.toFixed(1)}, ratio ${(ours.summary.busyUsPerRequest / bare.summary.busyUsPerRequest).toFixed(2)}\n`);
  console.log(`${'   ours'} ${'   bare'} ${'  extra'}  self time by category (µs per request)`);
  for (const r of rows) console.log(`${f(r.o)} ${f(r.b)} ${f(r.o - r.b)}  ${r.k}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
