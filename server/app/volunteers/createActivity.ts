// volunteers.activity.create: a team leader (or the community / committee) posts a shift: title,
// place, start and end, places, what to bring, when cancelling closes; "每周重复" makes it a
// weekly series whose next two weeks appear at once. Refuses an end before the start, a start in
// the past and more places than a roster can hold.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { optionalText, text } from '../../../src/domain/fields';
import { chinaDate, inChina } from '../../../src/domain/chinaTime';
import { DEFAULT_CANCEL_CUTOFF_HOURS, MAX_CAPACITY } from '../../../src/domain/volunteers';
import { forbidden, invalid } from '../errors';
import { eventDoc } from '../events';
import { leads, loadTeam, type ActivityDoc, type SeriesDoc } from './model';
import { instant, teamId } from './inputs';
import { expandSeries } from './series';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';


export const createActivity = defineAction({
  name: 'volunteers.activity.create',
  summary: '队长发布活动:标题、地点、起止时间、名额、需带物品、取消截止;可每周重复',
  input: z
    .object({
      teamId,
      title: text('活动名称', { max: 30 }),
      place: text('地点', { max: 30 }),
      startAt: instant('开始时间'),
      endAt: instant('结束时间'),
      capacity: z.number({ error: '名额应是数字' }).int('名额应是整数').min(1, '名额至少 1 个').max(MAX_CAPACITY, `名额最多 ${MAX_CAPACITY} 个`),
      bring: optionalText('需带物品', 50),
      cancelCutoffHours: z.number({ error: '取消截止应是数字' }).int('取消截止应是整小时').min(0, '取消截止不能为负').max(72, '取消截止最多提前 72 小时').optional(),
      weekly: z.boolean({ error: '每周重复应是是或否' }).optional(),
    })
    .strict(),
  roles: allowed('volunteers.activity.create'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const team = await loadTeam(ctx.store, input.teamId);
    if (!leads(ctx, team)) throw forbidden('只有队长可以发布活动');
    const now = ctx.clock.now();
    const start = new Date(input.startAt);
    const end = new Date(input.endAt);
    if (start.getTime() < now.getTime()) throw invalid('startAt', '开始时间不能早于现在');
    if (end.getTime() <= start.getTime()) throw invalid('endAt', '结束时间要晚于开始时间');
    if (end.getTime() - start.getTime() > 12 * 3_600_000) throw invalid('endAt', '一次活动不能超过 12 小时');
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
