// Area `volunteers`: one activity with 50 places and 500 different residents (members of the
// cleaning team, created in the bench's own database) signing up at the same moment over HTTP
// against the host in a child process; then 10 of the confirmed cancel at once. Checked from the
// store afterwards: confirmed places equal the slots (never one more), everyone else waits, the
// waitlist positions follow arrival order, and the ten promoted are exactly the ten who waited
// longest. Each server takes a warm-up crowd on a second activity first; the same measured crowd
// also goes to two yardsticks on copies of the database (bare-signup.mjs, http-floor.mjs), so the
// figure is read against the least a sign-up can cost on the same machine in the same run.
import { copyFileSync } from 'node:fs';
import http from 'node:http';
import { collections } from '../../server/app/collections';
import { systemClock, type Deps } from '../../server/app/context';
import { dispatch } from '../../server/app/dispatch';
import type { SignupDoc } from '../../server/app/volunteers/model';
import { wordListChecker } from '../../server/content/wordList';
import { seedDemoOnce } from '../../server/demo/seed';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import { personaOpenid } from '../../server/demo/personas';
import { memoryFiles } from '../../server/files/disk';
import { COOKIE, signSession } from '../../server/local/session';
import { outboxNotifier } from '../../server/notify/outbox';
import { openSqliteStore } from '../../server/store/sqlite';
import { orderViolations, waitlistPositions } from '../../src/domain/volunteers';
import { cpuMs, percentile, round, setPath, startServer, tempDb, type Report, type RunningServer } from '../lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../../scripts/build-host.mjs';

const RESIDENTS = 500;
export const SLOTS = 50;
const CANCELS = 10;
const SECRET = 'bench';

export type SignupAnswer = { me?: { status?: string } | null; arrival?: string } | null;

function depsOn(file: string): Deps {
  const store = openSqliteStore({ file, collections });
  return { store, clock: systemClock, notifier: outboxNotifier(store, systemClock), files: memoryFiles(), contentCheck: wordListChecker() };
}

export async function prepare(root: Deps): Promise<{ openids: string[]; activityId: string; warmupId: string }> {
  await seedDemoOnce(root, new Date());
  // The residents, their team and the activity are the demo compound's (every call the host
  // receives without naming a compound is in it).
  const deps = compoundDeps(root, DEMO_COMPOUND);
  const at = new Date().toISOString();
  const openids = Array.from({ length: RESIDENTS }, (_, i) => `bench-vol-${i}`);
  await deps.store.insertMany('users', openids.map((openid, i) => ({ _id: `user:${openid}`, openid, name: `居民${i}`, roles: ['resident'], phone: null, createdAt: at })));
  await deps.store.insertMany('teamMembers', openids.map((openid, i) => ({ _id: `tm:team:cleaning:user:${openid}`, teamId: 'team:cleaning', userId: `user:${openid}`, name: `居民${i}`, status: 'member', note: '', at })));
  const start = new Date(Date.now() + 3 * 86_400_000);
  const create = async (title: string) => {
    const created = await dispatch(deps, 'volunteers.activity.create', { teamId: 'team:cleaning', title, place: '中心广场', startAt: start.toISOString(), endAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(), capacity: SLOTS }, { openid: personaOpenid('committee') });
    if (!created.body.ok) throw new Error(`volunteers.activity.create: ${JSON.stringify(created.body)}`);
    return (created.body.data as { activity: { id: string } }).activity.id;
  };
  // Two like activities: the first crowd warms the server up (its code compiled, its caches and
  // SQLite's pages in memory), the second is measured, as the read benches warm up before they measure.
  const warmupId = await create('压测:试跑');
  return { openids, activityId: await create('压测:大扫除'), warmupId };
}

export function post(agent: http.Agent, base: string, action: string, body: unknown, openid: string): Promise<{ status: number; ms: number; data: SignupAnswer }> {
  const url = new URL(`${base}/api/${action}`);
  const payload = JSON.stringify(body);
  const t = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), cookie: `${COOKIE}=${signSession(SECRET, openid)}` } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          let data: SignupAnswer = null;
          try {
            data = (JSON.parse(text) as { data?: SignupAnswer }).data ?? null;
          } catch {
            /* not JSON: counted by its status */
          }
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - t, data });
        });
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t, data: null }));
    req.end(payload);
  });
}

