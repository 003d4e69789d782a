// Area `tenancy`: one deployment holding 1,000 compounds of 600 flats each (600,000 flats; set
// BENCH_COMPOUNDS for a smaller run), on one SQLite file behind the local host in a child process.
// - tenancy.feed.p50Ms.one / .many: 侨亚小区's feed (20 clients over HTTP) when it is the only busy
//   compound of the deployment (the demo's three) and when it sits among 1,000; the ratio shows
//   whether scoping by compound holds as the deployment grows (every index starts with compoundId).
// - tenancy.votes.lost: ten compounds voting at once over HTTP, each owner once (a tenth twice at
//   the same moment), then every owner's ballot looked up in its own compound: 0 means none lost.
// - tenancy.overview.community.p50Ms: 何书记 comparing the 20 compounds of her community.
// - tenancy.jobs.*: how many timer runs one round of the jobs over every compound takes
//   (server/app/jobs/compoundWalk.ts), counted in store operations as the budget is.
import http from 'node:http';
import type { BuildingDoc, HolderDoc, MembershipDoc, UnitDoc, UserDoc } from '../../server/app/model';
import type { CompoundDoc, OrgDoc } from '../../server/app/tenancy/model';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import { dispatch } from '../../server/app/dispatch';
import { runJobs } from '../../server/app/jobs/runJobs';
import { WALK_PARALLEL } from '../../server/app/jobs/compoundWalk';
import { OP_MS } from '../../server/app/budget';
import { CLOUD_LIMITS } from '../../server/cloud/limits';
import { seedDemoOnce } from '../../server/demo/seed';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import { openLocalDeps } from '../../server/local/runtime';
import { COOKIE, signSession } from '../../server/local/session';
import { scopeStore } from '../../server/store/scoped';
import { pressInSteps, stillOpening } from '../../src/domain/inSteps';
import { benchIssue } from './issues';
import { choiceOf } from './votes';
import { load, percentile, round, setPath, startServer, tempDb, type Report } from '../lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../../scripts/build-host.mjs';

const COMPOUNDS = Number(process.env.BENCH_COMPOUNDS ?? 1000);
const FLATS = 600;
const BUILDINGS = 10;
/** Reports in each generated compound, and in 侨亚小区 for its feed. */
const ISSUES_EACH = 20;
const QIAOYA_ISSUES = 600;
/** The demo community holds its three compounds and this many generated ones: 20 in all. */
const IN_DEMO_COMMUNITY = 17;
const VOTING_COMPOUNDS = 10;
const VOTERS_EACH = 100;
const SECRET = 'bench';
const HOST_ENV = { GONGZHI_DEMO: '1', GONGZHI_SECRET: SECRET, GONGZHI_JOBS_MS: '3600000' };

const generatedId = (i: number) => `t${String(i).padStart(4, '0')}`;

/** One generated compound's roster: 10 buildings of 60 flats, a holder each; `owners` of them signed up as verified owners, one committee member. */
function rosterOf(compoundId: string, owners: number, at: string) {
  const buildings: BuildingDoc[] = [];
  const units: UnitDoc[] = [];
  const holders: HolderDoc[] = [];
  const users: UserDoc[] = [];
  const memberships: MembershipDoc[] = [];
  const perBuilding = FLATS / BUILDINGS;
  for (let b = 0; b < BUILDINGS; b++) buildings.push({ _id: `b:${b + 1}栋`, name: `${b + 1}栋`, zone: '', order: b, unitCount: perBuilding });
  for (let i = 0; i < FLATS; i++) {
    const b = Math.floor(i / perBuilding) + 1;
    const room = `${Math.floor((i % perBuilding) / 4) + 1}0${(i % 4) + 1}`;
    const unitId = `u:${b}栋-${room}`;
    const holderId = `h:${compoundId}-${i}`;
    units.push({ _id: unitId, buildingId: `b:${b}栋`, unit: null, room, label: `${b}栋${room}`, areaCenti: 6000 + ((i * 7919) % 6000), holderId, order: i });
    holders.push({ _id: holderId, name: `业主${i}`, phone: null, kind: 'person' });
    if (i < owners) {
      const openid = `bench-${compoundId}-${i}`;
      users.push({ _id: `user:${openid}`, openid, name: `业主${i}`, roles: ['owner'], phone: null, createdAt: at });
      memberships.push({ _id: `m:user:${openid}:${unitId}`, userId: `user:${openid}`, unitId, holderId, since: at });
    }
  }
  if (owners > 0) users.push({ _id: `user:bench-${compoundId}-committee`, openid: `bench-${compoundId}-committee`, name: '业委会委员', roles: ['committee'], phone: null, createdAt: at });
  return { buildings, units, holders, users, memberships };
}

