// What a reading means against the meter's earlier periods: its consumption (refusing a value
// below the previous one unless the meter was replaced) and whether that use suggests a leak.
// Shared by a first reading and a corrected one, so both judge alike.
import { checkReading, formatReading, suspectLeak, LEAK_HISTORY } from '../../../../src/domain/meters';
import type { Ctx } from '../../context';
import { invalid } from '../../errors';
import type { ReadingDoc } from '../model';
import { meterRefusals } from '../../../../src/copy/meters';

export interface Assessment {
  consumption: number | null;
  leak: { suspected: boolean; median: number | null };
}

export async function assessReading(ctx: Ctx, meterId: string, period: string, value: number, replaced: boolean): Promise<Assessment> {
  const history = await ctx.store.find<ReadingDoc>('readings', { where: { meterId, period: { $lt: period } }, orderBy: [['period', 'desc']], limit: LEAK_HISTORY + 1 });
  const previous = history[0] ?? null;
  const check = checkReading(previous?.value ?? null, value, replaced);
  if (!check.ok) throw invalid('value', meterRefusals.readingBelowLast(formatReading(value), formatReading(previous!.value)));
  const consumption = previous || replaced ? check.consumption : null;
  const past = history.map((r) => r.consumption).filter((c): c is number => c !== null).reverse();
  const leak = consumption !== null ? suspectLeak(past, consumption) : { suspected: false, median: null };
  return { consumption, leak };
}
