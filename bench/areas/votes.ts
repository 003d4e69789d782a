// Area `votes`: 10,000 distinct verified owners casting at once over HTTP against the host in a
// child process on a temp database (a tenth of them submitting twice at the same moment), then
// checking the store: every accepted ballot is there, no owner got two, none was lost. Store
// operations per accepted ballot are measured in-process through the same dispatch, and the
// count of 100k ballots is timed.
//
// Identity: the host honours its signed session cookie in demo mode; with GONGZHI_SECRET=bench the
// bench signs one per owner (server/local/session.ts), so no bench-only way in is needed.
import { pressInSteps, stillOpening } from '../../src/domain/inSteps';
import { OPEN_CHUNK } from '../../server/app/polls/helpers/opening';
import { collections } from '../../server/app/collections';
import type { Deps } from '../../server/app/context';
import type { BuildingDoc, HolderDoc, MembershipDoc, UnitDoc, UserDoc } from '../../server/app/model';
import type { BallotDoc, PollDoc, SnapUnit } from '../../server/app/polls/model';
import { countOf } from '../../server/app/polls/helpers/tally';
import { wordListChecker } from '../../server/content/wordList';
import { seedDemoOnce } from '../../server/demo/seed';
import { personaOpenid } from '../../server/demo/personas';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import { memoryFiles } from '../../server/files/disk';
import http from 'node:http';
import { COOKIE, signSession } from '../../server/local/session';
import { outboxNotifier } from '../../server/notify/outbox';
import { openSqliteStore } from '../../server/store/sqlite';
import { systemClock } from '../../server/app/context';
import type { Store } from '../../server/store/port';
import { dispatch } from '../../server/app/dispatch';
import { percentile, round, setPath, startServer, tempDb, type Report } from '../lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../../scripts/build-host.mjs';

// 10,000 owners by default (BENCH_VOTERS to change it), a tenth of them sending twice at once.
const OWNERS = Number(process.env.BENCH_VOTERS ?? 10_000);
const DOUBLES = Math.floor(OWNERS / 10);
const CLIENTS = 200;
const SECRET = 'bench';

function depsOn(file: string, count?: (method: string) => void): Deps {
  let store: Store = openSqliteStore({ file, collections });
  if (count) {
    const inner = store;
    store = new Proxy(inner, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop === 'transaction') {
          return (fn: Parameters<Store['transaction']>[0]) =>
            target.transaction((tx) =>
              fn(new Proxy(tx, { get: (t, p) => (typeof (t as never)[p] === 'function' ? (...a: unknown[]) => (count(`tx.${String(p)}`), (t as never as Record<string, (...x: unknown[]) => unknown>)[p as string](...a)) : (t as never)[p]) })),
            );
        }
        return (...args: unknown[]) => (count(String(prop)), (value as (...a: unknown[]) => unknown).apply(target, args));
      },
    });
  }
  return { store, clock: systemClock, notifier: outboxNotifier(store, systemClock), files: memoryFiles(), contentCheck: wordListChecker() };
}

/** The demo compound plus `owners` one-unit holders in 30 more buildings, each a verified owner. */
export async function addOwners(outer: Deps, owners: number): Promise<string[]> {
  await seedDemoOnce(outer, new Date());
  // Into the demo compound's own records (stored ids carry the compound), where its calls read.
  const deps = compoundDeps(outer, DEMO_COMPOUND);
  const at = new Date().toISOString();
  const buildings: BuildingDoc[] = [];
  const units: UnitDoc[] = [];
  const holders: HolderDoc[] = [];
  const users: UserDoc[] = [];
  const memberships: MembershipDoc[] = [];
  const openids: string[] = [];
  const perBuilding = Math.ceil(owners / 30);
  for (let i = 0; i < owners; i++) {
    const b = Math.floor(i / perBuilding);
    if (i % perBuilding === 0) buildings.push({ _id: `b:新${b + 1}栋`, name: `新${b + 1}栋`, zone: '新区', order: 100 + b, unitCount: 0 });
    const unitId = `u:新${b + 1}栋--${i}`;
    const holderId = `h:bench${i}`;
    const openid = `bench-owner-${i}`;
    const userId = `user:${openid}`;
    units.push({ _id: unitId, buildingId: `b:新${b + 1}栋`, unit: null, room: String(i), label: `新${b + 1}栋${i}`, areaCenti: 5000 + ((i * 7919) % 10000), holderId, order: 10_000 + i });
    holders.push({ _id: holderId, name: `业主${i}`, phone: null, kind: 'person' });
    users.push({ _id: userId, openid, name: `业主${i}`, roles: ['owner'], phone: null, createdAt: at });
    memberships.push({ _id: `m:${userId}:${unitId}`, userId, unitId, holderId, since: at });
    openids.push(openid);
  }
  await deps.store.insertMany('buildings', buildings);
  await deps.store.insertMany('holders', holders);
  await deps.store.insertMany('units', units);
  await deps.store.insertMany('users', users);
  await deps.store.insertMany('memberships', memberships);
  return openids;
}

