// Area `cloud`: the votes and volunteers benches again on the emulated CloudBase store
// (docs/cloud-emulator.md): 15 ms per store call, really slept, 1% of calls failing, and TWO host
// processes on one database file for the casts and the close (two function instances, each with
// its own emulator and caches). Clients retry a failed call as a person would tap again. The bulk
// actions (opening a poll, importing 6,000 units) are timed in-process on the invocation's clock at
// the same 15 ms, followed by as many runs of the jobs as they leave work for; every figure is
// measured from the store afterwards, nothing is assumed.
import { copyFileSync } from 'node:fs';
import http from 'node:http';
import { systemClock, type Deps } from '../../server/app/context';
import { runJobs } from '../../server/app/jobs/runJobs';
import type { BallotDoc, PollDoc } from '../../server/app/polls/model';
import type { SeatDoc, SignupDoc } from '../../server/app/volunteers/model';
import { CLOUD_LIMITS } from '../../server/cloud/limits';
import { personaOpenid } from '../../server/demo/personas';
import { seedDemoOnce } from '../../server/demo/seed';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import { directDeps, invocationDeps, openLocalDeps, runAction } from '../../server/local/runtime';
import type { Doc, Store, Where } from '../../server/store/port';
import { pressInSteps, stillOpening } from '../../src/domain/inSteps';
import { percentile, round, setPath, startServer, tempDb, type Report } from '../lib';
import { addOwners, choiceOf } from './votes';
import { SLOTS, post, prepare } from './volunteers';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../../scripts/build-host.mjs';

const VOTERS = Number(process.env.BENCH_CLOUD_VOTERS ?? 2000);
const LATE = 100; // voters sending while the close runs, and as many again after it answered
const CLIENTS = 200;
const LATENCY_MS = 15;
const FAULT_RATE = 0.01;
const RETRIES = 3;
const SECRET = 'bench';
const ROSTER_UNITS = 6000;
const COMMITTEE = personaOpenid('committee');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In-process deps on the emulator at 15 ms a call, on the invocation's virtual clock. */
const cloudDeps = (file: string) => openLocalDeps(file, systemClock, { store: 'emulated', emulated: { latencyMs: LATENCY_MS, seed: 11 } });
const sqliteDeps = (file: string) => openLocalDeps(file, systemClock, { store: 'sqlite' });

/** The demo compound's documents: every call the hosts receive without naming a compound is in it. */
const demoStore = (deps: Deps): Store => compoundDeps(deps, DEMO_COMPOUND).store;

async function readAll<T extends Doc>(store: Store, collection: string, where: Where): Promise<T[]> {
  const all: T[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await store.find<T>(collection, { where, orderBy: [['_id', 'asc']], limit: 100, skip });
    all.push(...page);
    if (page.length < 100) return all;
  }
}

/**
 * A resumable action as the screen sends it: pressed again with the same operation id (in `input`)
 * while `pending` says it is under way, each press one invocation. The longest invocation counts.
 */
async function pressTimed(deps: Deps, action: string, input: { opId: string; [field: string]: unknown }, pending: (data: unknown) => boolean, maxSteps = 20) {
  const times: number[] = [];
  let killed = false;
  let status = 200;
  await pressInSteps(
    async (opId) => {
      const one = await runAction(deps, action, { ...input, opId }, { openid: COMMITTEE });
      times.push(one.invocation!.elapsedMs);
      killed ||= one.invocation!.killed;
      status = Math.max(status, one.status);
      return one;
    },
    input.opId,
    { pending: (one) => !one.body.ok || pending(one.body.data), maxSteps },
  );
  return { times, killed, status };
}

async function startHosts(file: string) {
  const script = await buildHost();
  // GET /api answers without the store, so a 1% fault cannot fail the start-up probe.
  return Promise.all(
    [1, 2].map((seed) =>
      startServer(
        script,
        { GONGZHI_DB: file, GONGZHI_DEMO: '1', GONGZHI_SECRET: SECRET, GONGZHI_JOBS_MS: '3600000', GONGZHI_STORE: 'emulated', GONGZHI_LATENCY_MS: String(LATENCY_MS), GONGZHI_FAULT_RATE: String(FAULT_RATE), GONGZHI_SEED: String(seed) },
        { path: '/api' },
      ),
    ),
  );
}

/** One person's call, retried on a failure (no answer or 5xx) up to RETRIES times, alternating instances. */
async function withRetry(agent: http.Agent, bases: string[], first: number, action: string, body: unknown, openid: string) {
  const statuses: number[] = [];
  const calls: number[] = [];
  let data: unknown = null;
  const t = performance.now();
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const r = await post(agent, bases[(first + attempt) % bases.length], action, body, openid);
    statuses.push(r.status);
    calls.push(r.ms);
    data = r.data;
    if (r.status > 0 && r.status < 500) break;
    await sleep(200 * (attempt + 1));
  }
  return { statuses, calls, data, ms: performance.now() - t };
}

