// users.list: people by name, phones masked for everyone: the admin grants roles from it, and the
// committee finds the proxy named in a written authorisation (委托书).
import { z } from 'zod';
import { defineAction } from '../action';
import { optionalText, skip } from '../../../src/domain/fields';
import { maskPhone } from '../../../src/domain/phone';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';

export const listUsers = defineAction({
  name: 'users.list',
  summary: '用户列表(按姓名查找),电话号码打码',
  input: z.object({ q: optionalText('姓名', 20), skip }).strict(),
  roles: allowed('users.list'),
  async run(ctx, input) {
    // Exact-name lookup uses the index; an empty query pages through everyone by join date.
    const users = input.q
      ? await ctx.store.find<UserDoc>('users', { where: { name: input.q }, limit: 50 })
      : await ctx.store.find<UserDoc>('users', { orderBy: [['createdAt', 'asc']], limit: 50, skip: input.skip ?? 0 });
    return { users: users.map((u) => ({ id: u._id, name: u.name, roles: u.roles, phoneMasked: u.phone ? maskPhone(u.phone) : null })) };
  },
});
