// volunteers.cancel: gives up my place (until the cutoff, 2 h before the start unless the
// activity says otherwise) or leaves the waitlist; the first person waiting moves up and is told.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { canCancel, cancelClosesAt, signupId } from '../../../src/domain/volunteers';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import { loadActivity, type SignupDoc } from './model';
import { activityId } from './helpers/inputs';
import { cancelPlace, promote } from './helpers/seats';
import { opIdField, sameOp } from '../opId';
import { activityView } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const cancelSignup = defineAction({
  name: 'volunteers.cancel',
  summary: volunteerSummaries['volunteers.cancel'],
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
    if (!signup || signup.status === 'cancelled' || signup.status === 'claiming') throw notFound(volunteerFields.yourSignup);
    const now = ctx.clock.now();
    if (!canCancel(signup.status, activity.startAt, now, activity.cancelCutoffHours)) {
      const closes = cancelClosesAt(activity.startAt, activity.cancelCutoffHours);
      throw conflict(volunteerRefusals.cancelTooLate(activity.cancelCutoffHours), { closesAt: closes.toISOString() });
    }
    // The seat goes back with the cancel, in one transaction (seats.ts); then the line moves up.
    const done = await cancelPlace(ctx, signup, { cancelledAt: now.toISOString(), ...(input.opId ? { cancelOpId: input.opId } : {}) });
    if (!done) throw conflict(volunteerRefusals.signupChangedMeanwhile);
    await ctx.store.insert('events', eventDoc(ctx, 'volunteers.cancelled', activity._id, { userId: caller.userId, was: signup.status }));
    if (signup.status === 'confirmed') await promote(ctx, activity);
    return { activity: await activityView(ctx, activity) };
  },
});
