// Input pieces shared by the volunteers actions, with messages a resident understands.
import { z } from 'zod';
import { id } from '../../../src/domain/fields';
import { volunteerFields, volunteerRefusals } from '../../../src/copy/volunteers';

export const activityId = id(volunteerFields.activity);
export const teamId = id(volunteerFields.team);
export const careId = id(volunteerFields.careRecipient);
export const instant = (label: string) => z.iso.datetime({ error: volunteerRefusals.chooseOne(label), offset: true });
