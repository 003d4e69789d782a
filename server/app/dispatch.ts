// One entry for every caller (cloud function, local host, tests): find the action, resolve the
// caller from the platform identity, check roles, validate input, run, and map every outcome to
// an envelope with a status. A caller's mistake is never a 5xx.
import type { z } from 'zod';
import { AppError, STATUS, type ErrorBody } from './errors';
import { findAction } from './actions';
import type { Caller, Deps, Identity } from './context';
import type { UserDoc } from './model';
import { userIdFor } from './model';
import { StoreError } from '../store/port';
import { isRole } from '../../src/domain/roles';

export type { Identity };

export type Envelope = { ok: true; data: unknown } | { ok: false; error: ErrorBody & { details?: Record<string, unknown> } };

export interface Outcome {
  status: number;
  body: Envelope;
}

const fail = (error: AppError): Outcome => ({ status: STATUS[error.code], body: { ok: false, error: error.toBody() } });

/** Finds the caller's user, creating it on a first visit (a new WeChat user holds no role). */
export async function resolveCaller(deps: Deps, identity: Identity): Promise<Caller> {
  const id = userIdFor(identity.openid);
  let user = await deps.store.get<UserDoc>('users', id);
  if (!user) {
    const fresh: UserDoc = { _id: id, openid: identity.openid, name: '微信用户', roles: [], phone: null, createdAt: deps.clock.now().toISOString() };
    try {
      await deps.store.insert('users', fresh);
      user = fresh;
    } catch (error) {
      // Two first calls raced: the other one created it.
      if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      user = (await deps.store.get<UserDoc>('users', id))!;
    }
  }
  return { userId: user._id, openid: identity.openid, name: user.name, roles: user.roles.filter(isRole) };
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys.length) return issue.keys[0];
  return issue.path.map(String).join('.');
}

function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = fieldOf(issue);
  const message = issue.code === 'unrecognized_keys' ? `不认识的字段:${issue.keys.join(', ')}` : issue.message;
  return new AppError('invalid', message, field || undefined);
}

export async function dispatch(deps: Deps, name: string, rawInput: unknown, identity: Identity | null): Promise<Outcome> {
  const action = findAction(name);
  if (!action) return fail(new AppError('not_found', `没有这个操作:${name}`));
  try {
    // An action open to every signed-in user may defer reading the caller to its own use-case.
    const deferred = !!action.defersCaller && !!identity && action.roles.length === 1 && action.roles[0] === 'user';
    const caller = identity && !deferred ? await resolveCaller(deps, identity) : null;
    if (!action.roles.includes('public')) {
      if (!identity) return fail(new AppError('unauthenticated', '请先登录'));
      if (caller && !action.roles.includes('user') && !caller.roles.some((role) => action.roles.includes(role))) {
        return fail(new AppError('forbidden', '你没有权限做这件事'));
      }
    }
    const parsed = action.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    let loading: Promise<Caller> | null = null;
    const loadCaller = () => (loading ??= resolveCaller(deps, identity!));
    const data = await action.run({ ...deps, caller, identity, call: { action: name, input: rawInput ?? {} }, ...(deferred ? { loadCaller } : {}) }, parsed.data);
    return { status: 200, body: { ok: true, data } };
  } catch (error) {
    if (error instanceof AppError) return fail(error);
    if (error instanceof StoreError && error.code === 'duplicate') return fail(new AppError('conflict', '这件事已经办过了'));
    // A function the (emulated) platform cut off logs nothing: in the cloud it is no longer running.
    if ((error as Error | null)?.name !== 'InvocationKilled') console.error(`[action ${name}]`, error);
    return fail(new AppError('internal', '服务器出了点问题,请稍后再试'));
  }
}
