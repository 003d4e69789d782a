// The local host takes the client's current compound from the `x-gongzhi-compound` header
// (services/compound.ts): the same person answers as who they are in that compound; a malformed
// compound is a 400 naming the field, an unknown one a 404; no header means the default compound.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHost } from '../../server/local/host';
import { openLocalDeps } from '../../server/local/runtime';
import { seedDemoOnce } from '../../server/demo/seed';

const staticDir = mkdtempSync(path.join(os.tmpdir(), 'gz-static-'));
let server: Server;
let base: string;
let cookie: string;

beforeAll(async () => {
  const deps = openLocalDeps(':memory:', undefined, { store: 'sqlite' });
  await seedDemoOnce(deps, new Date('2026-03-02T09:00:00.000Z'), { polls: false });
  server = createHost({ deps, demo: true, secret: 'test-secret', staticDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const res = await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'resident' }) });
  cookie = res.headers.get('set-cookie')!.split(';')[0];
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(staticDir, { recursive: true, force: true });
});

const me = (compound?: string) =>
  fetch(`${base}/api/me`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...(compound ? { 'x-gongzhi-compound': compound } : {}) }, body: '{}' }).then(async (r) => ({ status: r.status, body: await r.json() }));

it('answers 李明 as the tenant he is in 侨亚小区 and the owner he is in 锦绣花园', async () => {
  const home = await me();
  expect([home.body.data.compound.name, home.body.data.user.roles, home.body.data.units.map((u: { label: string }) => u.label)]).toEqual(['侨亚小区', ['resident'], ['3栋2单元502']]);
  const there = await me('jinxiu');
  expect([there.body.data.compound.name, there.body.data.user.roles, there.body.data.units.map((u: { label: string }) => u.label)]).toEqual(['锦绣花园', ['owner'], ['2栋1单元302']]);
});

it('lists both compounds in 我的小区, marking the one the call is in', async () => {
  const res = await fetch(`${base}/api/compounds.mine`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-gongzhi-compound': 'jinxiu' }, body: '{}' });
  const { data } = await res.json();
  const rows = data.items.map((i: { name: string; roleText: string; current: boolean }) => [i.name, i.roleText, i.current]);
  expect(rows.sort()).toEqual([
    ['侨亚小区', '住户', false],
    ['锦绣花园', '业主', true],
  ]);
});

it('refuses a malformed compound with 400 naming the field, an unknown one with 404', async () => {
  const bad = await me('NOT a compound');
  expect([bad.status, bad.body.error.field]).toEqual([400, 'compound']);
  const unknown = await me('nosuch');
  expect([unknown.status, unknown.body.error.field, unknown.body.error.message]).toEqual([404, 'compound', '小区不存在']);
});
