// What care screens are sent. Lists carry a masked phone; only the detail shows the number,
// to those who visit.
import { maskPhone } from '../../../../src/domain/phone';
import { CARE_CATEGORIES, CONSENT_WAYS } from '../../../../src/domain/volunteers';
import type { Ctx } from '../../context';
import { userName, type CareDoc, type CareVisitDoc } from '../model';

export async function careSummary(ctx: Ctx, c: CareDoc) {
  return {
    id: c._id,
    category: c.category,
    categoryLabel: CARE_CATEGORIES[c.category],
    name: c.name,
    unitLabel: c.unitLabel,
    contactMasked: maskPhone(c.contact),
    volunteers: await Promise.all(c.volunteerIds.map(async (v) => ({ userId: v, name: await userName(ctx.store, v) }))),
  };
}

export function visitView(v: CareVisitDoc) {
  return { id: v._id, date: v.date, what: v.what, concerns: v.concerns, byName: v.byName, issueId: v.issueId ?? null };
}

export function consentView(c: CareDoc) {
  return { way: c.consent.way, wayLabel: CONSENT_WAYS[c.consent.way], note: c.consent.note, at: c.consent.at };
}
