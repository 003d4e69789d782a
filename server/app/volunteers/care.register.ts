// care.register: the care team leader or the community records a vulnerable resident (category,
// home, contact, needs) together with their separate consent to this processing of sensitive
// personal information (PIPL art. 29), and may pair volunteers at once. Refuses a record
// without consent, without a home (a flat, or an address for one not in the roster), and a
// contact that is not a mobile number.
import { registerCareInput } from '../../../src/domain/schemas/volunteers';
import { defineAction, callerOf } from '../action';
import { normalizePhone } from '../../../src/domain/phone';
import { invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import type { UnitDoc } from '../model';
import type { CareDoc } from './model';
import { requireCareManager } from './helpers/careAccess';
import { checkCareVolunteers, writeLinks } from './care.pair';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';
import { volunteerFields, volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const registerCare = defineAction({
  name: 'care.register',
  summary: volunteerSummaries['care.register'],
  input: registerCareInput,
  roles: allowed('care.register'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const leaderId = await requireCareManager(ctx);
    const contact = normalizePhone(input.contact);
    if (!contact) throw invalid('contact', volunteerRefusals.phoneMalformed);
    const unit = input.unitId ? await ctx.store.get<UnitDoc>('units', input.unitId) : null;
    if (input.unitId && !unit) throw notFound(volunteerFields.unit);
    // The flat makes a concern from a visit reportable at the person's home (转为不公开报事).
    const unitLabel = unit?.label ?? input.unitLabel;
    if (!unitLabel) throw invalid('unitId', volunteerRefusals.unitMissing);
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