/** The demo deployment, 600 reports in 侨亚小区, and `compounds - 3` generated compounds beside it. */
async function deployment(compounds: number): Promise<{ file: string; seconds: number }> {
  const t0 = performance.now();
  const file = tempDb(`tenancy-${compounds}`);
  const deps = openLocalDeps(file);
  const now = Date.now();
  const at = new Date(now).toISOString();
  await seedDemoOnce(deps, new Date(now - 30 * 86_400_000), { polls: false });
  const start = now - QIAOYA_ISSUES * 60_000;
  await scopeStore(deps.store, DEMO_COMPOUND).insertMany('issues', Array.from({ length: QIAOYA_ISSUES }, (_, i) => benchIssue(i, start)));
  const generated = compounds - 3;
  const orgs: OrgDoc[] = [];
  const docs: CompoundDoc[] = [];
  for (let i = 1; i <= generated; i++) {
    const communityId = i <= IN_DEMO_COMMUNITY ? 'community:xuguang' : `community:bench${Math.floor(i / 20)}`;
    if (i > IN_DEMO_COMMUNITY && !orgs.some((o) => o._id === communityId)) orgs.push({ _id: communityId, kind: 'community', name: `压测社区${Math.floor(i / 20)}`, streetId: 'street:yangluo' });
    docs.push({ _id: generatedId(i), name: `压测小区${i}`, city: '武汉市', district: '新洲区', communityId, propertyCompanyId: i % 2 ? 'company:huayu' : null, hasCommittee: i <= VOTING_COMPOUNDS, createdAt: at });
  }
  await deps.store.insertMany('orgs', orgs);
  for (let i = 0; i < docs.length; i += 500) await deps.store.insertMany('compounds', docs.slice(i, i + 500));
  for (let i = 1; i <= generated; i++) {
    const store = scopeStore(deps.store, generatedId(i));
    const roster = rosterOf(generatedId(i), i <= VOTING_COMPOUNDS ? VOTERS_EACH : 0, at);
    await store.insertMany('buildings', roster.buildings);
    await store.insertMany('units', roster.units);
    await store.insertMany('holders', roster.holders);
    if (roster.users.length) await store.insertMany('users', roster.users);
    if (roster.memberships.length) await store.insertMany('memberships', roster.memberships);
    await store.insertMany('issues', Array.from({ length: ISSUES_EACH }, (_, k) => benchIssue(k, start + k * 3_600_000, `t${i}-`)));
  }
  await deps.store.close();
  return { file, seconds: (performance.now() - t0) / 1000 };
}

/** A poll open in each voting compound, opened by its committee member through the same dispatch as the host. */
async function openPolls(file: string): Promise<Map<string, string>> {
  const deps = openLocalDeps(file);
  const polls = new Map<string, string>();
  for (let i = 1; i <= VOTING_COMPOUNDS; i++) {
    const compound = generatedId(i);
    const committee = { openid: `bench-${compound}-committee` };
    const created = await dispatch(deps, 'polls.create', { kind: 'decision', title: '压测:更换电梯', item: 5 }, committee, { compound });
    if (!created.body.ok) throw new Error(`polls.create in ${compound}: ${JSON.stringify(created.body)}`);
    const pollId = (created.body.data as { poll: { id: string } }).poll.id;
    const opened = await pressInSteps((opId) => dispatch(deps, 'polls.open', { pollId, opId }, committee, { compound }), `bench-open-${compound}`, { pending: (o) => o.body.ok && stillOpening(o.body.data as { poll: { status: string } }) });
    if (!opened?.body.ok) throw new Error(`polls.open in ${compound}: ${JSON.stringify(opened?.body)}`);
    polls.set(compound, pollId);
  }
  await deps.store.close();
  return polls;
}

/** Every owner of the ten compounds casts once, a tenth of them twice at the same moment, 200 requests in flight. */
async function castEverywhere(base: string, polls: Map<string, string>) {
  const queue: Array<{ compound: string; owner: number }> = [];
  for (let k = 0; k < VOTERS_EACH; k++) {
    for (const compound of polls.keys()) {
      queue.push({ compound, owner: k });
      if (k % 10 === 0) queue.push({ compound, owner: k });
    }
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
  const url = new URL(`${base}/api/polls.cast`);
  let next = 0;
  let failures = 0;
  const one = ({ compound, owner }: { compound: string; owner: number }) =>
    new Promise<void>((resolve) => {
      const payload = JSON.stringify({ pollId: polls.get(compound), choice: choiceOf(owner) });
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-gongzhi-compound': compound, cookie: `${COOKIE}=${signSession(SECRET, `bench-${compound}-${owner}`)}` };
      const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200 && res.statusCode !== 409) failures++;
          resolve();
        });
      });
      req.on('error', () => (failures++, resolve()));
      req.end(payload);
    });
  await Promise.all(Array.from({ length: 200 }, async () => { while (next < queue.length) await one(queue[next++]); }));
  agent.destroy();
  return { requests: queue.length, failures };
}

