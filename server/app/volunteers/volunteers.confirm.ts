// volunteers.confirm: the organiser confirms who attended; each confirmed attendance credits
// the activity's length (in half hours) to the volunteer's record, once: the record's id is
// deterministic and the totals move in the same transaction. Refuses anyone not checked in.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { creditMinutes, hoursId, monthOf, signupId } from '../../../src/domain/volunteers';
import { conflict, forbidden, invalid } from '../errors';
import { eventDoc } from '../events';
import { leads, loadActivity, loadTeam, userName, type HoursDoc, type SignupDoc } from './model';
import { activityId } from './helpers/inputs';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const confirmAttendance = defineAction({
  name: 'volunteers.confirm',
  summary: volunteerSummaries['volunteers.confirm'],
  input: z
    .object({
      activityId,
      userIds: z.array(id(volunteerFields.member), { error: volunteerRefusals.membersMissing }).min(1, volunteerRefusals.membersMissing).max(200, volunteerRefusals.tooManyToConfirm),
    })
    .strict(),
  roles: allowed('volunteers.confirm'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const activity = await loadActivity(ctx.store, input.activityId);
    const team = await loadTeam(ctx.store, activity.teamId);
    if (!leads(ctx, team)) throw forbidden(volunteerRefusals.leaderConfirmsOnly);
    const now = ctx.clock.now();
    if (now.getTime() < Date.parse(activity.startAt)) throw conflict(volunteerRefusals.confirmAfterStart);
    const minutes = creditMinutes(activity.startAt, activity.endAt);
    const organiserName = await userName(ctx.store, team.leaderId);
    const signups = await Promise.all(input.userIds.map((u) => ctx.store.get<SignupDoc>('signups', signupId(activity._id, u))));
    const missing = input.userIds.filter((_, i) => !signups[i]?.checkedInAt || signups[i]?.status !== 'confirmed');
    if (missing.length) throw invalid('userIds', volunteerRefusals.notCheckedIn(missing.length));
    let credited = 0;
    for (const signup of signups as SignupDoc[]) {
      const record: HoursDoc = {
        _id: hoursId(activity._id, signup.userId),
        userId: signup.userId,
        teamId: team._id,
        teamName: team.name,
        activityId: activity._id,
        title: activity.title,
        startAt: activity.startAt,
        month: monthOf(activity.startAt),
        minutes,
        organiserId: team.leaderId,
        organiserName,
        confirmedBy: caller.userId,
        confirmedAt: now.toISOString(),
      };
      const added = await ctx.store.transaction(async (tx) => {
        if (await tx.get('serviceHours', record._id)) return false;
        await tx.insert('serviceHours', record);
        await tx.update('signups', signup._id, { confirmedAt: now.toISOString() });
        const totalId = `vt:${signup.userId}`;
        const total = await tx.get<{ _id: string; minutes: number; optIn: boolean; name: string }>('volunteerTotals', totalId);
        await tx.set('volunteerTotals', { _id: totalId, userId: signup.userId, name: signup.name, optIn: total?.optIn ?? false, minutes: (total?.minutes ?? 0) + minutes });
        const monthId = `tmon:${team._id}:${record.month}`;
        const month = await tx.get<{ _id: string; minutes: number; attendances: number }>('teamMonths', monthId);
        await tx.set('teamMonths', { _id: monthId, teamId: team._id, teamName: team.name, month: record.month, minutes: (month?.minutes ?? 0) + minutes, attendances: (month?.attendances ?? 0) + 1 });
        await tx.insert('events', eventDoc(ctx, 'volunteers.hoursCredited', activity._id, { userId: signup.userId, minutes }));
        return true;
      });
      if (added) credited++;
    }
    return { credited, minutes };
  },
});
