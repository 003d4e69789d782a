import type { Ctx } from '../context';
import { invalid } from '../errors';
import type { UserDoc } from '../model';
import { isAssignable } from '../../../src/domain/permissions/tasks';
import { taskRefusals } from '../../../src/copy/tasks';

/** A task may only go to property staff (or the manager himself). */
export async function loadAssignee(ctx: Ctx, userId: string | null | undefined, field = 'assigneeId'): Promise<UserDoc | null> {
  if (!userId) return null;
  const user = await ctx.store.get<UserDoc>('users', userId);
  if (!user || !isAssignable(user)) throw invalid(field, taskRefusals.staffOnly);
  return user;
}

export function taskId(now: Date): string {
  return `task:${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
