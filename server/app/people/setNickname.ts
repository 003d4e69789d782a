// me.nickname: the name others see for the caller (role grants, teams, comments). Checked by
// WeChat's text check as a profile (scene 1) before it is kept; a refusal names the kind flagged.
// An empty nickname goes back to the roster name once a claim is approved.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { requireClean } from '../../content/requireClean';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';

export const NICKNAME_MAX = 10;

export const setNickname = defineAction({
  name: 'me.nickname',
  summary: '设置我的昵称(其他人看到的名字,经内容安全检查)',
  input: z
    .object({
      nickname: z
        .string({ error: '请填写昵称' })
        .trim()
        .min(1, '请填写昵称')
        .max(NICKNAME_MAX, `昵称最多 ${NICKNAME_MAX} 个字`)
        .refine((v) => !/[\n\r\t]/.test(v), '昵称不能换行'),
    })
    .strict(),
  roles: allowed('me.nickname'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    await requireClean(ctx, caller, [['nickname', input.nickname]], 1);
    await ctx.store.update('users', caller.userId, { name: input.nickname, nickname: input.nickname } satisfies Partial<UserDoc>);
    return { user: { id: caller.userId, name: input.nickname } };
  },
});
