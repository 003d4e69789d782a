// meters.route: the meters of a reading route in walking order, each with its last reading, so
// the reader sees what to expect before typing.
import { z } from 'zod';
import { defineAction } from '../action';
import { text } from '../../../src/domain/fields';
import { formatReading } from '../../../src/domain/meters';
import type { MeterDoc, ReadingDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { meterFields, meterSummaries } from '../../../src/copy/meters';

export const routeMeters = defineAction({
  name: 'meters.route',
  summary: meterSummaries['meters.route'],
  input: z.object({ route: text(meterFields.route, { max: 40 }) }).strict(),
  roles: allowed('meters.route'),
  async run(ctx, input) {
    const meters = await ctx.store.find<MeterDoc>('meters', { where: { route: input.route }, orderBy: [['order', 'asc']], limit: 100 });
    const last = await Promise.all(meters.map((m) => ctx.store.find<ReadingDoc>('readings', { where: { meterId: m._id }, orderBy: [['period', 'desc']], limit: 1 })));
    return {
      meters: meters.map((m, i) => {
        const r = last[i][0];
        return { id: m._id, label: m.label, last: r ? { period: r.period, value: formatReading(r.value), consumption: r.consumption === null ? null : formatReading(r.consumption) } : null };
      }),
    };
  },
});
