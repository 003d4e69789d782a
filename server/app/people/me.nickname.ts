// me.nickname: the name others see for the caller (role grants, teams, comments). Checked by
// WeChat's text check as a profile (scene 1) before it is kept; a refusal names the kind flagged.
// An empty nickname goes back to the roster name once a claim is approved.
import { setNicknameInput } from '../../../src/domain/schemas/people';
import { defineAction, callerOf } from '../action';
import { requireClean } from '../../content/requireClean';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { peopleSummaries } from '../../../src/copy/people';

export const setNickname = defineAction({
  name: 'me.nickname',
  summary: peopleSummaries['me.nickname'],
  input: setNicknameInput,
  roles: allowed('me.nickname'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    await requireClean(ctx, caller, [['nickname', input.nickname]], 1);
    await ctx.store.update('users', caller.userId, { name: input.nickname, nickname: input.nickname } satisfies Partial<UserDoc>);
    return { user: { id: caller.userId, name: input.nickname } };
  },
});
