// me.elder: turns 长辈模式 on or off for the caller, stored on their user document, so the setting
// follows the person to another phone or browser instead of staying on one device.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { allowed } from '../../../src/domain/permissions';
import { peopleRefusals, peopleSummaries } from '../../../src/copy/people';

export const setElder = defineAction({
  name: 'me.elder',
  summary: peopleSummaries['me.elder'],
  input: z.object({ elder: z.boolean({ error: peopleRefusals.elderNotBoolean }) }).strict(),
  roles: allowed('me.elder'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    // One field of one document: last writer wins, which is what a switch flipped twice means.
    await ctx.store.update('users', caller.userId, { elder: input.elder });
    return { elder: input.elder };
  },
});
