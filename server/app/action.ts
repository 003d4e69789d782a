import type { z } from 'zod';
import type { Audience } from '../../src/domain/roles';
import type { Caller, Ctx } from './context';
import { userIdFor } from './model';

/**
 * One back-end operation: the unit of the API. The cloud entry, the local host, the typed
 * front-end client and the permission tests all read the same table of these.
 */
export interface Action<I extends z.ZodType = z.ZodType, O = unknown> {
  name: string;
  /** One line: what it does and what it refuses. Shown by GET /api. */
  summary: string;
  input: I;
  roles: readonly Audience[];
  /**
   * Open to every signed-in `user`, and the use-case reads the caller's user itself only when it
   * needs it (`callerNow`): a store operation saved on a hot path (casting a ballot).
   */
  defersCaller?: boolean;
  /**
   * `deployment`: may run outside any compound (finding and joining one, the overviews); the
   * caller's roles are still those of the current compound when there is one. Every other action
   * runs inside the call's compound and sees nothing else (server/store/scoped.ts).
   */
  scope?: 'deployment';
  run(ctx: Ctx, input: z.output<I>): Promise<O>;
}

export function defineAction<I extends z.ZodType, O>(action: Action<I, O>): Action<I, O> {
  return action;
}

/** The signed-in caller; actions not open to `public` may rely on it being present. */
export function callerOf(ctx: Ctx): Caller {
  if (!ctx.caller) throw new Error('action declared for signed-in users ran without a caller');
  return ctx.caller;
}

/** The caller of an action that defers reading it (`defersCaller`), read now; or the one already read. */
export async function callerNow(ctx: Ctx): Promise<Caller> {
  if (ctx.caller) return ctx.caller;
  if (!ctx.loadCaller) throw new Error('action ran without a caller or a way to load one');
  return ctx.loadCaller();
}

/** The signed-in caller's user id, known from the identity alone (no read). */
export function callerIdOf(ctx: Ctx): string {
  if (ctx.caller) return ctx.caller.userId;
  if (!ctx.identity) throw new Error('action declared for signed-in users ran without an identity');
  return userIdFor(ctx.identity.openid);
}
