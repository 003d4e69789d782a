// Expands weekly series into activities ahead of time. Deterministic ids
// (`act:<seriesId>:<start>`) make a repeated or overlapping run a no-op.
import { SERIES_LOOKAHEAD_DAYS, seriesStarts } from '../../../../src/domain/volunteers';
import { StoreError } from '../../../store/port';
import type { Ctx } from '../../context';
import type { ActivityDoc, SeriesDoc, TeamDoc } from '../model';

export async function expandSeries(ctx: Ctx, series: SeriesDoc, now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + SERIES_LOOKAHEAD_DAYS * 86_400_000);
  const from = new Date(series.generatedUntil);
  if (horizon <= from) return 0;
  const team = await ctx.store.get<TeamDoc>('teams', series.teamId);
  let created = 0;
  for (const start of seriesStarts(series.rule, from, horizon)) {
    const activity: ActivityDoc = {
      _id: `act:${series._id}:${start.toISOString()}`,
      teamId: series.teamId,
      teamName: team?.name ?? '',
      title: series.title,
      place: series.place,
      startAt: start.toISOString(),
      endAt: new Date(start.getTime() + series.durationMinutes * 60_000).toISOString(),
      capacity: series.capacity,
      bring: series.bring,
      cancelCutoffHours: series.cancelCutoffHours,
      seriesId: series._id,
      createdBy: series.createdBy,
      createdAt: now.toISOString(),
    };
    try {
      await ctx.store.insert('activities', activity);
      created++;
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
    }
  }
  await ctx.store.updateIf('activitySeries', series._id, { generatedUntil: series.generatedUntil }, { generatedUntil: horizon.toISOString() });
  return created;
}
