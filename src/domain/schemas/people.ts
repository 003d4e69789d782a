// The inputs of the people forms (nickname, claiming a home, reviewing a claim, roles), parsed by
// the server's actions and checked by the same forms before anything is sent.
import { z } from 'zod';
import { id, optionalText, phoneLast4, text } from '../fields';
import { ROLES } from '../roles';
import { peopleFields, peopleRefusals } from '../../copy/people';

export const NICKNAME_MAX = 10;

export const setNicknameInput = z
  .object({
    nickname: z
      .string({ error: peopleRefusals.nicknameMissing })
      .trim()
      .min(1, peopleRefusals.nicknameMissing)
      .max(NICKNAME_MAX, peopleRefusals.nicknameTooLong(NICKNAME_MAX))
      .refine((v) => !/[\n\r\t]/.test(v), peopleRefusals.nicknameOneLine),
  })
  .strict();

export const CLAIM_NAME_MAX = 20;

export const submitClaimInput = z
  .object({
    // Nothing chosen is asked for as the form asks ("请选择房号"); a malformed id is named as before.
    unitId: z.string({ error: peopleRefusals.unitMissing }).min(1, peopleRefusals.unitMissing).pipe(id(peopleFields.unit)),
    name: text(peopleFields.name, { max: CLAIM_NAME_MAX }),
    phoneLast4,
  })
  .strict();

export const REJECT_REASON_MAX = 200;

/** Approve, or reject with the reason the applicant will read (required then, named under its field). */
export const reviewClaimInput = z
  .object({ claimId: id(peopleFields.claim), approve: z.boolean({ error: peopleRefusals.approveMissing }), reason: optionalText(peopleFields.rejectReason, REJECT_REASON_MAX) })
  .strict()
  .refine((r) => r.approve || Boolean(r.reason), { message: peopleRefusals.rejectReasonMissing, path: ['reason'] });

export const grantRoleInput = z.object({ userId: id(peopleFields.user), role: z.enum(ROLES, { error: peopleRefusals.roleUnknown }), grant: z.boolean({ error: peopleRefusals.grantMissing }) }).strict();