export async function openPoll(deps: Deps): Promise<string> {
  const committee = { openid: personaOpenid('committee') };
  const created = await dispatch(deps, 'polls.create', { kind: 'decision', title: '压测:使用维修资金', item: 5 }, committee);
  if (!created.body.ok) throw new Error(`polls.create: ${JSON.stringify(created.body)}`);
  const pollId = (created.body.data as { poll: { id: string } }).poll.id;
  // Opening goes in steps on a big roster (opening.ts): pressed again with the same operation id,
  // OPEN_CHUNK holders a step, so as many presses as the roster needs (the screen's bound of 50
  // presses is for a compound's roster, not for this bench's 10,000 owners).
  const holders = await deps.store.count('holders', {});
  const maxSteps = Math.ceil(holders / OPEN_CHUNK) + 10;
  const opened = await pressInSteps((opId) => dispatch(deps, 'polls.open', { pollId, opId }, committee), 'bench-votes-open', { maxSteps, pending: (o) => o.body.ok && stillOpening(o.body.data as { poll: { status: string } }) });
  if (!opened?.body.ok) throw new Error(`polls.open: ${JSON.stringify(opened?.body)}`);
  return pollId;
}

export const choiceOf = (i: number) => (['yes', 'no', 'abstain'] as const)[i % 3];

/** Every owner casts once, DOUBLES of them twice at the same moment, CLIENTS requests in flight. */
async function castOverHttp(base: string, pollId: string, openids: string[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const url = new URL(`${base}/api/polls.cast`);
  const queue: number[] = [];
  openids.forEach((_, i) => {
    queue.push(i);
    if (i % Math.floor(openids.length / DOUBLES) === 0) queue.push(i);
  });
  const results: Array<{ owner: number; status: number; ms: number }> = [];
  const one = (owner: number) =>
    new Promise<void>((resolve) => {
      const payload = JSON.stringify({ pollId, choice: choiceOf(owner) });
      const t = performance.now();
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), cookie: `${COOKIE}=${signSession(SECRET, openids[owner])}` },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            results.push({ owner, status: res.statusCode ?? 0, ms: performance.now() - t });
            resolve();
          });
        },
      );
      req.on('error', () => {
        results.push({ owner, status: 0, ms: performance.now() - t });
        resolve();
      });
      req.end(payload);
    });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => { while (next < queue.length) await one(queue[next++]); }));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { results, seconds, requests: queue.length };
}

