// Home: a volunteer's shifts from now to the end of tomorrow (a place they hold, or a waitlist
// spot), and the care records they are paired with whose last visit is a week old or missing.
// Care items name no one: home is glanced at in public, and the record's own page logs its reads.
// A team leader also sees their past activities where people checked in but attendance is not
// yet confirmed (their hours are credited only then).
import type { Caller, Ctx } from '../../context';
import type { ActivityDoc, CareVisitDoc, SignupDoc, TeamDoc } from '../../volunteers/model';
import { CARE_VISIT_EVERY_DAYS, dayWord, shiftWindow, visitDue } from '../../../../src/domain/home';
import type { AttentionItem } from './item';
import { PAGES, pageLink } from '../../../../src/routes';
import { volunteerServerText } from '../../../../src/copy/volunteers';

export async function shiftItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  const now = ctx.clock.now();
  const { from, to } = shiftWindow(now);
  const signups = await ctx.store.find<SignupDoc>('signups', { where: { userId: caller.userId, startAt: { $gte: from, $lt: to } }, orderBy: [['startAt', 'asc']], limit: 20 });
  const held = signups.filter((s) => s.status === 'confirmed' || s.status === 'waitlisted');
  const activities = await Promise.all(held.map((s) => ctx.store.get<ActivityDoc>('activities', s.activityId)));
  return held.flatMap((s, n) => {
    const a = activities[n];
    if (!a) return [];
    return [
      {
        id: `shift:${s._id}`,
        kind: s.status === 'confirmed' ? 'shift.coming' : 'shift.waitlisted',
        title: volunteerServerText.shiftOn(dayWord(a.startAt, now), a.title),
        detail: `${a.teamName} · ${a.place}${s.status === 'waitlisted' ? volunteerServerText.waitlisted : ''}${a.bring ? volunteerServerText.bring(a.bring) : ''}`,
        page: pageLink(PAGES.volunteerActivity, { id: a._id }),
        at: s.at,
        due: a.startAt,
        dueLabel: volunteerServerText.starts,
      },
    ];
  });
}

export async function careVisitItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  const now = ctx.clock.now();
  const links = await ctx.store.find<{ _id: string; careId: string }>('careLinks', { where: { userId: caller.userId }, limit: 50 });
  if (links.length === 0) return [];
  const last = await Promise.all(links.map((l) => ctx.store.find<CareVisitDoc>('careVisits', { where: { careId: l.careId }, orderBy: [['date', 'desc']], limit: 1 })));
  const due = last.filter((visits) => visitDue(visits[0]?.date ?? null, now)).length;
  if (due === 0) return [];
  return [
    {
      id: 'care.visits',
      kind: 'care.visits',
      title: volunteerServerText.visitsDue(due),
      detail: volunteerServerText.noVisitFor(CARE_VISIT_EVERY_DAYS),
      page: PAGES.careList,
      at: now.toISOString(),
    },
  ];
}

/** How far back a leader is reminded of unconfirmed attendance (older ones are on the team page). */
export const ATTENDANCE_LOOKBACK_DAYS = 14;

export async function attendanceItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  // Teams are a dozen documents at most: reading them by leader is one small query.
  const teams = await ctx.store.find<TeamDoc>('teams', { where: { leaderId: caller.userId }, limit: 20 });
  if (teams.length === 0) return [];
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - ATTENDANCE_LOOKBACK_DAYS * 86_400_000).toISOString();
  const perTeam = await Promise.all(
    teams.map((t) => ctx.store.find<ActivityDoc>('activities', { where: { teamId: t._id, startAt: { $gte: since, $lte: now.toISOString() } }, orderBy: [['startAt', 'desc']], limit: 20 })),
  );
  const activities = perTeam.flat();
  const confirmed = await Promise.all(activities.map((a) => confirmedSignups(ctx, a)));
  return activities.flatMap((a, n) => {
    const waiting = confirmed[n].filter((s) => s.checkedInAt && !s.confirmedAt).length;
    if (waiting === 0) return [];
    return [
      {
        id: `attendance:${a._id}`,
        kind: 'attendance.confirm',
        title: volunteerServerText.confirmAttendance(a.title),
        detail: volunteerServerText.checkedInWaiting(a.teamName, waiting),
        page: pageLink(PAGES.volunteerActivity, { id: a._id }),
        at: a.endAt,
      },
    ];
  });
}

/** Every confirmed place of one activity: at most MAX_CAPACITY, read 100 (the store's page) at a time. */
async function confirmedSignups(ctx: Ctx, a: ActivityDoc): Promise<SignupDoc[]> {
  const all: SignupDoc[] = [];
  for (let skip = 0; skip < Math.max(a.capacity, 1); skip += 100) {
    const page = await ctx.store.find<SignupDoc>('signups', { where: { activityId: a._id, status: 'confirmed' }, orderBy: [['arrival', 'asc']], limit: 100, skip });
    all.push(...page);
    if (page.length < 100) break;
  }
  return all;
}