type Answered = { status: number; ms: number; data: SignupAnswer };

/** Every resident taps `activityId` at once, one socket each (closed afterwards). */
async function crowd(base: string, openids: string[], activityId: string): Promise<Answered[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: RESIDENTS });
  const answers = await Promise.all(openids.map((o) => post(agent, base, 'volunteers.signup', { activityId, note: '+1' }, o)));
  agent.destroy();
  return answers;
}

/**
 * A warm-up crowd on the other activity, then the measured crowd: the answers, their latency and
 * the server's CPU time for them. Every server in this area is measured this same way.
 */
async function measuredCrowd(server: RunningServer, openids: string[], ids: { activityId: string; warmupId: string }) {
  const warm = await crowd(server.base, openids, ids.warmupId);
  if (warm.some((a) => a.status !== 200)) throw new Error(`warm-up: ${warm.filter((a) => a.status !== 200).length} taps refused`);
  const cpu0 = cpuMs(server.child.pid!);
  const answers = await crowd(server.base, openids, ids.activityId);
  const cpu1 = cpuMs(server.child.pid!);
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  return { answers, p50Ms: round(percentile(ms, 50)), p99Ms: round(percentile(ms, 99)), serverCpuMs: cpu0 !== null && cpu1 !== null ? round(cpu1 - cpu0, 0) : null };
}

/** The same crowd against a yardstick server (bare-signup.mjs, http-floor.mjs) on a copy of the prepared database. */
async function yardstick(script: string, file: string, openids: string[], ids: { activityId: string; warmupId: string }) {
  const copy = tempDb('volunteers-yardstick');
  copyFileSync(file, copy);
  const server = await startServer(script, { GONGZHI_DB: copy, GONGZHI_SECRET: SECRET }, { path: '/health', body: {} });
  try {
    const measured = await measuredCrowd(server, openids, ids);
    if (measured.answers.some((a) => a.status !== 200)) throw new Error(`${script} refused ${measured.answers.filter((a) => a.status !== 200).length} taps`);
    return { ...measured, confirmed: measured.answers.filter((a) => a.data?.me?.status === 'confirmed').length };
  } finally {
    await server.stop();
  }
}

