// The local host over real HTTP: envelopes and status codes, body limits, the dev sign-in and
// its absence outside demo mode.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHost } from '../../server/local/host';
import { openLocalDeps } from '../../server/local/runtime';
import { seedDemoOnce } from '../../server/demo/seed';
import type { Deps } from '../../server/app/context';

const staticDir = mkdtempSync(path.join(os.tmpdir(), 'gz-static-'));
writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>共治</title></html>');

async function start(demo: boolean, maxBodyBytes?: number) {
  const deps: Deps = openLocalDeps(':memory:');
  await seedDemoOnce(deps, new Date());
  const server: Server = createHost({ deps, demo, secret: 'test-secret', staticDir, maxBodyBytes });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, deps, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const json = (body: unknown, cookie?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

async function signIn(base: string, persona: string): Promise<string> {
  const res = await fetch(`${base}/dev/sign-in`, json({ persona }));
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

describe('local host in demo mode', () => {
  let host: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    host = await start(true, 64 * 1024);
  });
  afterAll(() => host.close());

  it('serves the H5 build at /', async () => {
    const res = await fetch(`${host.base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('lang="zh-CN"');
  });

  it('refuses paths outside the static folder', async () => {
    const res = await fetch(`${host.base}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
  });

  it('lists every action with its roles and a JSON schema of its input', async () => {
    const res = await fetch(`${host.base}/api`);
    const body = await res.json();
    const claim = body.actions.find((a: { name: string }) => a.name === 'claims.submit');
    expect(claim.roles).toEqual(['user']);
    expect(claim.input.properties.phoneLast4).toMatchObject({ type: 'string', pattern: '^\\d{4}$' });
  });

  it('lists personas, one per role, and signs in with a session cookie', async () => {
    const { personas } = await (await fetch(`${host.base}/dev/personas`)).json();
    const roles = new Set(personas.flatMap((p: { roles: string[] }) => p.roles));
    for (const role of ['owner', 'resident', 'committee', 'staff', 'manager', 'community', 'admin']) expect(roles).toContain(role);
    const cookie = await signIn(host.base, 'owner');
    expect(cookie).toMatch(/^gz_session=/);
    const me = await (await fetch(`${host.base}/api/me`, json({}, cookie))).json();
    expect(me).toMatchObject({ ok: true, data: { user: { name: '王秀英' } } });
  });

  it('answers 401 without a session and ignores a forged cookie', async () => {
    expect((await fetch(`${host.base}/api/me`, json({}))).status).toBe(401);
    const forged = `gz_session=${Buffer.from('demo-admin').toString('base64url')}.AAAA`;
    expect((await fetch(`${host.base}/api/me`, json({}, forged))).status).toBe(401);
  });

  it('takes no identity from the request body', async () => {
    const res = await fetch(`${host.base}/api/me`, json({ openid: 'demo-admin', userId: 'user:demo-admin' }));
    expect(res.status).toBe(401);
  });

  it('answers 403 when the role is missing', async () => {
    const cookie = await signIn(host.base, 'owner');
    const res = await fetch(`${host.base}/api/users.list`, json({}, cookie));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers 400 naming the body for malformed JSON', async () => {
    const cookie = await signIn(host.base, 'owner');
    const res = await fetch(`${host.base}/api/claims.submit`, json('{"unitId":', cookie));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid', field: 'body' } });
  });

  it('answers 400 naming the field for invalid input', async () => {
    const cookie = await signIn(host.base, 'newcomer');
    const res = await fetch(`${host.base}/api/claims.submit`, json({ unitId: 'u:19栋--302', name: '', phoneLast4: '1234' }, cookie));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid', field: 'name', message: '请填写姓名' } });
  });

  it('answers 413 for a body over the limit', async () => {
    const cookie = await signIn(host.base, 'committee');
    const res = await fetch(`${host.base}/api/roster.import`, json({ fileName: 'x.csv', fileId: 'A'.repeat(70 * 1024) }, cookie));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('takes a roster file by the upload route, in the caller folder, and imports it by its id alone', async () => {
    const cookie = await signIn(host.base, 'committee');
    const upload = (body: Uint8Array | string) => fetch(`${host.base}/upload`, { method: "POST", headers: { "content-type": "application/octet-stream", "x-gongzhi-upload": "roster", cookie }, body: new Blob([body as BlobPart]) });
    const refused = await upload(new Uint8Array([0, 1, 2, 3]));
    expect([refused.status, (await refused.json()).error.field]).toEqual([400, 'file']);
    const res = await upload('楼栋,单元,房号,面积,业主姓名,电话\n88,1,101,80,甲,\n');
    const { data } = (await res.json()) as { data: { fileId: string } };
    expect(data.fileId).toMatch(/^local:\/\/gongzhi\/uploads\/[0-9a-f]{32}\/[0-9a-f]+\.csv$/);
    const checked = await fetch(`${host.base}/api/roster.import`, json({ fileName: '88栋.csv', fileId: data.fileId, dryRun: true }, cookie));
    expect(await checked.json()).toMatchObject({ ok: true, data: { imported: 1, dryRun: true } });
    // Someone else cannot import it: it is not in their folder.
    const other = await fetch(`${host.base}/api/roster.import`, json({ fileName: '88栋.csv', fileId: data.fileId, dryRun: true }, await signIn(host.base, 'admin')));
    expect([other.status, (await other.json()).error.field]).toEqual([400, 'fileId']);
  });

  it('sends an answer with its length in one piece (not chunked), the Chinese counted in bytes', async () => {
    const cookie = await signIn(host.base, 'owner');
    const res = await fetch(`${host.base}/api/compound.units`, json({ buildingId: 'b:19栋' }, cookie));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(res.headers.get('transfer-encoding')).toBeNull();
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(JSON.parse(bytes.toString('utf8')).data.units[0].building).toBe('19栋');
  });

  it('answers 404 for an unknown action and for GET on an action', async () => {
    expect((await fetch(`${host.base}/api/nope`, json({}))).status).toBe(404);
    expect((await fetch(`${host.base}/api/me`)).status).toBe(404);
  });

  it('refuses a cross-site form post (not JSON, or a foreign Origin)', async () => {
    const cookie = await signIn(host.base, 'owner');
    const form = await fetch(`${host.base}/api/me`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: '{}' });
    expect(form.status).toBe(400);
    const foreign = await fetch(`${host.base}/api/me`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example', cookie }, body: '{}' });
    expect(foreign.status).toBe(400);
  });
});

describe('local host without demo mode', () => {
  let host: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    host = await start(false);
  });
  afterAll(() => host.close());

  it('has no dev sign-in at all', async () => {
    expect((await fetch(`${host.base}/dev/personas`)).status).toBe(404);
    expect((await fetch(`${host.base}/dev/sign-in`, json({ persona: 'admin' }))).status).toBe(404);
  });

  it('honours no session cookie, even one signed with the right secret', async () => {
    const { signSession } = await import('../../server/local/session');
    const cookie = `gz_session=${signSession('test-secret', 'demo-admin')}`;
    expect((await fetch(`${host.base}/api/me`, json({}, cookie))).status).toBe(401);
  });
});
