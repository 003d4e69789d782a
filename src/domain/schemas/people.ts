// The inputs of the people forms (nickname, claiming a home, roles), parsed by the server's
// actions and checked by the same forms before anything is sent.
import { z } from 'zod';
import { id, phoneLast4, text } from '../fields';
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

export const submitClaimInput = z.object({ unitId: id(peopleFields.unit), name: text(peopleFields.name, { max: 20 }), phoneLast4 }).strict();

export const grantRoleInput = z.object({ userId: id(peopleFields.user), role: z.enum(ROLES, { error: peopleRefusals.roleUnknown }), grant: z.boolean({ error: peopleRefusals.grantMissing }) }).strict();
