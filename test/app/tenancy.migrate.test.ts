// A database made by the single-compound code (main at 4ae31d3: the demo seeded, one issue
// reported; test/fixtures/make-main-db.ts.txt made it) is upgraded in place into a deployment of
// one compound: every document moves under the compound, nothing is lost, the app finds it all
// again, a run cut off at any point resumes, and a second upgrade changes nothing.
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { collections } from '../../server/app/collections';
import { directDeps, openLocalDeps, runAction } from '../../server/local/runtime';
import { needsUpgrade, upgradeToCompounds } from '../../server/app/tenancy/helpers/migrate';
import { upgradeIfNeeded } from '../../server/app/tenancy/helpers/upgradeOnStart';
import { isCompoundCollection, storedId } from '../../server/store/scoped';
import { ACTION_SUITE_EMULATION } from '../support/harness';
import { storeKindFrom } from '../../server/local/runtime';
import type { Deps } from '../../server/app/context';

const image = gunzipSync(readFileSync('test/fixtures/main-4ae31d3.db.gz'));
const clock = { now: () => new Date('2026-03-03T09:00:00.000Z') };
const names = Object.keys(collections);
const open = () => openLocalDeps(':memory:', clock, { image, store: storeKindFrom(), emulated: ACTION_SUITE_EMULATION });

async function countAll(deps: Deps): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of names) out[name] = await directDeps(deps).store.count(name);
  return out;
}

let deps: Deps;
afterEach(() => deps?.store.close());

it('moves every document of the old layout into one compound, keeping each one whole', async () => {
  deps = open();
  const root = directDeps(deps).store;
  expect(await needsUpgrade(root)).toBe(true);
  const before = await countAll(deps);
  const issueBefore = (await root.find<{ _id: string; description: string }>('issues', { where: { reporterId: 'user:demo-resident' }, limit: 10 })).find((i) => i.description.startsWith('升级前报的事'))!;
  const report = await upgradeIfNeeded(root, clock.now(), { GONGZHI_COMPOUND_ID: 'qiaoya', GONGZHI_COMPOUND_CITY: '武汉市' });
  expect(report).toMatchObject({ done: true });
  const after = await countAll(deps);
  // Same documents in every collection (the deployment's own gain the compound, its default, the enrolments).
  for (const name of names.filter(isCompoundCollection)) expect([name, after[name]]).toEqual([name, before[name]]);
  expect(report!.moved).toBe(names.filter(isCompoundCollection).reduce((n, c) => n + before[c], 0) - 0);
  for (const name of names.filter(isCompoundCollection)) expect([name, await root.count(name, { compoundId: null })]).toEqual([name, 0]);
  const moved = await root.get<{ _id: string }>('issues', storedId('qiaoya', issueBefore._id));
  expect(moved).toEqual({ ...issueBefore, _id: storedId('qiaoya', issueBefore._id), compoundId: 'qiaoya' });
  expect(await root.get('compounds', 'qiaoya')).toMatchObject({ name: '侨亚小区', city: '武汉市', hasCommittee: true });
  expect(await root.count('enrolments')).toBe(before.users);
  expect(await needsUpgrade(root)).toBe(false);
  expect(await upgradeIfNeeded(root, clock.now(), {})).toBeNull();
});

it('serves the upgraded compound to a client that names none, and to one that names it', async () => {
  deps = open();
  await upgradeIfNeeded(directDeps(deps).store, clock.now(), { GONGZHI_COMPOUND_ID: 'qiaoya' });
  const feed = await runAction(deps, 'issues.feed', {}, { openid: 'demo-resident' });
  expect(feed.status).toBe(200);
  const items = (feed.body as { data: { items: Array<{ id: string; description: string }> } }).data.items;
  const old = items.find((i) => i.description.startsWith('升级前报的事'))!;
  expect(old).toBeDefined();
  const named = await runAction(deps, 'issues.get', { issueId: old.id }, { openid: 'demo-resident' }, undefined, { compound: 'qiaoya' });
  expect(named.status).toBe(200);
  const me = await runAction(deps, 'me', {}, { openid: 'demo-committee' });
  expect((me.body as { data: { user: { roles: string[] } } }).data.user.roles).toEqual(expect.arrayContaining(['owner', 'committee']));
  const units = await runAction(deps, 'compound.units', { buildingId: 'b:19栋' }, { openid: 'demo-owner' });
  expect(units.status).toBe(200);
});

it('resumes a run cut off by its time budget, and one cut between a copy and its removal', async () => {
  deps = open();
  const root = directDeps(deps).store;
  const before = await countAll(deps);
  // Cut between copy and removal: the copy exists, the original too.
  const unit = (await root.find<Record<string, unknown> & { _id: string }>('units', { limit: 1 }))[0];
  await root.insert('units', { ...unit, _id: storedId('main', unit._id), compoundId: 'main' });
  let first = await upgradeToCompounds(root, names, { compoundId: 'main', now: clock.now(), budgetMs: -1 });
  expect(first).toMatchObject({ done: false, moved: 0 });
  // Nothing is served from a half-done upgrade: no default compound yet.
  expect((await runAction(deps, 'issues.feed', {}, { openid: 'demo-resident' })).status).toBe(404);
  let runs = 0;
  while (!first.done) {
    first = await upgradeToCompounds(root, names, { compoundId: 'main', now: clock.now(), budgetMs: runs++ < 3 ? 0 : undefined });
  }
  const after = await countAll(deps);
  for (const name of names.filter(isCompoundCollection)) expect([name, after[name]]).toEqual([name, before[name]]);
  expect((await runAction(deps, 'issues.feed', {}, { openid: 'demo-resident' })).status).toBe(200);
});
