// The demo compound's volunteers, played through the real actions: 张建国 (committee chair) leads
// the cleaning team with its weekly Saturday 08:00 shift and two past shifts whose hours are on
// the record; the dance team has an evening session; 李明 and another care-team member are
// paired with an elderly neighbour living alone (registered by 何书记 with written consent).
import type { Clock, Deps } from '../app/context';
import { dispatch } from '../app/dispatch';
import type { UnitDoc } from '../app/model';
import { memberId } from '../../src/domain/volunteers';
import { chinaDate, chinaDayStart, fromChina, inChina } from '../../src/domain/chinaTime';
import { personaOpenid } from './personas';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const as = (persona: string) => ({ openid: personaOpenid(persona) });
const userOf = (persona: string) => `user:${personaOpenid(persona)}`;

/** The next Saturday 08:00 China time strictly after `now` (the weekday arithmetic in CST). */
export function nextSaturday8(now: Date): Date {
  for (let ahead = 0; ahead <= 7; ahead++) {
    const at = fromChina(chinaDate(chinaDayStart(now, ahead)), '08:00');
    if (inChina(at).day() === 6 && at > now) return at;
  }
  throw new Error('unreachable');
}

async function must<T = Record<string, { id: string }>>(deps: Deps, clock: Clock, persona: string, action: string, input: unknown): Promise<T> {
  const out = await dispatch({ ...deps, clock }, action, input, as(persona));
  if (!out.body.ok) throw new Error(`demo volunteers: ${action} as ${persona}: ${JSON.stringify(out.body.error)}`);
  return out.body.data as T;
}

export async function seedDemoVolunteers(deps: Deps, now: Date): Promise<void> {
  const { store } = deps;
  await store.update('teams', 'team:cleaning', { leaderId: userOf('committee') });
  const at = new Date(now.getTime() - 60 * DAY).toISOString();
  const members: Array<[string, string, string]> = [
    ['team:cleaning', 'committee-2', ''],
    ['team:cleaning', 'committee-5', ''],
    ['team:dance', 'committee-6', ''],
    ['team:dance', 'committee-7', ''],
    ['team:care', 'resident', ''],
    ['team:care', 'committee-4', ''],
  ];
  for (const [teamId, persona] of members) {
    const userId = userOf(persona);
    const user = await store.get<{ _id: string; name: string }>('users', userId);
    await store.insert('teamMembers', { _id: memberId(teamId, userId), teamId, userId, name: user?.name ?? '', status: 'member', note: '', at, decidedBy: 'demo', decidedAt: at });
  }

  // Two past Saturday shifts, attended and confirmed: the hours and stats have something to show.
  let t = now.getTime();
  const clock: Clock = { now: () => new Date(t) };
  for (const weeksAgo of [2, 1]) {
    const start = new Date(nextSaturday8(now).getTime() - (weeksAgo + 1) * 7 * DAY);
    t = start.getTime() - 3 * DAY;
    const { activity } = await must(deps, clock, 'committee', 'volunteers.activity.create', {
      teamId: 'team:cleaning', title: '周六楼道大扫除', place: '桥东19栋楼道', startAt: start.toISOString(), endAt: new Date(start.getTime() + 2 * HOUR).toISOString(), capacity: 12, bring: '扫帚、手套',
    });
    for (const p of ['committee-2', 'committee-5']) await must(deps, clock, p, 'volunteers.signup', { activityId: activity.id });
    t = start.getTime() + 30 * 60_000;
    for (const p of ['committee-2', 'committee-5']) await must(deps, clock, 'committee', 'volunteers.checkIn', { activityId: activity.id, userId: userOf(p) });
    t = start.getTime() + 2 * HOUR;
    await must(deps, clock, 'committee', 'volunteers.confirm', { activityId: activity.id, userIds: [userOf('committee-2'), userOf('committee-5')] });
  }
  t = now.getTime();
  await must(deps, clock, 'committee-2', 'volunteers.leaderboard', { show: true });

  // Every Saturday 08:00–10:00, from the coming Saturday.
  const saturday = nextSaturday8(now);
  await must(deps, clock, 'committee', 'volunteers.activity.create', {
    teamId: 'team:cleaning', title: '周六楼道大扫除', place: '桥东19栋楼道', startAt: saturday.toISOString(), endAt: new Date(saturday.getTime() + 2 * HOUR).toISOString(), capacity: 12, bring: '扫帚、手套', weekly: true,
  });
  const evening = fromChina(chinaDate(chinaDayStart(now, 1)), '19:00');
  const dance = await must(deps, clock, 'owner', 'volunteers.activity.create', {
    teamId: 'team:dance', title: '广场舞排练', place: '中心广场', startAt: evening.toISOString(), endAt: new Date(evening.getTime() + 90 * 60_000).toISOString(), capacity: 30, bring: '舒适的鞋',
  });
  for (const p of ['committee-6', 'committee-7']) await must(deps, clock, p, 'volunteers.signup', { activityId: dance.activity.id, note: p === 'committee-6' ? '带音箱' : '' });

  // The care pairing: an elderly neighbour in building 19 who lives alone.
  const [home] = await store.find<UnitDoc>('units', { where: { buildingId: 'b:19栋' }, orderBy: [['order', 'asc']], limit: 1 });
  t = now.getTime() - 10 * DAY;
  const { care } = await must(deps, clock, 'community', 'care.register', {
    category: 'empty_nest', name: '吴桂兰', unitId: home?._id, unitLabel: home?.label ?? '19栋', contact: '13971025588', needs: '独居,腿脚不便;每周探望,代买药品,陪同复诊',
    consentGiven: true, consentWay: 'written', consentNote: '本人签字,女儿知情', volunteerIds: [userOf('resident'), userOf('committee-4')],
  });
  t = now.getTime() - 3 * DAY;
  const day = chinaDate(t);
  await must(deps, clock, 'resident', 'care.visit', { careId: care.id, date: day, what: '聊天,帮忙买了降压药', concerns: '卫生间没有扶手,起身困难' });
}