async function votesFigures(report: Report) {
  const file = tempDb('cloud-votes');
  const prep = sqliteDeps(file);
  const openids = await addOwners(prep, VOTERS + 2 * LATE);
  const created = await runAction(prep, 'polls.create', { kind: 'decision', title: '压测:云端表决', item: 5 }, { openid: COMMITTEE });
  if (!created.body.ok) throw new Error(`polls.create: ${JSON.stringify(created.body)}`);
  const pollId = (created.body.data as { poll: { id: string } }).poll.id;
  await prep.store.close();

  // Opening, timed on a copy (it may be cut off); the real poll is then opened without the emulator.
  const copy = tempDb('cloud-open');
  copyFileSync(file, copy);
  const od = cloudDeps(copy);
  // Pressed as the screen does: again with the same operation id while it answers `opening`.
  const opened = await pressTimed(od, 'polls.open', { pollId, opId: `bench-open-${Date.now().toString(36)}` }, (data) => stillOpening(data as { poll: { status: string } }));
  const openNow = (await demoStore(directDeps(od)).get<PollDoc>('polls', pollId))?.status === 'open';
  await od.store.close();
  setPath(report, 'cloud.polls.open.voters', openids.length);
  setPath(report, 'cloud.polls.open.maxInvocationMs', round(Math.max(...opened.times), 0));
  setPath(report, 'cloud.polls.open.killed', opened.killed);
  setPath(report, 'cloud.polls.open.invocations', opened.times.length);
  setPath(report, 'cloud.polls.open.opened', openNow);
  const direct = sqliteDeps(file);
  const open = await pressInSteps((opId) => runAction(direct, 'polls.open', { pollId, opId }, { openid: COMMITTEE }), 'bench-open-direct', { pending: (o) => o.body.ok && stillOpening(o.body.data as { poll: { status: string } }) });
  if (!open?.body.ok) throw new Error(`polls.open: ${JSON.stringify(open?.body)}`);
  await direct.store.close();

  const hosts = await startHosts(file);
  const bases = hosts.map((h) => h.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });
  const answers = new Map<number, number[]>();
  const note = (owner: number, statuses: number[]) => answers.set(owner, [...(answers.get(owner) ?? []), ...statuses]);
  const cast = (owner: number, first: number) => withRetry(agent, bases, first, 'polls.cast', { pollId, choice: choiceOf(owner) }, openids[owner]);
  let castMs: number[] = [];
  let close: { statuses: number[]; calls: number[] } = { statuses: [], calls: [] };
  const after = new Map<number, number[]>();
  try {
    // Every voter once, a tenth twice at the same moment, CLIENTS in flight, alternating instances.
    const queue = Array.from({ length: VOTERS }, (_, i) => i).flatMap((i) => (i % 10 === 0 ? [i, i] : [i]));
    let next = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < queue.length) {
          const k = next++;
          const r = await cast(queue[k], k % 2);
          note(queue[k], r.statuses);
          castMs.push(r.ms);
        }
      }),
    );
    // The close on the first instance while late voters keep sending to both; then more after it answered.
    const during = Array.from({ length: LATE }, async (_, i) => {
      await sleep(i * 10);
      note(VOTERS + i, (await cast(VOTERS + i, i % 2)).statuses);
    });
    // The committee taps again on a failure, and again while the close answers `closing` (a big
    // compound's sealing takes more than one call), as the screen does; a retry answering 409
    // (already closed) still counts what is left. "Late" below means sent after it answered `closed`:
    // a ballot that reaches an unsealed seat while the close is still sealing is rightly counted.
    const opId = `bench-close-${Date.now().toString(36)}`;
    for (let press = 0; press < 20; press++) {
      const r = await withRetry(agent, bases, 0, 'polls.close', { pollId, opId }, COMMITTEE);
      close = { statuses: [...close.statuses, ...r.statuses], calls: [...close.calls, ...r.calls] };
      if ((r.data as { poll?: { status?: string } } | null)?.poll?.status !== 'closing') break;
    }
    await Promise.all([
      ...during,
      ...Array.from({ length: LATE }, async (_, i) => {
        const owner = VOTERS + LATE + i;
        const r = await cast(owner, 1); // the other instance first: its cache saw the poll open
        after.set(owner, r.statuses);
        note(owner, r.statuses);
      }),
    ]);
  } finally {
    agent.destroy();
    await Promise.all(hosts.map((h) => h.stop()));
  }

  // The jobs once, as the timer would, then everything from the store.
  const jobs = cloudDeps(file);
  await runJobs(invocationDeps(jobs, { budgetMs: CLOUD_LIMITS.jobsTimeoutMs })!.deps).catch(() => undefined);
  await jobs.store.close();
  const check = sqliteDeps(file);
  const poll = (await demoStore(check).get<PollDoc>('polls', pollId))!;
  const ballots = (await readAll<BallotDoc>(demoStore(check), 'ballots', { pollId })).filter((b) => !(b as { sealed?: boolean }).sealed);
  await check.store.close();
  const stored = new Set(ballots.map((b) => b.holderId));
  const owners = Array.from({ length: VOTERS }, (_, i) => i);
  const acked = (o: number) => (answers.get(o) ?? []).filter((s) => s === 200).length;
  const counted = poll.result ? Object.values(poll.result.channels).reduce((a, b) => a + b, 0) : 0;
  castMs = castMs.sort((a, b) => a - b);
  setPath(report, 'cloud.votes.cast.voters', VOTERS);
  setPath(report, 'cloud.votes.cast.accepted', owners.filter((o) => acked(o) > 0).length);
  setPath(report, 'cloud.votes.cast.duplicatesAccepted', owners.filter((o) => acked(o) > 1).length);
  // Lost: acknowledged (200) and yet not in the store.
  setPath(report, 'cloud.votes.cast.lost', owners.filter((o) => acked(o) > 0 && !stored.has(`h:bench${o}`)).length);
  setPath(report, 'cloud.votes.cast.retried', owners.filter((o) => (answers.get(o) ?? []).some((s) => s === 0 || s >= 500)).length);
  setPath(report, 'cloud.votes.cast.unansweredAfterRetries', owners.filter((o) => (answers.get(o) ?? []).every((s) => s === 0 || s >= 500)).length);
  setPath(report, 'cloud.votes.cast.p50Ms', round(percentile(castMs, 50), 0));
  setPath(report, 'cloud.votes.cast.p99Ms', round(percentile(castMs, 99), 0));
  // The close's answers in order (a retry after a failure included) and its longest call as the committee saw it.
  setPath(report, 'cloud.polls.close.statuses', close.statuses.join(' '));
  setPath(report, 'cloud.polls.close.maxInvocationMs', round(Math.max(...close.calls), 0));
  setPath(report, 'cloud.votes.close.pollStatus', poll.status);
  setPath(report, 'cloud.votes.close.resultStored', !!poll.result);
  // Ballots accepted by any instance after the poll's closedAt, and answers of 200 to ballots sent after the close answered.
  setPath(report, 'cloud.votes.close.lateAccepted', poll.closedAt ? ballots.filter((b) => b.castAt > poll.closedAt!).length : 0);
  setPath(report, 'cloud.votes.close.lateAcknowledged', [...after.values()].filter((s) => s.includes(200)).length);
  setPath(report, 'cloud.votes.close.countedMismatch', Math.abs(ballots.length - counted));
}

