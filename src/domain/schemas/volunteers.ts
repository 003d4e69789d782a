// The inputs of the 志愿 forms (signing up, checking in, joining a team), parsed by the server's
// actions and checked by the same forms before anything is sent; the id pieces serve every
// volunteers action.
import { z } from 'zod';
import { id, optionalText } from '../fields';
import { NOTE_MAX } from '../volunteers';

export const activityId = id('活动');
export const teamId = id('服务队');
export const careId = id('帮扶对象');
export const instant = (label: string) => z.iso.datetime({ error: `请选择${label}`, offset: true });

export const signUpInput = z.object({ activityId, note: optionalText('接龙备注', NOTE_MAX) }).strict();

export const checkInInput = z
  .object({
    activityId,
    userId: id('队员').optional(),
    code: z.string({ error: '签到码格式不对' }).regex(/^\d{6}$/, '签到码是 6 位数字').optional(),
  })
  .strict();

export const joinTeamInput = z.object({ teamId, note: optionalText('留言', 50) }).strict();
