// volunteers.checkIn: on site, either the leader ticks a confirmed volunteer as present, or the
// volunteer scans the activity's QR code (or types its six digits). Refuses anyone not confirmed
// for this activity (before looking at the code), check-in outside the hour before to two hours
// after, and a wrong code; after too many wrong codes, 429 (checkInCode.ts).
import { checkInInput } from '../../../src/domain/schemas/volunteers';
import { defineAction, callerOf } from '../action';
import { checkInOpen, signupId } from '../../../src/domain/volunteers';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { leads, loadActivity, loadTeam, type SignupDoc } from './model';
import { checkCode } from './helpers/checkInCode';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const checkIn = defineAction({
  name: 'volunteers.checkIn',
  summary: volunteerSummaries['volunteers.checkIn'],
  input: checkInInput,
  roles: allowed('volunteers.checkIn'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const activity = await loadActivity(ctx.store, input.activityId);
    const team = await loadTeam(ctx.store, activity.teamId);
    const now = ctx.clock.now();
    let userId = caller.userId;
    let byCode = false;
    if (input.userId && input.userId !== caller.userId) {
      if (!leads(ctx, team)) throw forbidden(volunteerRefusals.leaderChecksInOthers);
      userId = input.userId;
    } else if (!leads(ctx, team) || !input.userId) {
      if (!input.code) throw invalid('code', volunteerRefusals.checkInCodeMissing);
      byCode = true;
    }
    if (!checkInOpen(activity.startAt, activity.endAt, now)) throw conflict(volunteerRefusals.outsideCheckInWindow);
    const signup = await ctx.store.get<SignupDoc>('signups', signupId(activity._id, userId));
    if (!signup || signup.status !== 'confirmed') throw notFound(volunteerFields.memberConfirmedSignup);
    if (byCode) await checkCode(ctx, activity, signup, input.code!);
    if (signup.checkedInAt) return { checkedIn: true, already: true };
    await ctx.store.updateIf('signups', signup._id, { status: 'confirmed', checkedInAt: null }, { checkedInAt: now.toISOString(), checkedInBy: caller.userId });
    await ctx.store.insert('events', eventDoc(ctx, 'volunteers.checkedIn', activity._id, { userId, by: caller.userId === userId ? 'code' : 'leader' }));
    return { checkedIn: true, already: false };
  },
});
