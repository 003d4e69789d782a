// npm run bench:profile-read: the foundation read (compound.units as an owner, 100 clients) against
// the bundled host under `node --cpu-prof`, then the profile summed by self time per function and
// per source file, to see where our layers spend what the bare handler does not. Writes the
// .cpuprofile into a temp folder (open it in Chrome DevTools for the full tree).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, tempDb, startServer } from './lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../scripts/build-host.mjs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function summarise(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url.replace(/^.*\/(node_modules|server|src|dist)\//, '$1/') || '(native)';
    fn.set(`${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`, (fn.get(`${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`) ?? 0) + us);
    file.set(where, (file.get(where) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  return { totalMs: Math.round(total / 1000), functions: rows(fn), files: rows(file) };
}

async function main() {
  const hostEntry: string = await buildHost();
  const db = tempDb('profile');
  const env = { GONGZHI_DB: db, GONGZHI_DEMO: '1', GONGZHI_SECRET: 'bench', GONGZHI_JOBS_MS: '3600000' };
  const probe = { path: '/api/compound.buildings', body: {} };
  await (await startServer(hostEntry, env, probe)).stop(); // seeds
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gz-prof-'));
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, hostEntry], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  while (!/running at (http:\/\/[\d.]+:\d+)/.test(out)) await new Promise((r) => setTimeout(r, 20));
  const base = /running at (http:\/\/[\d.]+:\d+)/.exec(out)![1];
  const signIn = await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'owner' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const result = await load(base, '/api/compound.units', { buildingId: 'b:19栋' }, { clients: 100, total: Number(process.env.TOTAL ?? 10000), headers: { cookie } });
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  const summary = summarise(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile);
  console.log(`p50 ${result.p50.toFixed(2)} ms over ${result.count} requests; profile ${path.join(dir, file)} (${summary.totalMs} ms sampled)`);
  console.log('\nself time by function:\n' + summary.functions.join('\n'));
  console.log('\nself time by file:\n' + summary.files.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
