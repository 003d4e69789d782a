// volunteers.activity.create: a team leader (or the community / committee) posts a shift: title,
// place, start and end, places, what to bring, when cancelling closes; "每周重复" makes it a
// weekly series whose next two weeks appear at once. Refuses an end before the start, a start in
// the past and more places than a roster can hold.
import { defineAction, callerOf } from '../action';
import { createActivityInput } from '../../../src/domain/schemas/volunteers';
import { chinaDate, inChina } from '../../../src/domain/chinaTime';
import { DEFAULT_CANCEL_CUTOFF_HOURS } from '../../../src/domain/volunteers';
import { forbidden, invalid } from '../errors';
import { eventDoc } from '../events';
import { leads, loadTeam, type ActivityDoc, type SeriesDoc } from './model';
import { expandSeries } from './helpers/series';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';
import { volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';


export const createActivity = defineAction({
  name: 'volunteers.activity.create',
  summary: volunteerSummaries['volunteers.activity.create'],
  input: createActivityInput,
  roles: allowed('volunteers.activity.create'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const team = await loadTeam(ctx.store, input.teamId);
    if (!leads(ctx, team)) throw forbidden(volunteerRefusals.leaderPublishesOnly);
    const now = ctx.clock.now();
    const start = new Date(input.startAt);
    const end = new Date(input.endAt);
    if (start.getTime() < now.getTime()) throw invalid('startAt', volunteerRefusals.startInPast);
    if (end.getTime() <= start.getTime()) throw invalid('endAt', volunteerRefusals.endBeforeStart);
    if (end.getTime() - start.getTime() > 12 * 3_600_000) throw invalid('endAt', volunteerRefusals.tooLong);
    const base = {
      teamId: team._id,
      title: input.title,
      place: input.place,
      capacity: input.capacity,
      bring: input.bring ?? '',
      cancelCutoffHours: input.cancelCutoffHours ?? DEFAULT_CANCEL_CUTOFF_HOURS,
      createdBy: caller.userId,
    };
    if (input.weekly) {
      const local = inChina(start);
      const weekday = ((local.day() + 6) % 7) + 1;
      const time = local.format('HH:mm');
      const series: SeriesDoc = {
        _id: newId('series', now, { randomLength: 4 }),
        ...base,
        rule: { freq: 'weekly', weekday, time },
        durationMinutes: Math.round((end.getTime() - start.getTime()) / 60_000),
        active: true,
        // Just before the first start, so the first occurrence is the one asked for.
        generatedUntil: new Date(start.getTime() - 60_000).toISOString(),
      };
      await ctx.store.transaction(async (tx) => {
        await tx.insert('activitySeries', series);
        await tx.insert('events', eventDoc(ctx, 'activity.seriesCreated', team._id, { seriesId: series._id, title: series.title, rule: series.rule, from: chinaDate(start) }));
      });
      await expandSeries(ctx, series, new Date(Math.max(now.getTime(), start.getTime())));
      return { activity: { id: `act:${series._id}:${start.toISOString()}` }, seriesId: series._id };
    }
    const activity: ActivityDoc = {
      _id: newId('act', now, { randomLength: 4 }),
      ...base,
      teamName: team.name,
      startAt: start.toISOString(),
      endAt: end.toISOString(),
      seriesId: null,
      createdAt: now.toISOString(),
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('activities', activity);
      await tx.insert('events', eventDoc(ctx, 'activity.created', team._id, { activityId: activity._id, title: activity.title }));
    });
    return { activity: { id: activity._id }, seriesId: null };
  },
});
