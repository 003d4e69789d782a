// The start both meter actions share: the typed value parsed, the meter loaded, and whatever is
// already stored for that meter and period (meters.read refuses a second value, meters.correct
// needs one to correct).
import type { Ctx } from '../../context';
import { parseReading } from '../../../../src/domain/meters';
import { invalid, notFound } from '../../errors';
import { readingId, type MeterDoc, type ReadingDoc } from '../model';
import { meterFields, meterRefusals } from '../../../../src/copy/meters';

export async function readingSlot(ctx: Ctx, input: { meterId: string; period: string; value: string }) {
  const value = parseReading(input.value);
  if (value === null) throw invalid('value', meterRefusals.valueMalformed);
  const meter = await ctx.store.get<MeterDoc>('meters', input.meterId);
  if (!meter) throw notFound(meterFields.meter);
  const rid = readingId(meter._id, input.period);
  const stored = await ctx.store.get<ReadingDoc>('readings', rid);
  return { value, meter, rid, stored };
}
