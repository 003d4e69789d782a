// care.register: the care team leader or the community records a vulnerable resident (category,
// home, contact, needs) together with their separate consent to this processing of sensitive
// personal information (PIPL art. 29), and may pair volunteers at once. Refuses a record
// without consent, without a home (a flat, or an address for one not in the roster), and a
// contact that is not a mobile number.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText, text } from '../../../src/domain/fields';
import { normalizePhone } from '../../../src/domain/phone';
import { CARE_CATEGORIES, CONSENT_WAYS, type CareCategory, type ConsentWay } from '../../../src/domain/volunteers';
import { invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import type { UnitDoc } from '../model';
import type { CareDoc } from './model';
import { requireCareManager } from './careAccess';
import { checkCareVolunteers, writeLinks } from './pairCare';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';

export const registerCare = defineAction({
  name: 'care.register',
  summary: '登记结对帮扶对象(队长或社区):类别、住址、联系方式、需求,须有本人单独同意',
  input: z
    .object({
      category: z.enum(Object.keys(CARE_CATEGORIES) as [CareCategory, ...CareCategory[]], { error: '请选择帮扶类别' }),
      name: text('姓名', { max: 20 }),
      unitId: id('房屋').optional(),
      /** Free text only for a home not in the roster; a picked flat gives its own label. */
      unitLabel: optionalText('住址', 30),
      contact: text('联系电话', { max: 20 }),
      needs: text('需求', { max: 200 }),
      consentGiven: z.literal(true, { error: '请先取得本人或监护人的单独同意' }),
      consentWay: z.enum(Object.keys(CONSENT_WAYS) as [ConsentWay, ...ConsentWay[]], { error: '请选择同意的方式' }),
      consentNote: optionalText('同意说明', 100),
      volunteerIds: z.array(id('志愿者'), { error: '志愿者格式不对' }).max(5, '最多结对 5 位志愿者').optional(),
    })
    .strict(),
  roles: allowed('care.register'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const leaderId = await requireCareManager(ctx);
    const contact = normalizePhone(input.contact);
    if (!contact) throw invalid('contact', '联系电话应是 11 位手机号');
    const unit = input.unitId ? await ctx.store.get<UnitDoc>('units', input.unitId) : null;
    if (input.unitId && !unit) throw notFound('房屋');
    // The flat makes a concern from a visit reportable at the person's home (转为不公开报事).
    const unitLabel = unit?.label ?? input.unitLabel;
    if (!unitLabel) throw invalid('unitId', '请选择住的房屋');
    const volunteerIds = [...new Set(input.volunteerIds ?? [])];
    await checkCareVolunteers(ctx, volunteerIds, leaderId);
    const now = ctx.clock.now().toISOString();
    const care: CareDoc = {
      _id: newId('care', ctx.clock),
      category: input.category,
      name: input.name,
      unitLabel,
      unitId: input.unitId ?? null,
      contact,
      needs: input.needs,
      consent: { way: input.consentWay, note: input.consentNote ?? '', recordedBy: caller.userId, at: now },
      volunteerIds,
      createdBy: caller.userId,
      createdAt: now,
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('carePairs', care);
      await writeLinks(tx, care._id, [], volunteerIds, now);
      await tx.insert('events', eventDoc(ctx, 'care.registered', care._id, { consentWay: input.consentWay, volunteers: volunteerIds.length }));
    });
    return { care: { id: care._id } };
  },
});