async function httpFigures(report: Report) {
  const file = tempDb('votes');
  const prep = depsOn(file);
  const openids = await addOwners(prep, OWNERS);
  const pollId = await openPoll(prep);
  await prep.store.close();

  const env = { GONGZHI_DB: file, GONGZHI_DEMO: '1', GONGZHI_SECRET: SECRET, GONGZHI_JOBS_MS: '3600000' };
  const host = await startServer(await buildHost(), env, { path: '/api/compound.buildings', body: {} });
  let run;
  try {
    run = await castOverHttp(host.base, pollId, openids);
  } finally {
    await host.stop();
  }

  const check = compoundDeps(depsOn(file), DEMO_COMPOUND);
  const stored = await check.store.count('ballots', { pollId });
  const acceptedBy = new Map<number, number>();
  for (const r of run.results) if (r.status === 200) acceptedBy.set(r.owner, (acceptedBy.get(r.owner) ?? 0) + 1);
  // Lost: an owner whose ballot is not in the store, whether it was acknowledged or every request failed.
  let lost = 0;
  for (let owner = 0; owner < openids.length; owner++) {
    if (!(await check.store.get('ballots', `ballot:${pollId}:h:bench${owner}`))) lost++;
  }
  await check.store.close();
  const accepted = [...acceptedBy.values()].reduce((a, b) => a + b, 0);
  const duplicatesAccepted = [...acceptedBy.values()].filter((n) => n > 1).length;
  const refused = run.results.filter((r) => r.status === 409).length;
  const failures = run.results.filter((r) => r.status !== 200 && r.status !== 409).length;
  const latencies = run.results.map((r) => r.ms).sort((a, b) => a - b);
  if (stored === 0) throw new Error('no ballot reached the store');
  setPath(report, 'votes.cast.voters', openids.length);
  setPath(report, 'votes.cast.requests', run.requests);
  setPath(report, 'votes.cast.accepted', accepted);
  setPath(report, 'votes.cast.refusedAsDuplicate', refused);
  setPath(report, 'votes.cast.duplicatesAccepted', duplicatesAccepted);
  setPath(report, 'votes.cast.lost', lost);
  setPath(report, 'votes.cast.storedBallots', stored);
  setPath(report, 'votes.cast.failures', failures);
  setPath(report, 'votes.cast.perSecond', round(accepted / run.seconds, 0));
  setPath(report, 'votes.cast.p50Ms', round(percentile(latencies, 50)));
  setPath(report, 'votes.cast.p99Ms', round(percentile(latencies, 99)));
}

/** Store operations per accepted ballot, counted in-process around dispatch (every read and write of the cast, the caller included). */
async function opsFigures(report: Report) {
  const counts = { all: 0, writes: 0 };
  const WRITES = new Set(['set', 'insert', 'update', 'remove', 'updateIf', 'increment', 'insertMany', 'tx.set', 'tx.insert', 'tx.update', 'tx.remove']);
  let counting = false;
  const deps = depsOn(':memory:', (method) => {
    if (!counting || method === 'transaction') return;
    counts.all++;
    if (WRITES.has(method)) counts.writes++;
  });
  const openids = await addOwners(deps, 500);
  const pollId = await openPoll(deps);
  const before = deps.store.ops;
  counting = true;
  const outcomes = await Promise.all(openids.map((openid, i) => dispatch(deps, 'polls.cast', { pollId, choice: choiceOf(i) }, { openid })));
  counting = false;
  const accepted = outcomes.filter((o) => o.status === 200).length;
  setPath(report, 'votes.cast.dbOpsPerBallot', round((deps.store.ops - before) / accepted));
  setPath(report, 'votes.cast.dbWritesPerBallot', round(counts.writes / accepted));
  await deps.store.close();
}

/** The count of 100k holders' ballots (a tenth holding two units), from loaded documents. */
function tallyFigures(report: Report) {
  const units: SnapUnit[] = [];
  const ballots: BallotDoc[] = [];
  for (let i = 0; i < 100_000; i++) {
    const holderId = `h:${i}`;
    const own = i % 10 === 0 ? 2 : 1;
    const mine = Array.from({ length: own }, (_, k) => ({ id: `u:${i}-${k}`, label: `${i}-${k}`, buildingId: `b:${i % 200}`, areaCenti: 5000 + ((i * 7919 + k) % 10000) }));
    for (const u of mine) units.push({ ...u, holderId });
    if (i % 4 !== 3) {
      ballots.push({ _id: `ballot:p:${holderId}`, pollId: 'p', key: holderId, holderId, units: mine, areaCenti: mine.reduce((s, u) => s + u.areaCenti, 0), channel: 'online', castBy: 'x', choice: choiceOf(i), castAt: '', changes: 0 });
    }
  }
  const poll = { _id: 'p', kind: 'decision', item: 5 } as PollDoc;
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    countOf(poll, units, ballots, new Date());
    times.push(performance.now() - t);
  }
  setPath(report, 'votes.tally.ms.100k', round(Math.min(...times), 0));
}

export async function votes(report: Report) {
  await httpFigures(report);
  await opsFigures(report);
  tallyFigures(report);
}
