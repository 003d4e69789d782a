// staff.list: the property staff a manager can assign tasks to.
import { z } from 'zod';
import { defineAction } from '../action';
import type { UserDoc } from '../model';
import type { Ctx } from '../context';
import { allowed } from '../../../src/domain/permissions';
import { taskSummaries } from '../../../src/copy/tasks';

export async function staffUsers(ctx: Ctx): Promise<UserDoc[]> {
  // A compound's staff is a handful of people: one page covers them.
  return ctx.store.find<UserDoc>('users', { where: { roles: { $has: 'staff' } }, orderBy: [['name', 'asc']], limit: 100 });
}

export const listStaff = defineAction({
  name: 'staff.list',
  summary: taskSummaries['staff.list'],
  input: z.object({}).strict(),
  roles: allowed('staff.list'),
  async run(ctx) {
    const staff = await staffUsers(ctx);
    return { staff: staff.map((u) => ({ id: u._id, name: u.name })) };
  },
});
