// What a reading means against the meter's earlier periods: its consumption (refusing a value
// below the previous one unless the meter was replaced) and whether that use suggests a leak.
// Shared by a first reading and a corrected one, so both judge alike.
import { checkReading, formatReading, suspectLeak, LEAK_HISTORY } from '../../../src/domain/meters';
import type { Ctx } from '../context';
import { invalid } from '../errors';
import type { ReadingDoc } from './model';

export interface Assessment {
  consumption: number | null;
  leak: { suspected: boolean; median: number | null };
}

export async function assessReading(ctx: Ctx, meterId: string, period: string, value: number, replaced: boolean): Promise<Assessment> {
  const history = await ctx.store.find<ReadingDoc>('readings', { where: { meterId, period: { $lt: period } }, orderBy: [['period', 'desc']], limit: LEAK_HISTORY + 1 });
  const previous = history[0] ?? null;
  const check = checkReading(previous?.value ?? null, value, replaced);
  if (!check.ok) throw invalid('value', `读数 ${formatReading(value)} 比上次 ${formatReading(previous!.value)} 还小;如果换了新表,请勾选"已换表"`);
  const consumption = previous || replaced ? check.consumption : null;
  const past = history.map((r) => r.consumption).filter((c): c is number => c !== null).reverse();
  const leak = consumption !== null ? suspectLeak(past, consumption) : { suspected: false, median: null };
  return { consumption, leak };
}
