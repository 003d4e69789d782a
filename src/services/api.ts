// The one client of the back end. In WeChat it calls the `api` cloud function; in the H5 build it
// POSTs to the local host's /api/<action>. Both answer with the same envelope, so callers only
// ever see the action's output or an ApiError.
import Taro from '@tarojs/taro';
import type { z } from 'zod';
import { STATUS as STATUS_BY_CODE } from '../domain/errorCodes';

const STATUS: Record<string, number> = STATUS_BY_CODE;
import type { ActionTable } from '../../server/app/actions';

export type ActionName = keyof ActionTable & string;
export type Input<N extends ActionName> = z.input<ActionTable[N]['input']>;
export type Output<N extends ActionName> = Awaited<ReturnType<ActionTable[N]['run']>>;

export type Me = Output<'me'>;
export type HomeItem = Output<'home'>['items'][number];
export type ClaimStatus = Me['claims'][number]['status'];

type Envelope<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; field?: string; details?: Record<string, unknown> } };


export class ApiError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(init: { code: string; message: string; field?: string; status?: number; details?: Record<string, unknown> }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.field = init.field;
    this.status = init.status ?? STATUS[init.code] ?? 500;
    this.details = init.details;
  }
}

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后再试';
const BAD_ANSWER_MESSAGE = '服务暂时出了问题，请稍后再试';

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

function unwrap<T>(body: unknown, httpStatus?: number): T {
  const env = body as Envelope<T> | null;
  if (env && env.ok === true) return env.data;
  if (env && env.ok === false && env.error) {
    const { code, message, field, details } = env.error;
    return fail(new ApiError({ code, message, field, details, status: httpStatus && httpStatus >= 400 ? httpStatus : undefined }));
  }
  return fail(new ApiError({ code: 'internal', message: BAD_ANSWER_MESSAGE, status: httpStatus ?? 500 }));
}

function fail(error: ApiError): never {
  throw error;
}

let cloudReady = false;
function ensureCloud(): void {
  if (cloudReady) return;
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true });
  cloudReady = true;
}

async function viaCloud(action: string, data: unknown): Promise<unknown> {
  ensureCloud();
  let res: { result?: unknown };
  try {
    res = (await Taro.cloud.callFunction({ name: 'api', data: { action, data } })) as { result?: unknown };
  } catch {
    throw new ApiError({ code: 'network', message: NETWORK_MESSAGE, status: 0 });
  }
  return unwrap(res.result);
}

async function viaHttp(action: string, data: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`/api/${action}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data ?? {}),
    });
  } catch {
    throw new ApiError({ code: 'network', message: NETWORK_MESSAGE, status: 0 });
  }
  const body: unknown = await res.json().catch(() => null);
  if (body === null && res.status === 401) {
    throw new ApiError({ code: 'unauthenticated', message: '请先登录', status: 401 });
  }
  return unwrap(body, res.status);
}

type Args<N extends ActionName> = Record<string, never> extends Input<N> ? [input?: Input<N>] : [input: Input<N>];

// Chosen at build time: each bundle carries only its own transport.
const transport = process.env.TARO_ENV === 'weapp' ? viaCloud : viaHttp;

/** Runs one action and returns its output; throws ApiError on any refusal or failure. */
export async function call<N extends ActionName>(action: N, ...args: Args<N>): Promise<Output<N>> {
  return (await transport(action, args[0] ?? {})) as Output<N>;
}
