// The inputs of the people forms (nickname, claiming a home, roles), parsed by the server's
// actions and checked by the same forms before anything is sent.
import { z } from 'zod';
import { id, phoneLast4, text } from '../fields';
import { ROLES } from '../roles';

export const NICKNAME_MAX = 10;

export const setNicknameInput = z
  .object({
    nickname: z
      .string({ error: '请填写昵称' })
      .trim()
      .min(1, '请填写昵称')
      .max(NICKNAME_MAX, `昵称最多 ${NICKNAME_MAX} 个字`)
      .refine((v) => !/[\n\r\t]/.test(v), '昵称不能换行'),
  })
  .strict();

export const submitClaimInput = z.object({ unitId: id('房屋'), name: text('姓名', { max: 20 }), phoneLast4 }).strict();

export const grantRoleInput = z.object({ userId: id('用户'), role: z.enum(ROLES, { error: '角色不存在' }), grant: z.boolean({ error: '请选择授予或收回' }) }).strict();
