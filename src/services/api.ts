// The one client of the back end. In WeChat it calls the `api` cloud function; in the H5 build it
// POSTs to the local host's /api/<action>. Both answer with the same envelope, so callers only
// ever see the action's output or an ApiError.
import Taro from '@tarojs/taro';
import { currentCompound } from './compound';
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
export const TIMEOUT_MESSAGE = '服务器没有及时回应，可能已经办好了，请稍后刷新看看';
export const QUOTA_MESSAGE = '使用的人太多，服务暂时忙不过来，请过几分钟再试';
export const FUNCTION_MESSAGE = '服务出了故障，我们会尽快修好，请稍后再试';
export const TOO_LARGE_MESSAGE = '内容太多，一次发不出去，请删减后再试（照片请用“添加照片”）';
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

let cloudInited = false;
/** WeChat only: initialises wx.cloud once (the env is fixed at build time). */
export function cloudReady(): void {
  if (cloudInited) return;
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true });
  cloudInited = true;
}

/**
 * What a failed callFunction means, from WeChat's errCode (and errMsg, where the code is the
 * generic -1): https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference/errcode.html
 *  - timeout: -501002 云端响应超时, -404005/-404010/-404012 polling ran out, -604102 调用超时,
 *    or "timed out" in the message (the function cut off at its timeout): it may have run, so a
 *    resend must be safe, and the queue keeps it;
 *  - function error: -404011 / -504002 函数执行失败, -504001 调用失败: our fault, retried a few times;
 *  - quota: -501003/-501004 requests or concurrency over the environment's quota, -501015/-501016
 *    reads or writes used up: waits, retried later;
 *  - too large: the body is over 100 KB (EXCEED_MAX_PAYLOAD_SIZE): never succeeds as it is;
 *  - anything else: the network.
 */
export function cloudFailure(err: unknown): ApiError {
  const code = Number((err as { errCode?: unknown })?.errCode ?? NaN);
  const msg = String((err as { errMsg?: unknown; message?: unknown })?.errMsg ?? (err as { message?: unknown })?.message ?? '');
  if ([-501002, -404005, -404010, -404012, -604102].includes(code) || /time(d)? ?out/i.test(msg)) return new ApiError({ code: 'timeout', message: TIMEOUT_MESSAGE, status: 504 });
  if ([-501003, -501004, -501015, -501016].includes(code)) return new ApiError({ code: 'quota', message: QUOTA_MESSAGE, status: 429 });
  if (/EXCEED_MAX_PAYLOAD_SIZE|payload|too large/i.test(msg)) return new ApiError({ code: 'too_large', message: TOO_LARGE_MESSAGE, status: 413 });
  if ([-404011, -504002, -504001].includes(code)) return new ApiError({ code: 'function_error', message: FUNCTION_MESSAGE, status: 500 });
  return new ApiError({ code: 'network', message: NETWORK_MESSAGE, status: 0 });
}

async function viaCloud(action: string, data: unknown, inCompound?: string): Promise<unknown> {
  cloudReady();
  let res: { result?: unknown };
  try {
    const compound = inCompound ?? currentCompound();
    res = (await Taro.cloud.callFunction({ name: 'api', data: { action, data, ...(compound ? { compound } : {}) } })) as { result?: unknown };
  } catch (err) {
    throw cloudFailure(err);
  }
  return unwrap(res.result);
}

function compoundHeader(inCompound?: string): Record<string, string> {
  const compound = inCompound ?? currentCompound();
  return compound ? { 'x-gongzhi-compound': compound } : {};
}

async function viaHttp(action: string, data: unknown, inCompound?: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`/api/${action}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...compoundHeader(inCompound) },
      body: JSON.stringify(data ?? {}),
    });
  } catch {
    throw new ApiError({ code: 'network', message: NETWORK_MESSAGE, status: 0 });
  }
  const body: unknown = await res.json().catch(() => null);
  // A proxy or gateway in front of the host answers these without our envelope.
  if (body === null && (res.status === 504 || res.status === 408)) throw new ApiError({ code: 'timeout', message: TIMEOUT_MESSAGE, status: 504 });
  if (body === null && res.status === 429) throw new ApiError({ code: 'quota', message: QUOTA_MESSAGE, status: 429 });
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

/**
 * Runs one action in another compound than the current one, without switching to it: the
 * property company's board moves a task in that task's own compound. The server still reads the
 * caller's roles from that compound's own records.
 */
export async function callIn<N extends ActionName>(compound: string, action: N, ...args: Args<N>): Promise<Output<N>> {
  return (await transport(action, args[0] ?? {}, compound)) as Output<N>;
}
