// volunteers.cancel: gives up my place (until the cutoff, 2 h before the start unless the
// activity says otherwise) or leaves the waitlist; the first person waiting moves up and is told.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { canCancel, cancelClosesAt, signupId } from '../../../src/domain/volunteers';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import { loadActivity, type SignupDoc } from './model';
import { activityId } from './inputs';
import { cancelPlace, promote } from './seats';
import { opIdField, sameOp } from '../opId';
import { activityView } from './views';
import { allowed } from '../../../src/domain/permissions';

export const cancelSignup = defineAction({
  name: 'volunteers.cancel',
  summary: '取消报名或退出候补;开始前 2 小时(可设)截止;候补第一位自动递补',
  input: z.object({ activityId, opId: opIdField }).strict(),
  roles: allowed('volunteers.cancel'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const activity = await loadActivity(ctx.store, input.activityId);
    const signup = await ctx.store.get<SignupDoc>('signups', signupId(activity._id, caller.userId));
    // The same tap again (it timed out after cancelling): answer as the first did.
    if (signup?.status === 'cancelled' && sameOp(signup.cancelOpId, input.opId)) {
      await promote(ctx, activity);
      return { activity: await activityView(ctx, activity) };
    }
    if (!signup || signup.status === 'cancelled' || signup.status === 'claiming') throw notFound('你的报名');
    const now = ctx.clock.now();
    if (!canCancel(signup.status, activity.startAt, now, activity.cancelCutoffHours)) {
      const closes = cancelClosesAt(activity.startAt, activity.cancelCutoffHours);
      throw conflict(`开始前 ${activity.cancelCutoffHours} 小时起不能再取消,如有变化请直接告诉队长`, { closesAt: closes.toISOString() });
    }
    // The seat goes back with the cancel, in one transaction (seats.ts); then the line moves up.
    const done = await cancelPlace(ctx, signup, { cancelledAt: now.toISOString(), ...(input.opId ? { cancelOpId: input.opId } : {}) });
    if (!done) throw conflict('报名状态刚刚变了,请刷新再试');
    await ctx.store.insert('events', eventDoc(ctx, 'volunteers.cancelled', activity._id, { userId: caller.userId, was: signup.status }));
    if (signup.status === 'confirmed') await promote(ctx, activity);
    return { activity: await activityView(ctx, activity) };
  },
});