export async function volunteers(report: Report) {
  const file = tempDb('volunteers');
  const prep = depsOn(file);
  const { openids, activityId, warmupId } = await prepare(prep);
  await prep.store.close();
  const floor = await yardstick('bench/http-floor.mjs', file, openids, { activityId, warmupId });
  const bare = await yardstick('bench/bare-signup.mjs', file, openids, { activityId, warmupId });
  // A yardstick that broke the capacity would not be one.
  if (bare.confirmed !== SLOTS) throw new Error(`bare sign-up confirmed ${bare.confirmed} for ${SLOTS} places`);

  const env = { GONGZHI_DB: file, GONGZHI_DEMO: '1', GONGZHI_SECRET: SECRET, GONGZHI_JOBS_MS: '3600000' };
  const host = await startServer(await buildHost(), env, { path: '/api/compound.buildings', body: {} });
  let ours: Awaited<ReturnType<typeof measuredCrowd>>;
  let cancelled: string[] = [];
  try {
    // Every resident's request in flight at once, one socket each, after the warm-up crowd.
    ours = await measuredCrowd(host, openids, { activityId, warmupId });
    const signups = ours.answers;
    const confirmed = openids.filter((_, i) => signups[i].data?.me?.status === 'confirmed');
    cancelled = confirmed.slice(0, CANCELS);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CANCELS });
    await Promise.all(cancelled.map((o) => post(agent, host.base, 'volunteers.cancel', { activityId }, o)));
    agent.destroy();
  } finally {
    await host.stop();
  }

  const check = compoundDeps(depsOn(file), DEMO_COMPOUND);
  const all: SignupDoc[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await check.store.find<SignupDoc>('signups', { where: { activityId }, orderBy: [['_id', 'asc']], limit: 100, skip });
    all.push(...page);
    if (page.length < 100) break;
  }
  const seats = await check.store.count('seats', { activityId });
  await check.store.close();

  const signups = ours.answers;
  // Before the cancellations: who waited, in the order the server received them.
  const waitedBefore = signups
    .map((s, i) => ({ userId: `user:${openids[i]}`, status: s.data?.me?.status as string | undefined, arrival: s.data?.arrival ?? '' }))
    .filter((s) => s.status === 'waitlisted');
  const longestWaiting = new Set(waitlistPositions(waitedBefore).slice(0, CANCELS).map((s) => s.userId));
  const promoted = all.filter((s) => s.status === 'confirmed' && waitedBefore.some((w) => w.userId === s.userId));
  const promotedOutOfOrder = promoted.filter((s) => !longestWaiting.has(s.userId)).length + Math.max(0, CANCELS - promoted.length);
  // The waitlist as the server numbers it (by arrival key), against the order requests arrived.
  const stillWaiting = all.filter((s) => s.status === 'waitlisted');
  const positions = waitlistPositions(stillWaiting);
  const beforeKeys = waitlistPositions(waitedBefore);
  const rank = new Map(beforeKeys.map((s) => [s.userId, s.position]));
  const asReceived = positions.map((s) => ({ position: s.position, arrival: String(rank.get(s.userId) ?? 0).padStart(6, '0') }));

  const confirmedNow = all.filter((s) => s.status === 'confirmed').length;
  setPath(report, 'volunteers.signup.slots', SLOTS);
  setPath(report, 'volunteers.signup.requests', signups.length);
  setPath(report, 'volunteers.signup.ok', signups.filter((s) => s.status === 200).length);
  setPath(report, 'volunteers.signup.confirmed', signups.filter((s) => s.data?.me?.status === 'confirmed').length);
  setPath(report, 'volunteers.signup.waitlisted', waitedBefore.length);
  setPath(report, 'volunteers.signup.orderViolations', orderViolations(asReceived) + promotedOutOfOrder);
  setPath(report, 'volunteers.signup.p50Ms', ours.p50Ms);
  setPath(report, 'volunteers.signup.p99Ms', ours.p99Ms);
  // The host's own CPU time for the 500 sign-ups: what they cost, however busy the machine is.
  if (ours.serverCpuMs !== null) setPath(report, 'volunteers.signup.serverCpuMs', ours.serverCpuMs);
  // The same crowd, measured the same way in this run, against the two yardsticks: the bare
  // sign-up (bare-signup.mjs: HTTP, the HMAC and the writes, nothing of ours) and HTTP alone
  // (http-floor.mjs). Whatever the host does, its p99 cannot go below theirs on this machine.
  for (const [name, y] of [['bare', bare], ['httpFloor', floor]] as const) {
    setPath(report, `volunteers.signup.${name}.p50Ms`, y.p50Ms);
    setPath(report, `volunteers.signup.${name}.p99Ms`, y.p99Ms);
    if (y.serverCpuMs !== null) setPath(report, `volunteers.signup.${name}.serverCpuMs`, y.serverCpuMs);
  }
  setPath(report, 'volunteers.signup.bare.confirmed', bare.confirmed);
  setPath(report, 'volunteers.signup.p99VsBare', round(ours.p99Ms / bare.p99Ms));
  setPath(report, 'volunteers.cancel.cancelled', cancelled.length);
  setPath(report, 'volunteers.cancel.promotedInOrder', promoted.length - promotedOutOfOrder + Math.max(0, CANCELS - promoted.length));
  setPath(report, 'volunteers.cancel.confirmedAfter', confirmedNow);
  setPath(report, 'volunteers.cancel.seatsAfter', seats);
  if (confirmedNow > SLOTS || seats > SLOTS) throw new Error(`capacity broken: ${confirmedNow} confirmed, ${seats} seats for ${SLOTS} places`);
}
