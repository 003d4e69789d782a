// volunteers.activity: one activity with its 接龙 roster (confirmed in arrival order, then the
// waitlist with positions), my sign-up, and for its leader the check-in code and attendance.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { canCancel, checkInOpen, signupId, waitlistPositions } from '../../../src/domain/volunteers';
import { isMember, leads, loadActivity, loadTeam, type SignupDoc } from './model';
import { activityId } from './helpers/inputs';
import { activityView, mySignupView, rosterLine } from './helpers/views';
import { activityCode } from './helpers/checkInCode';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

export const getActivity = defineAction({
  name: 'volunteers.activity',
  summary: volunteerSummaries['volunteers.activity'],
  input: z.object({ activityId }).strict(),
  roles: allowed('volunteers.activity'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const activity = await loadActivity(ctx.store, input.activityId);
    const team = await loadTeam(ctx.store, activity.teamId);
    const manage = leads(ctx, team);
    const now = ctx.clock.now();
    const [confirmed, waiting, mine] = await Promise.all([
      ctx.store.find<SignupDoc>('signups', { where: { activityId: activity._id, status: 'confirmed' }, orderBy: [['arrival', 'asc']], limit: 100 }),
      ctx.store.find<SignupDoc>('signups', { where: { activityId: activity._id, status: 'waitlisted' }, orderBy: [['arrival', 'asc']], limit: 100 }),
      ctx.store.get<SignupDoc>('signups', signupId(activity._id, caller.userId)),
    ]);
    const me = await mySignupView(ctx, mine);
    return {
      activity: await activityView(ctx, activity),
      me,
      canCancel: !!me && canCancel(me.status, activity.startAt, now, activity.cancelCutoffHours),
      member: team.leaderId === caller.userId || (await isMember(ctx.store, team._id, caller.userId)),
      canManage: manage,
      checkInOpen: checkInOpen(activity.startAt, activity.endAt, now),
      started: now.getTime() >= Date.parse(activity.startAt),
      // The code printed as a QR on site; only the organiser sees it.
      checkInCode: manage ? await activityCode(ctx, activity) : null,
      roster: confirmed.map((s) => rosterLine(s)),
      waitlist: waitlistPositions(waiting).map((s) => rosterLine(s)),
    };
  },
});
