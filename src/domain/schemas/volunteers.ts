// The inputs of the 志愿 forms (signing up, checking in, joining a team), parsed by the server's
// actions and checked by the same forms before anything is sent; the id pieces serve every
// volunteers action.
import { z } from 'zod';
import { id, optionalText } from '../fields';
import { NOTE_MAX } from '../volunteers';
import { volunteerFields, volunteerRefusals } from '../../copy/volunteers';

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
