// Messages of the volunteers area, through the Notifier port. Fields are semantic
// ({ title, time, place }); the subscription-message catalogue maps them onto WeChat templates.
import type { Ctx } from '../context';
import type { ActivityDoc, SignupDoc } from './model';
import { PAGES, messagePage } from '../../../src/routes';

export const activityPage = (activityId: string) => messagePage(PAGES.volunteerActivity, { id: activityId });

const fieldsOf = (activity: ActivityDoc) => ({ title: activity.title.slice(0, 20), time: activity.startAt, place: activity.place.slice(0, 20) });

/** A waitlisted place became confirmed; once per sign-up (a new sign-up has a new arrival key). */
export async function notifyPromoted(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc): Promise<void> {
  await ctx.notifier.send({
    kind: 'waitlist.confirmed',
    toUserId: signup.userId,
    dedupeKey: `waitlist.confirmed:${signup._id}:${signup.arrival}`,
    fields: fieldsOf(activity),
    page: activityPage(activity._id),
  });
}

/** The day before a shift; the dedupe key makes repeated job runs send it once. */
export async function notifyTomorrow(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc): Promise<void> {
  await ctx.notifier.send({
    kind: 'shift.tomorrow',
    toUserId: signup.userId,
    dedupeKey: `shift.tomorrow:${signup._id}:${activity.startAt}`,
    fields: fieldsOf(activity),
    page: activityPage(activity._id),
  });
}
