// The one gate to care records. A record the caller may not see is answered exactly like one
// that does not exist (404 "帮扶对象不存在"), so nothing reveals that it exists; every read that
// returns care data leaves an event.
import { canManageCare, canSeeCare } from '../../../../src/domain/volunteers';
import { callerOf } from '../../action';
import type { Ctx } from '../../context';
import { forbidden, notFound } from '../../errors';
import { eventDoc } from '../../events';
import { careLeaderId, type CareDoc } from '../model';
import { volunteerFields, volunteerRefusals } from '../../../../src/copy/volunteers';

export async function loadVisibleCare(ctx: Ctx, careId: string): Promise<{ care: CareDoc; leaderId: string | null; manage: boolean }> {
  const caller = callerOf(ctx);
  const [care, leaderId] = await Promise.all([ctx.store.get<CareDoc>('carePairs', careId), careLeaderId(ctx.store)]);
  if (!care || !canSeeCare(caller, care, leaderId)) throw notFound(volunteerFields.careRecipient);
  return { care, leaderId, manage: canManageCare(caller, leaderId) };
}

export async function requireCareManager(ctx: Ctx): Promise<string | null> {
  const leaderId = await careLeaderId(ctx.store);
  if (!canManageCare(callerOf(ctx), leaderId)) throw forbidden(volunteerRefusals.careRegisterNotAllowed);
  return leaderId;
}

export async function logCareRead(ctx: Ctx, careIds: string[], via: string): Promise<void> {
  for (const id of careIds) await ctx.store.insert('events', eventDoc(ctx, 'care.read', id, { via }));
}
