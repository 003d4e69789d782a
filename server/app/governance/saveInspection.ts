// inspections.save: the quality director scores checklist items on site (each 0–10, with an
// optional note and photos), as many at a time as they like; the draft is kept between visits.
// Refuses a submitted inspection and a save over a newer draft (version).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { optionalText } from '../../../src/domain/fields';
import { CHECKLIST_CODES, ITEM_SCORE_MAX, type ChecklistCode } from '../../../src/domain/governance';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { photos } from '../issues/inputs';
import { checkPhotos } from '../issues/places';
import type { InspectionDoc, InspectionItem } from './model';
import { checkQuarterBegun, inspectionId, quarterField } from './inspectionView';
import { StoreError } from '../../store/port';
import { allowed } from '../../../src/domain/permissions';

const item = z
  .object({
    code: z.enum(CHECKLIST_CODES as [ChecklistCode, ...ChecklistCode[]], { error: '检查项目不对' }),
    score: z.number({ error: '分数应是 0 到 10 的整数' }).int('分数应是整数').min(0, '分数不能低于 0').max(ITEM_SCORE_MAX, `分数不能高于 ${ITEM_SCORE_MAX}`).nullable(),
    note: optionalText('检查记录', 200),
    photos,
  })
  .strict();

export const saveInspection = defineAction({
  name: 'inspections.save',
  summary: '质量总监现场打分:每项 0–10 分,可附记录和照片,可分几次保存',
  input: z.object({ quarter: quarterField, version: z.number({ error: '版本格式不对' }).int('版本格式不对').min(0, '版本格式不对'), items: z.array(item, { error: '检查项目格式不对' }).min(1, '请至少给一项打分').max(CHECKLIST_CODES.length, '检查项目太多') }).strict(),
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
    if (doc.status === 'submitted') throw conflict('这个季度的检查已经提交,不能再改', { status: doc.status });
    if (doc.version !== input.version) throw conflict('检查记录刚刚在别处保存过,请刷新后再改', { version: doc.version });
    const items: InspectionItem[] = CHECKLIST_CODES.map((code) => {
      const k = input.items.findIndex((i) => i.code === code);
      const before = doc.items.find((i) => i.code === code) ?? { code, score: null, note: '', photos: [] };
      return k < 0 ? before : { code, score: input.items[k].score, note: input.items[k].note ?? '', photos: photoIds[k] };
    });
    const updated = await ctx.store.updateIf<InspectionDoc>('inspections', _id, { status: 'draft', version: input.version }, { items, version: input.version + 1 });
    if (!updated) throw conflict('检查记录刚刚在别处保存过,请刷新后再改');
    await ctx.store.insert('events', eventDoc(ctx, 'inspection.saved', _id, { items: input.items.map((i) => ({ code: i.code, score: i.score })) }));
    return { version: updated.version, scored: items.filter((i) => i.score !== null).length };
  },
});
