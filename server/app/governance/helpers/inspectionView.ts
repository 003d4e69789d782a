// How an inspection reads on screen: each checklist item with its score and answer, and the
// scorecard computed by the published formula (src/domain/scorecard.ts).
import { CHECKLIST, CHECKLIST_CODES, LOW_SCORE, quarterLabel, quarterRange } from '../../../../src/domain/governance';
import { scoreQuarter } from '../../../../src/domain/scorecard';
import type { Ctx } from '../../context';
import { invalid } from '../../errors';
import type { InspectionDoc } from '../model';
import { governanceRefusals } from '../../../../src/copy/governance';

export const inspectionId = (quarter: string) => `inspection:${quarter}`;

/** Only a quarter that has begun can be inspected or looked at. */
export function checkQuarterBegun(ctx: Ctx, quarter: string): void {
  if (quarterRange(quarter).from.getTime() > ctx.clock.now().getTime()) throw invalid('quarter', governanceRefusals.quarterNotStarted);
}

export async function inspectionView(ctx: Ctx, doc: InspectionDoc) {
  const urls = await ctx.files.urls(doc.items.flatMap((i) => i.photos));
  let k = 0;
  const items = CHECKLIST_CODES.map((code) => {
    const item = doc.items.find((i) => i.code === code) ?? { code, score: null, note: '', photos: [] };
    const photoUrls = item.photos.map(() => urls[k++]);
    return {
      code,
      label: CHECKLIST[code].label,
      what: CHECKLIST[code].what,
      score: item.score,
      note: item.note,
      photos: item.photos,
      photoUrls,
      low: item.score !== null && item.score < LOW_SCORE,
      answer: doc.answers[code] ?? null,
    };
  });
  const scored = items.every((i) => i.score !== null) ? items.map((i) => i.score as number) : null;
  const service = doc.service ?? null;
  return {
    quarter: doc.quarter,
    label: quarterLabel(doc.quarter),
    status: doc.status,
    inspectorName: doc.inspectorName,
    submittedAt: doc.submittedAt ?? null,
    version: doc.version,
    items,
    service,
    scorecard: doc.status === 'submitted' && service ? scoreQuarter(scored, service, doc.sla) : null,
  };
}
