// volunteers.signup: one tap, like a 接龙 line with an optional note ("+1 带扫帚"). A confirmed
// place if a seat is free and nobody is waiting, else the waitlist in arrival order (see
// seats.ts). Tapping again changes nothing, and finishes a tap that was cut off part-way. Refuses non-members and activities already started.
import { signUpInput } from '../../../src/domain/schemas/volunteers';
import { defineAction, callerOf } from '../action';
import { signupId } from '../../../src/domain/volunteers';
import { StoreError } from '../../store/port';
import { conflict, forbidden } from '../errors';
import { eventDoc } from '../events';
import { isMember, loadActivity, loadTeam, type SignupDoc } from './model';
import { joinWaitlist, lineIsFull, nextArrival, placeSignup } from './helpers/seats';
import { mySignupView } from './helpers/views';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

const PLACED = ['confirmed', 'waitlisted'];

export const signUp = defineAction({
  name: 'volunteers.signup',
  summary: volunteerSummaries['volunteers.signup'],
  input: signUpInput,
  roles: allowed('volunteers.signup'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const _id = signupId(input.activityId, caller.userId);
    // Reads that do not depend on each other go side by side: in the cloud each is a round trip.
    const [activity, existing] = await Promise.all([loadActivity(ctx.store, input.activityId), ctx.store.get<SignupDoc>('signups', _id)]);
    const now = ctx.clock.now();
    if (now.getTime() >= Date.parse(activity.startAt)) throw conflict(volunteerRefusals.alreadyStarted);
    // A member may sign up: the team itself is read only for someone who is not one (its leader may
    // sign up too; anyone else is told which team to join), not on every tap of a crowd.
    if (!(await isMember(ctx.store, activity.teamId, caller.userId))) {
      const team = await loadTeam(ctx.store, activity.teamId);
      if (team.leaderId !== caller.userId) throw forbidden(volunteerRefusals.joinTeamFirst(team.name));
    }
    const note = input.note ?? '';
    await requireClean(ctx, caller, [['note', note]]);
    let placed: SignupDoc | null = existing && PLACED.includes(existing.status) ? existing : null;
    // The same tap again after a cut-off call: finish placing it (seats.ts), same arrival, same place.
    if (!placed && existing?.status === 'claiming') placed = await placeSignup(ctx, activity, existing);
    if (!placed) {
      // Someone already waiting, or every seat held: the newcomer is written straight into the
      // waitlist (one write, no seat to look for); otherwise it claims a seat (seats.ts).
      const full = await lineIsFull(ctx, activity);
      const doc: SignupDoc = { _id, activityId: activity._id, userId: caller.userId, name: caller.name, note, status: full ? 'waitlisted' : 'claiming', arrival: nextArrival(now), seat: null, startAt: activity.startAt, at: now.toISOString(), checkedInAt: null, checkedInBy: null, confirmedAt: null, reminded: false };
      let mine = true;
      if (existing) {
        // Signing up again after cancelling: a new arrival, at the end of the line.
        const { _id: _same, ...fresh } = doc;
        mine = !!(await ctx.store.updateIf('signups', _id, { status: 'cancelled', arrival: existing.arrival }, fresh));
      } else {
        try {
          await ctx.store.insert('signups', doc);
        } catch (error) {
          if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
          mine = false; // a second tap at the same moment: the first one places it
        }
      }
      placed = !mine ? await ctx.store.get<SignupDoc>('signups', _id) : full ? await joinWaitlist(ctx, activity, doc) : await placeSignup(ctx, activity, doc);
      if (mine) await ctx.store.insert('events', eventDoc(ctx, 'volunteers.signedUp', activity._id, { userId: caller.userId, status: placed?.status }));
    }
    // The caller's own place only: the activity's counts are read by the detail screen, which the
    // page reloads after the tap; counting them here cost every one of a crowd of taps two counts.
    return { me: await mySignupView(ctx, placed), arrival: placed?.arrival ?? null };
  },
});
