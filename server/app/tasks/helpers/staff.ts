import type { Ctx } from '../../context';
import { invalid } from '../../errors';
import type { UserDoc } from '../../model';
import { isAssignable } from '../../../../src/domain/permissions/tasks';
import { newId } from '../../../../src/domain/ids';
import { taskRefusals } from '../../../../src/copy/tasks';

/** A task may only go to property staff (or the manager himself). */
export async function loadAssignee(ctx: Ctx, userId: string | null | undefined, field = 'assigneeId'): Promise<UserDoc | null> {
  if (!userId) return null;
  const user = await ctx.store.get<UserDoc>('users', userId);
  if (!user || !isAssignable(user)) throw invalid(field, taskRefusals.staffOnly);
  return user;
}

export function taskId(now: Date): string {
  return newId('task', now);
}
