// inspections.save: the quality director scores checklist items on site (each 0–10, with an
// optional note and photos), as many at a time as they like; the draft is kept between visits.
// Refuses a submitted inspection and a save over a newer draft (version).
import { saveInspectionInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { CHECKLIST_CODES } from '../../../src/domain/governance';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { checkPhotos } from '../issues/helpers/places';
import type { InspectionDoc, InspectionItem } from './model';
import { checkQuarterBegun, inspectionId } from './helpers/inspectionView';
import { StoreError } from '../../store/port';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const saveInspection = defineAction({
  name: 'inspections.save',
  summary: governanceSummaries['inspections.save'],
  input: saveInspectionInput,
  roles: allowed('inspections.save'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    checkQuarterBegun(ctx, input.quarter);
    const photoIds = input.items.map((i) => checkPhotos(ctx, i.photos));
    const now = ctx.clock.now().toISOString();
    const _id = inspectionId(input.quarter);
    if (!(await ctx.store.get('inspections', _id))) {
      const draft: InspectionDoc = { _id, quarter: input.quarter, status: 'draft', items: [], inspectorId: caller.userId, inspectorName: caller.name, startedAt: now, answers: {}, version: 0 };
      // Two phones starting the same quarter at once: the second simply finds the first's draft.
      await ctx.store.insert('inspections', draft).catch((e) => {
        if (!(e instanceof StoreError && e.code === 'duplicate')) throw e;
      });
    }
    const doc = (await ctx.store.get<InspectionDoc>('inspections', _id))!;
    if (doc.status === 'submitted') throw conflict(governanceRefusals.inspectionSubmittedNoEdit, { status: doc.status });
    if (doc.version !== input.version) throw conflict(governanceRefusals.inspectionChangedMeanwhile, { version: doc.version });
    const items: InspectionItem[] = CHECKLIST_CODES.map((code) => {
      const k = input.items.findIndex((i) => i.code === code);
      const before = doc.items.find((i) => i.code === code) ?? { code, score: null, note: '', photos: [] };
      return k < 0 ? before : { code, score: input.items[k].score, note: input.items[k].note ?? '', photos: photoIds[k] };
    });
    const updated = await ctx.store.updateIf<InspectionDoc>('inspections', _id, { status: 'draft', version: input.version }, { items, version: input.version + 1 });
    if (!updated) throw conflict(governanceRefusals.inspectionChangedMeanwhile);
    await ctx.store.insert('events', eventDoc(ctx, 'inspection.saved', _id, { items: input.items.map((i) => ({ code: i.code, score: i.score })) }));
    return { version: updated.version, scored: items.filter((i) => i.score !== null).length };
  },
});
