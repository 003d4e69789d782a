import type { z } from 'zod';
import type { Audience } from '../../src/domain/roles';
import type { Caller, Ctx } from './context';

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
