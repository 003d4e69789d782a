// me.settings: the caller's own display settings kept on the server (长辈模式); null when never
// set, so a device's earlier choice can be carried up instead of being overwritten.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { peopleSummaries } from '../../../src/copy/people';

export const getSettings = defineAction({
  name: 'me.settings',
  summary: peopleSummaries['me.settings'],
  input: z.object({}).strict(),
  roles: allowed('me.settings'),
  async run(ctx) {
    const user = await ctx.store.get<UserDoc>('users', callerOf(ctx).userId);
    return { elder: typeof user?.elder === 'boolean' ? user.elder : null };
  },
});
