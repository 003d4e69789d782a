// The volunteers area's timed work, run from server/app/jobs/runJobs.ts: weekly series are
// expanded two weeks ahead, and the day before a shift each confirmed volunteer is reminded,
// once per sign-up however often the job runs (a compare-and-set mark plus the dedupe key); and
// what a cut-off sign-up left (a seat held by nobody, a waitlist that did not move) is put right.
import { remindToday } from '../../../src/domain/volunteers';
import type { Ctx } from '../context';
import type { ActivityDoc, SeriesDoc, SignupDoc } from './model';
import { notifyTomorrow } from './notices';
import { expandSeries } from './helpers/series';
import { repairSeats } from './helpers/seats';

export async function expandAllSeries(ctx: Ctx, now: Date): Promise<number> {
  const all = await ctx.store.find<SeriesDoc>('activitySeries', { where: { active: true }, limit: 100 });
  let created = 0;
  for (const series of all) created += await expandSeries(ctx, series, now);
  return created;
}

export async function sendShiftReminders(ctx: Ctx, now: Date): Promise<number> {
  // Tomorrow (CST) lies within the next 48 hours; remindToday picks exactly tomorrow's starts.
  const soon = await ctx.store.find<ActivityDoc>('activities', {
    where: { startAt: { $gt: now.toISOString(), $lte: new Date(now.getTime() + 48 * 3_600_000).toISOString() } },
    orderBy: [['startAt', 'asc']],
    limit: 100,
  });
  let sent = 0;
  for (const activity of soon.filter((a) => remindToday(a.startAt, now))) {
    const confirmed = await ctx.store.find<SignupDoc>('signups', { where: { activityId: activity._id, status: 'confirmed' }, orderBy: [['arrival', 'asc']], limit: 100 });
    for (const signup of confirmed) {
      if (signup.reminded) continue;
      const marked = await ctx.store.updateIf('signups', signup._id, { reminded: false, arrival: signup.arrival }, { reminded: true });
      if (!marked) continue;
      await notifyTomorrow(ctx, activity, signup);
      sent++;
    }
  }
  return sent;
}

/** Puts right what a cut-off sign-up, cancel or promotion left in activities not yet started (seats.ts). */
export async function repairUpcoming(ctx: Ctx, now: Date): Promise<number> {
  const upcoming = await ctx.store.find<ActivityDoc>('activities', { where: { startAt: { $gt: now.toISOString() } }, orderBy: [['startAt', 'asc']], limit: 100 });
  let fixed = 0;
  for (const activity of upcoming) fixed += await repairSeats(ctx, activity);
  return fixed;
}

export async function runVolunteerJobs(ctx: Ctx, now: Date): Promise<{ activitiesCreated: number; shiftReminders: number; seatsRepaired: number }> {
  return { activitiesCreated: await expandAllSeries(ctx, now), shiftReminders: await sendShiftReminders(ctx, now), seatsRepaired: await repairUpcoming(ctx, now) };
}
