// The local host's security findings (issue 16), each pinned over real HTTP: only the configured
// host names or loopback are served (DNS rebinding), Origin is compared with that list, malformed
// headers and %-escapes answer 4xx, sessions expire, demo mode is switched on only by `1` and
// only on loopback unless forced, and the signing secret lives beside the database, not in it.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import http from 'node:http';
import { mkdtempSync, writeFileSync, rmSync, statSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHost } from '../../server/local/host';
import { openLocalDeps } from '../../server/local/runtime';
import { loadSecret, signSession, verifySession, SESSION_HOURS } from '../../server/local/session';
import { readSettings } from '../../server/local/settings';
import { seedDemoOnce } from '../../server/demo/seed';

const staticDir = mkdtempSync(path.join(os.tmpdir(), 'gz-static-'));
writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>共治</title></html>');
afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

/** A raw request, so the test sets the Host and Origin headers exactly (fetch would not). */
function raw(base: string, route: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    // setHost: false: the Host header is exactly the one given (or none).
    const req = http.request({ host: url.hostname, port: url.port, path: route, setHost: false, method: body === undefined ? 'GET' : 'POST', headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the host answers only for its own names', () => {
  let server: Server;
  let base: string;
  let port: number;
  beforeAll(async () => {
    const deps = openLocalDeps(':memory:');
    await seedDemoOnce(deps, new Date());
    server = createHost({ deps, demo: true, secret: 'test-secret', staticDir, allowedHosts: ['gongzhi.example'] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const signIn = (headers: Record<string, string>) => raw(base, '/dev/sign-in', { 'content-type': 'application/json', ...headers }, JSON.stringify({ persona: 'admin' }));

  it('refuses a rebound name: a page on evil.example cannot sign in as admin', async () => {
    const res = await signIn({ host: `evil.example:${port}`, origin: `http://evil.example:${port}` });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid', field: 'host' } });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await raw(base, '/', { host: `evil.example:${port}` })).status).toBe(400);
  });

  it('refuses a request without a Host header', async () => {
    expect((await raw(base, '/api', {})).status).toBe(400);
  });

  it('serves loopback names and the configured name', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'gongzhi.example', 'GONGZHI.example:443']) {
      expect({ host, status: (await raw(base, '/', { host })).status }).toEqual({ host, status: 200 });
    }
    const res = await signIn({ host: 'gongzhi.example', origin: 'https://gongzhi.example' });
    expect(res.status).toBe(200);
  });

  it('compares Origin with the list: another site, or "null", is refused', async () => {
    expect((await signIn({ host: `127.0.0.1:${port}`, origin: 'http://evil.example' })).status).toBe(400);
    expect((await signIn({ host: `127.0.0.1:${port}`, origin: 'null' })).status).toBe(400);
    expect((await signIn({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('answers a malformed Origin with 400 naming it, not 500', async () => {
    const res = await signIn({ host: `127.0.0.1:${port}`, origin: 'http://[::' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid', field: 'origin' } });
  });

  it('answers a malformed %-escape in the action path with 400, not 500', async () => {
    const res = await raw(base, '/api/me%E0%A4%A', { host: `127.0.0.1:${port}`, 'content-type': 'application/json' }, '{}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid', field: 'action' } });
  });

  it('gives the session cookie a Max-Age and honours it only until it expires', async () => {
    const res = await signIn({ host: `127.0.0.1:${port}` });
    expect(res.headers['set-cookie']![0]).toContain(`Max-Age=${SESSION_HOURS * 3600}`);
    const cookie = res.headers['set-cookie']![0].split(';')[0];
    const me = await raw(base, '/api/me', { host: `127.0.0.1:${port}`, 'content-type': 'application/json', cookie }, '{}');
    expect(me.status).toBe(200);
    const stale = `gz_session=${signSession('test-secret', 'demo-admin', Date.now() - 1000)}`;
    expect((await raw(base, '/api/me', { host: `127.0.0.1:${port}`, 'content-type': 'application/json', cookie: stale }, '{}')).status).toBe(401);
  });
});

describe('session cookies', () => {
  it('carry a signed expiry: changing it breaks the signature', () => {
    const value = signSession('s', 'demo-owner', Date.now() + 60_000);
    expect(verifySession('s', value)).toBe('demo-owner');
    const [id, , mac] = value.split('.');
    const extended = `${id}.${(Date.now() + 10 * 86_400_000).toString(36)}.${mac}`;
    expect(verifySession('s', extended)).toBeNull();
  });

  it('refuse a cookie without an expiry (the old format) and one past it', () => {
    expect(verifySession('s', signSession('s', 'demo-owner', Date.now() - 1))).toBeNull();
    expect(verifySession('s', 'ZGVtby1vd25lcg.AAAA')).toBeNull();
  });
});

describe('the signing secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gz-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once in a 0600 file beside the database, never in it', async () => {
    const file = path.join(dir, 'gongzhi.db');
    const deps = openLocalDeps(file);
    const secret = await loadSecret({ dbFile: file, store: deps.store, env: {} });
    const kept = path.join(dir, 'session.secret');
    expect(readFileSync(kept, 'utf8').trim()).toBe(secret);
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    expect(await deps.store.get('meta', 'secret')).toBeNull();
    expect(await loadSecret({ dbFile: file, store: deps.store, env: {} })).toBe(secret);
    await deps.store.close();
  });

  it('moves a secret kept in the database out of it, so signed-in sessions survive', async () => {
    const file = path.join(dir, 'gongzhi.db');
    const deps = openLocalDeps(file);
    await deps.store.insert('meta', { _id: 'secret', value: 'old-secret' });
    expect(await loadSecret({ dbFile: file, store: deps.store, env: {} })).toBe('old-secret');
    expect(await deps.store.get('meta', 'secret')).toBeNull();
    expect(readFileSync(path.join(dir, 'session.secret'), 'utf8').trim()).toBe('old-secret');
    await deps.store.close();
  });

  it('comes from GONGZHI_SECRET when set, and then no file is written', async () => {
    const file = path.join(dir, 'gongzhi.db');
    const deps = openLocalDeps(file);
    expect(await loadSecret({ dbFile: file, store: deps.store, env: { GONGZHI_SECRET: 'from-env-0123456789' } })).toBe('from-env-0123456789');
    expect(existsSync(path.join(dir, 'session.secret'))).toBe(false);
    await deps.store.close();
  });
});

describe('start-up settings', () => {
  it('accepts GONGZHI_DEMO 1 or 0 only, and says so', () => {
    expect(readSettings({ GONGZHI_DEMO: '1' }).demo).toBe(true);
    expect(readSettings({ GONGZHI_DEMO: '0' }).demo).toBe(false);
    for (const value of ['false', 'no', 'true', '', ' 1']) expect(() => readSettings({ GONGZHI_DEMO: value })).toThrow(/GONGZHI_DEMO 只能是 1 或 0/);
  });

  it('refuses demo mode on a non-loopback HOST unless forced', () => {
    expect(() => readSettings({ GONGZHI_DEMO: '1', HOST: '0.0.0.0' })).toThrow(/GONGZHI_DEMO_FORCE=1/);
    expect(() => readSettings({ GONGZHI_DEMO: '1', HOST: '192.168.1.5' })).toThrow(/演示模式/);
    expect(readSettings({ GONGZHI_DEMO: '1', HOST: '0.0.0.0', GONGZHI_DEMO_FORCE: '1' }).demo).toBe(true);
    expect(readSettings({ GONGZHI_DEMO: '0', HOST: '0.0.0.0' }).demo).toBe(false);
    expect(readSettings({ GONGZHI_DEMO: '1', HOST: 'localhost' }).demo).toBe(true);
    expect(readSettings({ GONGZHI_DEMO: '1', HOST: '::1' }).demo).toBe(true);
  });

  it('serves the configured HOST name and GONGZHI_HOSTS besides loopback', () => {
    expect(readSettings({ GONGZHI_DEMO: '0', HOST: '0.0.0.0', GONGZHI_HOSTS: 'gz.example, Www.GZ.example' }).allowedHosts).toEqual(['gz.example', 'www.gz.example']);
    expect(readSettings({ GONGZHI_DEMO: '0', HOST: '192.168.1.5' }).allowedHosts).toEqual(['192.168.1.5']);
  });
});
