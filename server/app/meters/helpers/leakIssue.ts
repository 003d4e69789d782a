// The private leak issue a suspicious reading drafts for the manager; shared by a first reading
// and a corrected one, so both describe a leak the same way.
import { formatReading } from '../../../../src/domain/meters';
import { priorityKey } from '../../../../src/domain/issues';
import type { Ctx } from '../../context';
import type { UnitDoc } from '../../model';
import { newIssueId, type IssueDoc } from '../../issues/model';
import type { MeterDoc } from '../model';
import { meterServerText } from '../../../../src/copy/meters';

export async function leakIssue(ctx: Ctx, meter: MeterDoc, period: string, consumption: number, median: number, createdBy: string): Promise<IssueDoc> {
  const at = ctx.clock.now();
  const unit = await ctx.store.get<UnitDoc>('units', meter.unitId);
  return {
    _id: newIssueId(at),
    category: 'pipe_leak',
    place: { kind: 'unit', unitId: meter.unitId, label: meter.label },
    placeKey: `unit:${meter.unitId}`,
    buildingId: unit?.buildingId ?? null,
    description: meterServerText.leakDescription(meter.label, period, formatReading(consumption), formatReading(median)),
    photos: [],
    visibility: 'private',
    status: 'reported',
    reporterId: null,
    reporterName: meterServerText.meterSystem,
    createdBy,
    source: 'meter',
    seconds: 0,
    comments: 0,
    priorityKey: priorityKey(0, at.getTime()),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    reopenCount: 0,
  };
}