async function lostBallots(file: string, polls: Map<string, string>): Promise<{ lost: number; stored: number; strays: number }> {
  const deps = openLocalDeps(file);
  let lost = 0;
  let stored = 0;
  let strays = 0;
  for (const [compound, pollId] of polls) {
    const store = compoundDeps(deps, compound).store;
    for (let k = 0; k < VOTERS_EACH; k++) if (!(await store.get('ballots', `ballot:${pollId}:h:${compound}-${k}`))) lost++;
    stored += await store.count('ballots', { pollId });
    // A ballot filed under another compound's poll would be a leak across compounds.
    for (const other of polls.values()) if (other !== pollId) strays += await store.count('ballots', { pollId: other });
  }
  await deps.store.close();
  return { lost, stored, strays };
}

async function signIn(base: string, persona: string): Promise<string> {
  const res = await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ persona }) });
  if (res.status !== 200) throw new Error(`sign-in as ${persona}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function feedOn(file: string) {
  const host = await startServer(await buildHost(), { ...HOST_ENV, GONGZHI_DB: file }, { path: '/api/compound.buildings', body: {} });
  try {
    const cookie = await signIn(host.base, 'owner');
    const opts = { clients: 20, total: 2000, headers: { cookie, 'x-gongzhi-compound': DEMO_COMPOUND } };
    await load(host.base, '/api/issues.feed', {}, { ...opts, total: 300 });
    const feed = await load(host.base, '/api/issues.feed', {}, opts);
    if (feed.failures) throw new Error(`feed had ${feed.failures} failures`);
    return { host, feed };
  } catch (error) {
    await host.stop();
    throw error;
  }
}

/** Timer runs until one round has visited every compound, counted in store operations. */
async function jobRound(file: string, compounds: number) {
  const deps = openLocalDeps(file);
  let runs = 0;
  let visited = 0;
  let maxOps = 0;
  let ops = 0;
  while (visited < compounds && runs < 10 * compounds) {
    const { walk } = await runJobs(deps);
    runs++;
    visited += walk!.compounds;
    ops += walk!.ops;
    maxOps = Math.max(maxOps, walk!.ops);
  }
  await deps.store.close();
  return { runs, opsPerCompound: ops / visited, maxOps };
}

export async function tenancy(report: Report) {
  const one = await deployment(3);
  const many = await deployment(COMPOUNDS);
  setPath(report, 'tenancy.compounds', COMPOUNDS);
  setPath(report, 'tenancy.flats', COMPOUNDS * FLATS);
  setPath(report, 'tenancy.seedSeconds', round(many.seconds, 1));

  const alone = await feedOn(one.file);
  await alone.host.stop();

  const polls = await openPolls(many.file);
  const among = await feedOn(many.file);
  let overview: number[] = [];
  let votes;
  try {
    const cookie = await signIn(among.host.base, 'community');
    const first = await fetch(`${among.host.base}/api/compounds.compare`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
    const rows = ((await first.json()) as { data: { rows: unknown[] } }).data.rows.length;
    if (rows !== 20) throw new Error(`the community compares ${rows} compounds, expected 20`);
    for (let r = 0; r < 30; r++) {
      const t = performance.now();
      const res = await fetch(`${among.host.base}/api/compounds.compare`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`compounds.compare answered ${res.status}`);
      overview.push(performance.now() - t);
    }
    overview = overview.sort((a, b) => a - b);
    votes = await castEverywhere(among.host.base, polls);
  } finally {
    await among.host.stop();
  }
  const ballots = await lostBallots(many.file, polls);
  const jobs = await jobRound(many.file, COMPOUNDS);

  setPath(report, 'tenancy.feed.p50Ms.one', round(alone.feed.p50));
  setPath(report, 'tenancy.feed.p50Ms.many', round(among.feed.p50));
  setPath(report, 'tenancy.feed.ratio', round(among.feed.p50 / alone.feed.p50));
  setPath(report, 'tenancy.votes.compounds', polls.size);
  setPath(report, 'tenancy.votes.requests', votes.requests);
  setPath(report, 'tenancy.votes.failures', votes.failures);
  setPath(report, 'tenancy.votes.storedBallots', ballots.stored);
  setPath(report, 'tenancy.votes.lost', ballots.lost);
  setPath(report, 'tenancy.votes.acrossCompounds', ballots.strays);
  setPath(report, 'tenancy.overview.community.compounds', 20);
  setPath(report, 'tenancy.overview.community.p50Ms', round(percentile(overview, 50)));
  setPath(report, 'tenancy.jobs.runsPerRound', jobs.runs);
  setPath(report, 'tenancy.jobs.opsPerCompound', round(jobs.opsPerCompound, 1));
  setPath(report, 'tenancy.jobs.maxOpsPerRun', jobs.maxOps);
  // At a CloudBase round trip each (OP_MS), WALK_PARALLEL compounds side by side: what the busiest run would take against the function's timeout.
  setPath(report, 'tenancy.jobs.maxRunCloudMs', Math.round((jobs.maxOps * OP_MS) / WALK_PARALLEL));
  setPath(report, 'tenancy.jobs.timeoutMs', CLOUD_LIMITS.jobsTimeoutMs);
}