async function volunteersFigures(report: Report) {
  const file = tempDb('cloud-volunteers');
  const prep = sqliteDeps(file);
  const { openids, activityId } = await prepare(prep);
  await prep.store.close();
  const hosts = await startHosts(file);
  const agent = new http.Agent({ keepAlive: true, maxSockets: openids.length });
  let signups: Array<{ statuses: number[] }>;
  try {
    signups = await Promise.all(openids.map((o, i) => withRetry(agent, hosts.map((h) => h.base), i % 2, 'volunteers.signup', { activityId, note: '+1' }, o)));
  } finally {
    agent.destroy();
    await Promise.all(hosts.map((h) => h.stop()));
  }
  const heldWithoutPerson = async (store: Store) => {
    const seats = await readAll<SeatDoc>(store, 'seats', { activityId });
    const byId = new Map((await readAll<SignupDoc>(store, 'signups', { activityId })).map((s) => [s._id, s]));
    return { seats: seats.length, empty: seats.filter((seat) => byId.get(seat.signupId)?.status !== 'confirmed').length, confirmed: [...byId.values()].filter((s) => s.status === 'confirmed').length };
  };
  const before = sqliteDeps(file);
  const held = await heldWithoutPerson(demoStore(before));
  await before.store.close();
  const jobs = cloudDeps(file);
  await runJobs(invocationDeps(jobs, { budgetMs: CLOUD_LIMITS.jobsTimeoutMs })!.deps).catch(() => undefined);
  await jobs.store.close();
  const check = sqliteDeps(file);
  const afterJobs = await heldWithoutPerson(demoStore(check));
  await check.store.close();
  setPath(report, 'cloud.volunteers.signup.requests', signups.length);
  setPath(report, 'cloud.volunteers.signup.retried', signups.filter((s) => s.statuses.length > 1).length);
  setPath(report, 'cloud.volunteers.signup.failedAfterRetries', signups.filter((s) => !s.statuses.some((x) => x > 0 && x < 500)).length);
  setPath(report, 'cloud.volunteers.signup.slots', SLOTS);
  setPath(report, 'cloud.volunteers.signup.confirmed', afterJobs.confirmed);
  setPath(report, 'cloud.volunteers.signup.heldWithoutPersonBeforeJobs', held.empty);
  setPath(report, 'cloud.volunteers.signup.heldWithoutPerson', afterJobs.empty);
}

