// What the volunteers screens are sent: no phone numbers, no care data (that has its own views).
import { cancelClosesAt, hoursText, shiftTime, waitlistPositions } from '../../../../src/domain/volunteers';
import { describeRule } from '../../../../src/domain/recurrence';
import type { Ctx } from '../../context';
import type { ActivityDoc, SeriesDoc, SignupDoc } from '../model';

export interface ActivityView {
  id: string;
  teamId: string;
  teamName: string;
  title: string;
  place: string;
  startAt: string;
  endAt: string;
  /** "3月7日 周六 08:00–10:00", China time: shown as sent. */
  when: string;
  capacity: number;
  confirmed: number;
  placesLeft: number;
  waitlisted: number;
  bring: string;
  cancelClosesAt: string;
  repeats: string | null;
}

export async function activityView(ctx: Ctx, a: ActivityDoc): Promise<ActivityView> {
  const [confirmed, waitlisted] = await Promise.all([
    ctx.store.count('seats', { activityId: a._id }),
    ctx.store.count('signups', { activityId: a._id, status: 'waitlisted' }),
  ]);
  let repeats: string | null = null;
  if (a.seriesId) {
    const series = await ctx.store.get<SeriesDoc>('activitySeries', a.seriesId);
    if (series) repeats = describeRule(series.rule);
  }
  return {
    id: a._id,
    teamId: a.teamId,
    teamName: a.teamName,
    title: a.title,
    place: a.place,
    startAt: a.startAt,
    endAt: a.endAt,
    when: shiftTime(a.startAt, a.endAt),
    capacity: a.capacity,
    confirmed,
    placesLeft: Math.max(0, a.capacity - confirmed),
    waitlisted,
    bring: a.bring,
    cancelClosesAt: cancelClosesAt(a.startAt, a.cancelCutoffHours).toISOString(),
    repeats,
  };
}

export interface MySignupView {
  status: SignupDoc['status'];
  note: string;
  position: number | null;
  seat: number | null;
  checkedIn: boolean;
  confirmedAttendance: boolean;
}

/** My sign-up on an activity, with my place in the waitlist counted from the arrival keys ahead. */
export async function mySignupView(ctx: Ctx, s: SignupDoc | null): Promise<MySignupView | null> {
  if (!s || s.status === 'cancelled' || s.status === 'claiming') return null;
  let position: number | null = null;
  if (s.status === 'waitlisted') position = (await ctx.store.count('signups', { activityId: s.activityId, status: 'waitlisted', arrival: { $lt: s.arrival } })) + 1;
  return { status: s.status, note: s.note, position, seat: s.seat, checkedIn: !!s.checkedInAt, confirmedAttendance: !!s.confirmedAt };
}

export function rosterLine(s: SignupDoc & { position?: number }) {
  return { userId: s.userId, name: s.name, note: s.note, status: s.status, position: s.position ?? null, checkedIn: !!s.checkedInAt, confirmed: !!s.confirmedAt };
}

export { waitlistPositions, hoursText };
