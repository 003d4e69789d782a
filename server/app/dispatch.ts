// One entry for every caller (cloud function, local host, tests): find the action, resolve the
// caller from the platform identity, check roles, validate input, run, and map every outcome to
// an envelope with a status. A caller's mistake is never a 5xx.
import type { z } from 'zod';
import { AppError, STATUS, type ErrorBody } from './errors';
import { findAction } from './actions';
import type { Caller, Ctx, Deps, Identity } from './context';
import type { UserDoc } from './model';
import { userIdFor } from './model';
import { StoreError } from '../store/port';
import { isRole } from '../../src/domain/roles';
import { compoundDeps, compoundOfCall } from './tenancy/helpers/scope';
import { isScopedStore } from '../store/scoped';
import { enrolmentId, type EnrolmentDoc } from './tenancy/model';
import { commonRefusals, commonServerText } from '../../src/copy/common';
import { orgRolesOnArrival } from './tenancy/helpers/syncOrgRoles';

export type { Identity };

export type Envelope = { ok: true; data: unknown } | { ok: false; error: ErrorBody & { details?: Record<string, unknown> } };

export interface Outcome {
  status: number;
  body: Envelope;
}

const fail = (error: AppError): Outcome => ({ status: STATUS[error.code], body: { ok: false, error: error.toBody() } });

/**
 * Finds the caller's user in the call's compound, creating it on a first visit there (a newcomer
 * holds no role in it, whatever they hold elsewhere, but for the roles of an organisation serving
 * it: tenancy/syncOrgRoles.ts) and adding the compound to their list.
 */
export async function resolveCaller(deps: Deps, identity: Identity): Promise<Caller> {
  const id = userIdFor(identity.openid);
  let user = await deps.store.get<UserDoc>('users', id);
  if (!user) {
    const at = deps.clock.now().toISOString();
    // A newcomer holds no role here, unless their company, community or street serves this compound.
    const roles = isScopedStore(deps.store) ? await orgRolesOnArrival(deps.store.root, id, deps.store.compoundId) : [];
    const fresh: UserDoc = { _id: id, openid: identity.openid, name: commonServerText.wechatUser, roles, phone: null, createdAt: at };
    try {
      await deps.store.insert('users', fresh);
      if (isScopedStore(deps.store)) await enrol(deps, id, deps.store.compoundId, at);
      user = fresh;
    } catch (error) {
      // Two first calls raced: the other one created it.
      if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      user = (await deps.store.get<UserDoc>('users', id))!;
    }
  }
  return { userId: user._id, openid: identity.openid, name: user.name, roles: user.roles.filter(isRole) };
}

/** Records that this person has been in this compound (their 我的小区 list); a repeat changes nothing. */
export async function enrol(deps: Deps, userId: string, compoundId: string, at: string): Promise<void> {
  const root = isScopedStore(deps.store) ? deps.store.root : deps.store;
  const doc: EnrolmentDoc = { _id: enrolmentId(userId, compoundId), userId, compoundId, at };
  try {
    await root.insert('enrolments', doc);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
  }
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys.length) return issue.keys[0];
  return issue.path.map(String).join('.');
}

function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = fieldOf(issue);
  const message = issue.code === 'unrecognized_keys' ? commonRefusals.unknownFields(issue.keys.join(', ')) : issue.message;
  return new AppError('invalid', message, field || undefined);
}

/** What comes with a call besides its input and the platform's identity: the client's current compound. */
export interface CallScope {
  compound?: unknown;
}

export async function dispatch(outer: Deps, name: string, rawInput: unknown, identity: Identity | null, scope: CallScope = {}): Promise<Outcome> {
  const action = findAction(name);
  if (!action) return fail(new AppError('not_found', commonRefusals.noSuchAction(name)));
  try {
    // Every action but the deployment's own runs inside one compound and sees nothing else.
    const compoundId = await compoundOfCall(outer, scope.compound);
    if (!compoundId && action.scope !== 'deployment') return fail(new AppError('not_found', commonRefusals.chooseCompound, 'compound'));
    const deps = compoundId ? compoundDeps(outer, compoundId) : outer;
    // An action open to every signed-in user may defer reading the caller to its own use-case.
    const deferred = !!action.defersCaller && !!identity && action.roles.length === 1 && action.roles[0] === 'user';
    const caller = identity && !deferred ? await resolveCaller(deps, identity) : null;
    if (!action.roles.includes('public')) {
      if (!identity) return fail(new AppError('unauthenticated', commonRefusals.signInFirst));
      if (caller && !action.roles.includes('user') && !caller.roles.some((role) => action.roles.includes(role))) {
        return fail(new AppError('forbidden', commonRefusals.forbidden));
      }
    }
    const parsed = action.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    // Set one by one rather than spread in from little objects made for the purpose: this runs on
    // every call (bench foundation.api.read). An absent compound or loader stays absent, not undefined.
    // The notifier is the call's own: it reads the compound's settings once for all the call's messages.
    const ctx: Ctx = { ...deps, notifier: deps.notifier.forCall?.() ?? deps.notifier, caller, identity, call: { action: name, input: rawInput ?? {} } };
    if (compoundId) ctx.compoundId = compoundId;
    if (deferred) {
      let loading: Promise<Caller> | null = null;
      ctx.loadCaller = () => (loading ??= resolveCaller(deps, identity!));
    }
    const data = await action.run(ctx, parsed.data);
    return { status: 200, body: { ok: true, data } };
  } catch (error) {
    if (error instanceof AppError) return fail(error);
    if (error instanceof StoreError && error.code === 'duplicate') return fail(new AppError('conflict', commonRefusals.alreadyDone));
    // A function the (emulated) platform cut off logs nothing: in the cloud it is no longer running.
    if ((error as Error | null)?.name !== 'InvocationKilled') console.error(`[action ${name}]`, error);
    return fail(new AppError('internal', commonRefusals.serverTrouble));
  }
}