/**
 * One roster file of `units` flats in new buildings of 60 (one owner each): staged in chunks under the
 * time budget and switched on in one write (server/app/people/helpers/rosterStaging.ts), whatever its size.
 */
function rosterCsv(units: number, firstBuilding: number): { csv: string; buildings: string[] } {
  const header = '楼栋,单元,房号,面积,业主姓名,电话';
  const buildings: string[] = [];
  const lines: string[] = [];
  for (let k = 0; k < units; k++) {
    const b = firstBuilding + Math.floor(k / 60);
    if (k % 60 === 0) buildings.push(`b:${b}栋`);
    lines.push(`${b},${1 + (k % 2)},${101 + Math.floor((k % 60) / 2)},${(60 + ((b * 7 + k) % 80)).toFixed(1)},业主${b}-${k % 60},`);
  }
  return { csv: [header, ...lines].join('\n') + '\n', buildings };
}

/** Imports one file of `units` flats into a fresh copy of the demo, pressing as the screen does. */
async function importTimed(units: number, firstBuilding: number) {
  const file = tempDb(`cloud-roster-${units}`);
  const prep = sqliteDeps(file);
  await seedDemoOnce(prep, new Date());
  await prep.store.close();
  const { csv, buildings } = rosterCsv(units, firstBuilding);
  const deps = cloudDeps(file);
  // Through storage, as the phone sends it: only the file id travels in the calls.
  const fileId = await deps.files.put(new Uint8Array(Buffer.from(csv)), 'text/csv', { openid: COMMITTEE });
  const input = { fileName: `名册${units}.csv`, fileId, opId: `bench-import-${units}-${Date.now().toString(36)}` };
  const one = await pressTimed(deps, 'roster.import', input, (data) => (data as { status?: string }).status !== 'done', 100);
  const imported = await demoStore(directDeps(deps)).count('units', { buildingId: { $in: buildings.slice(0, 100) } });
  await deps.store.close();
  return { ...one, imported, fileBytes: csv.length };
}

async function rosterFigures(report: Report) {
  // Ten compounds the size of the demo, as one file.
  const all = await importTimed(ROSTER_UNITS, 500);
  setPath(report, 'cloud.roster.import.units', ROSTER_UNITS);
  setPath(report, 'cloud.roster.import.files', 1);
  setPath(report, 'cloud.roster.import.imported', all.imported);
  setPath(report, 'cloud.roster.import.status', all.status);
  setPath(report, 'cloud.roster.import.killed', all.killed);
  setPath(report, 'cloud.roster.import.invocations', all.times.length);
  setPath(report, 'cloud.roster.import.maxInvocationMs', round(Math.max(...all.times), 0));
  setPath(report, 'cloud.roster.import.totalMs', round(all.times.reduce((a, b) => a + b, 0), 0));
  // A compound of 5,000 flats: the figure the committee waits for (virtual time at 15 ms a call).
  const five = await importTimed(5000, 700);
  setPath(report, 'cloud.roster.import5000.units', five.imported);
  setPath(report, 'cloud.roster.import5000.fileBytes', five.fileBytes);
  setPath(report, 'cloud.roster.import5000.calls', five.times.length);
  setPath(report, 'cloud.roster.import5000.ms', round(five.times.reduce((a, b) => a + b, 0), 0));
  setPath(report, 'cloud.roster.import5000.maxInvocationMs', round(Math.max(...five.times), 0));
  setPath(report, 'cloud.roster.import5000.killed', five.killed);
}

export async function cloud(report: Report) {
  setPath(report, 'cloud.timeoutMs', CLOUD_LIMITS.apiTimeoutMs);
  setPath(report, 'cloud.latencyMs', LATENCY_MS);
  setPath(report, 'cloud.faultRate', FAULT_RATE);
  // BENCH_CLOUD_PARTS=votes,volunteers measures only those parts (the roster part takes minutes).
  const parts = process.env.BENCH_CLOUD_PARTS?.split(',') ?? ['roster', 'votes', 'volunteers'];
  if (parts.includes('roster')) await rosterFigures(report);
  if (parts.includes('votes')) await votesFigures(report);
  if (parts.includes('volunteers')) await volunteersFigures(report);
}
