// Area `volunteers`: one activity with 50 places and 500 different residents (members of the
// cleaning team, created in the bench's own database) signing up at the same moment over HTTP
// against the host in a child process; then 10 of the confirmed cancel at once. Checked from the
// store afterwards: confirmed places equal the slots (never one more), everyone else waits, the
// waitlist positions follow arrival order, and the ten promoted are exactly the ten who waited
// longest.
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
import { cpuMs, percentile, round, setPath, startServer, tempDb, type Report } from '../lib';
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

export async function prepare(root: Deps): Promise<{ openids: string[]; activityId: string }> {
  await seedDemoOnce(root, new Date());
  // The residents, their team and the activity are the demo compound's (every call the host
  // receives without naming a compound is in it).
  const deps = compoundDeps(root, DEMO_COMPOUND);
  const at = new Date().toISOString();
  const openids = Array.from({ length: RESIDENTS }, (_, i) => `bench-vol-${i}`);
  await deps.store.insertMany('users', openids.map((openid, i) => ({ _id: `user:${openid}`, openid, name: `居民${i}`, roles: ['resident'], phone: null, createdAt: at })));
  await deps.store.insertMany('teamMembers', openids.map((openid, i) => ({ _id: `tm:team:cleaning:user:${openid}`, teamId: 'team:cleaning', userId: `user:${openid}`, name: `居民${i}`, status: 'member', note: '', at })));
  const start = new Date(Date.now() + 3 * 86_400_000);
  const created = await dispatch(deps, 'volunteers.activity.create', { teamId: 'team:cleaning', title: '压测:大扫除', place: '中心广场', startAt: start.toISOString(), endAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(), capacity: SLOTS }, { openid: personaOpenid('committee') });
  if (!created.body.ok) throw new Error(`volunteers.activity.create: ${JSON.stringify(created.body)}`);
  return { openids, activityId: (created.body.data as { activity: { id: string } }).activity.id };
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

export async function volunteers(report: Report) {
  const file = tempDb('volunteers');
  const prep = depsOn(file);
  const { openids, activityId } = await prepare(prep);
  await prep.store.close();

  const env = { GONGZHI_DB: file, GONGZHI_DEMO: '1', GONGZHI_SECRET: SECRET, GONGZHI_JOBS_MS: '3600000' };
  const host = await startServer(await buildHost(), env, { path: '/api/compound.buildings', body: {} });
  let signups: Array<{ status: number; ms: number; data: SignupAnswer }>;
  let cancelled: string[] = [];
  let signupCpuMs: number | null = null;
  try {
    // Every resident's request in flight at once: one socket each.
    const agent = new http.Agent({ keepAlive: true, maxSockets: RESIDENTS });
    const cpu0 = cpuMs(host.child.pid!);
    signups = await Promise.all(openids.map((o) => post(agent, host.base, 'volunteers.signup', { activityId, note: '+1' }, o)));
    const cpu1 = cpuMs(host.child.pid!);
    if (cpu0 !== null && cpu1 !== null) signupCpuMs = cpu1 - cpu0;
    const confirmed = openids.filter((_, i) => signups[i].data?.me?.status === 'confirmed');
    cancelled = confirmed.slice(0, CANCELS);
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

  const latencies = signups.map((s) => s.ms).sort((a, b) => a - b);
  const confirmedNow = all.filter((s) => s.status === 'confirmed').length;
  setPath(report, 'volunteers.signup.slots', SLOTS);
  setPath(report, 'volunteers.signup.requests', signups.length);
  setPath(report, 'volunteers.signup.ok', signups.filter((s) => s.status === 200).length);
  setPath(report, 'volunteers.signup.confirmed', signups.filter((s) => s.data?.me?.status === 'confirmed').length);
  setPath(report, 'volunteers.signup.waitlisted', waitedBefore.length);
  setPath(report, 'volunteers.signup.orderViolations', orderViolations(asReceived) + promotedOutOfOrder);
  setPath(report, 'volunteers.signup.p50Ms', round(percentile(latencies, 50)));
  setPath(report, 'volunteers.signup.p99Ms', round(percentile(latencies, 99)));
  // The host's own CPU time for the 500 sign-ups: what they cost, however busy the machine is.
  if (signupCpuMs !== null) setPath(report, 'volunteers.signup.serverCpuMs', round(signupCpuMs, 0));
  setPath(report, 'volunteers.cancel.cancelled', cancelled.length);
  setPath(report, 'volunteers.cancel.promotedInOrder', promoted.length - promotedOutOfOrder + Math.max(0, CANCELS - promoted.length));
  setPath(report, 'volunteers.cancel.confirmedAfter', confirmedNow);
  setPath(report, 'volunteers.cancel.seatsAfter', seats);
  if (confirmedNow > SLOTS || seats > SLOTS) throw new Error(`capacity broken: ${confirmedNow} confirmed, ${seats} seats for ${SLOTS} places`);
}
