// Shared bench helpers: a child-process host on a temp database, a keep-alive load generator
// and percentiles. Figures go into one nested report.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Report = Record<string, unknown>;

export function setPath(report: Report, key: string, value: unknown) {
  const parts = key.split('.');
  let node = report;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Report;
  node[parts[parts.length - 1]] = value;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

// Every temporary database goes with the bench process (a run makes about thirty of 10 MB each).
const tempDirs: string[] = [];
process.on('exit', () => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function tempDb(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gz-bench-'));
  tempDirs.push(dir);
  return path.join(dir, `${name}.db`);
}

export interface RunningServer {
  base: string;
  child: ChildProcess;
  startedMs: number;
  stop(): Promise<void>;
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux; null elsewhere).
 * Unlike latency it does not depend on what else the machine runs: the fair way to compare two
 * servers on a busy machine. Resolution: one clock tick (10 ms).
 */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Starts a server script under tsx on a free port and waits until `probe` answers 200. */
export async function startServer(script: string, env: Record<string, string>, probe: { path: string; body?: unknown }): Promise<RunningServer> {
  const t0 = performance.now();
  // PORT=0: the OS picks a free port; the server prints "running at http://host:port/".
  // BENCH_PROF_DIR=<dir>: each server the bench starts writes a CPU profile there (node --cpu-prof).
  const args = [...(process.env.BENCH_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF_DIR}`] : []), ...(script.endsWith('.ts') ? ['--import', 'tsx', script] : [script])];
  const child = spawn(process.execPath, args, { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  let base = '';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: ${output}`);
    const match = /running at (http:\/\/[\d.]+:\d+)/.exec(output);
    if (match) {
      base = match[1];
      try {
        const res = await fetch(base + probe.path, probe.body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(probe.body) });
        if (res.status === 200) break;
        throw new Error(`${script}: probe ${probe.path} answered ${res.status}`);
      } catch (error) {
        if (error instanceof Error && error.message.includes('answered')) throw error;
      }
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const startedMs = performance.now() - t0;
  return {
    base,
    child,
    startedMs,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** `clients` concurrent keep-alive loops POSTing the same request until `total` are done. */
export async function load(base: string, route: string, body: unknown, opts: { clients: number; total: number; headers?: Record<string, string> }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients });
  const url = new URL(base + route);
  const payload = JSON.stringify(body);
  const latencies: number[] = [];
  let failures = 0;
  let issued = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const req = http.request(
        { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...opts.headers } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) failures++;
            latencies.push(performance.now() - t);
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(payload);
    });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      while (issued < opts.total) {
        issued++;
        await one();
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: latencies.length / seconds, failures, count: latencies.length };
}

/**
 * One POST over a raw socket, and what the server wrote back: the bytes of its status line and
 * headers, of its body as sent (chunk framing included), and whether it framed the body by
 * content-length or in chunks. The bench compares this with the bare handler's.
 */
export function rawAnswer(base: string, route: string, body: unknown, headers: Record<string, string> = {}): Promise<{ headerBytes: number; bodyBytes: number; framing: 'content-length' | 'chunked'; head: string }> {
  const url = new URL(base + route);
  const payload = Buffer.from(JSON.stringify(body));
  const lines = [`POST ${url.pathname} HTTP/1.1`, `host: ${url.host}`, 'content-type: application/json', `content-length: ${payload.length}`, 'connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(url.port), url.hostname, () => socket.end(Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), payload])));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n') + 4;
      const head = all.subarray(0, end).toString('latin1');
      resolve({ headerBytes: end, bodyBytes: all.length - end, framing: /\r\ntransfer-encoding: chunked/i.test(head) ? 'chunked' : 'content-length', head });
    });
  });
}
