// The inputs of the 志愿 forms (signing up, checking in, joining a team, posting an activity) and
// of the 结对帮扶 forms (registering, pairing, a visit, a concern, withdrawing), parsed by the
// server's actions and checked by the same forms before anything is sent; the id pieces serve
// every volunteers action.
import { z } from 'zod';
import { id, optionalText, text } from '../fields';
import { normalizePhone } from '../phone';
import { CARE_CATEGORIES, CARE_WITHDRAW_REASONS, CONSENT_WAYS, MAX_CAPACITY, NOTE_MAX, type CareCategory, type CareWithdrawReason, type ConsentWay } from '../volunteers';
import { category, place, placeCode } from './issues';
import { volunteerFields, volunteerRefusals, volunteerServerText } from '../../copy/volunteers';

export const activityId = id(volunteerFields.activity);
export const teamId = id(volunteerFields.team);
export const careId = id(volunteerFields.careRecipient);
export const instant = (label: string) => z.iso.datetime({ error: volunteerRefusals.chooseOne(label), offset: true });

export const signUpInput = z.object({ activityId, note: optionalText(volunteerFields.signupNote, NOTE_MAX) }).strict();

export const checkInInput = z
  .object({
    activityId,
    userId: id(volunteerFields.member).optional(),
    code: z.string({ error: volunteerRefusals.checkInCodeMalformed }).regex(/^\d{6}$/, volunteerRefusals.checkInCodeDigits).optional(),
  })
  .strict();

export const joinTeamInput = z.object({ teamId, note: optionalText(volunteerFields.message, 50) }).strict();

export const createActivityInput = z
  .object({
    teamId,
    title: text(volunteerFields.activityTitle, { max: 30 }),
    place: text(volunteerFields.place, { max: 30 }),
    startAt: instant(volunteerServerText.startTime),
    endAt: instant(volunteerServerText.endTime),
    capacity: z.number({ error: volunteerRefusals.capacityNotNumber }).int(volunteerRefusals.capacityNotInteger).min(1, volunteerRefusals.capacityBelowOne).max(MAX_CAPACITY, volunteerRefusals.capacityTooLarge(MAX_CAPACITY)),
    bring: optionalText(volunteerFields.bring, 50),
    cancelCutoffHours: z.number({ error: volunteerRefusals.cutoffNotNumber }).int(volunteerRefusals.cutoffNotWholeHours).min(0, volunteerRefusals.cutoffNegative).max(72, volunteerRefusals.cutoffTooEarly).optional(),
    weekly: z.boolean({ error: volunteerRefusals.weeklyNotBoolean }).optional(),
  })
  .strict();

const careVolunteers = z.array(id(volunteerFields.volunteer), { error: volunteerRefusals.volunteersMalformed }).max(5, volunteerRefusals.tooManyPaired);

export const registerCareInput = z
  .object({
    category: z.enum(Object.keys(CARE_CATEGORIES) as [CareCategory, ...CareCategory[]], { error: volunteerRefusals.careKindMissing }),
    name: text(volunteerFields.name, { max: 20 }),
    unitId: id(volunteerFields.unit).optional(),
    /** Free text only for a home not in the roster; a picked flat gives its own label. */
    unitLabel: optionalText(volunteerFields.address, 30),
    // Kept as typed: the server stores the normalised number (normalizePhone).
    contact: text(volunteerFields.contactPhone, { max: 20 }).refine((v) => normalizePhone(v) !== null, volunteerRefusals.phoneMalformed),
    needs: text(volunteerFields.needs, { max: 200 }),
    consentGiven: z.literal(true, { error: volunteerRefusals.consentMissing }),
    consentWay: z.enum(Object.keys(CONSENT_WAYS) as [ConsentWay, ...ConsentWay[]], { error: volunteerRefusals.consentWayMissing }),
    consentNote: optionalText(volunteerFields.consentNote, 100),
    volunteerIds: careVolunteers.optional(),
  })
  .strict()
  // A home: a flat from the roster, or an address for one not in it. Checked even when another
  // field is refused, so the form shows every missing field at once.
  .refine((v) => !!v.unitId || !!v.unitLabel, { path: ['unitId'], message: volunteerRefusals.unitMissing, when: (p) => typeof p.value === 'object' && p.value !== null });

export const pairCareInput = z.object({ careId, volunteerIds: careVolunteers }).strict();

export const logVisitInput = z
  .object({
    careId,
    date: z.string({ error: volunteerRefusals.visitDateMissing }).regex(/^\d{4}-\d{2}-\d{2}$/, volunteerRefusals.visitDateMalformed),
    what: text(volunteerFields.visitSummary, { max: 200 }),
    concerns: optionalText(volunteerFields.visitProblem, 200),
  })
  .strict();

export const raiseConcernInput = z
  .object({
    careId,
    visitId: id(volunteerFields.visit),
    category,
    description: text(volunteerFields.description, { max: 300 }),
    place: place.optional(),
    /** Older clients name a common place this way. */
    common: placeCode(volunteerRefusals.placeMissing).optional(),
  })
  .strict();

export const withdrawCareInput = z
  .object({
    careId,
    reason: z.enum(Object.keys(CARE_WITHDRAW_REASONS) as [CareWithdrawReason, ...CareWithdrawReason[]], { error: volunteerRefusals.withdrawReasonMissing }),
  })
  .strict();
