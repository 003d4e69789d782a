// The cloud function's logic without wx-server-sdk, so tests can drive it: identity only from
// the platform's context (OPENID, with SOURCE wx_client), never from the event.
import type { Deps } from '../app/context';
import { dispatch, type Envelope } from '../app/dispatch';

export interface WxContext {
  OPENID?: string;
  SOURCE?: string;
}

export interface CloudEvent {
  action?: unknown;
  data?: unknown;
}

/** Sources whose OPENID WeChat vouches for. The IDE's own calls only when the deployer says so. */
function trustedSource(source: string | undefined, allowDevtools: boolean): boolean {
  return source === 'wx_client' || (allowDevtools && source === 'wx_devtools');
}

export function makeCloudHandler(options: { deps: () => Deps; context: () => WxContext; allowDevtools?: boolean }) {
  return async function main(event: CloudEvent): Promise<Envelope & { status: number }> {
    const ctx = options.context();
    if (typeof event?.action !== 'string') {
      return { status: 400, ok: false, error: { code: 'invalid', message: '缺少操作名 action', field: 'action' } };
    }
    const identity = ctx.OPENID && trustedSource(ctx.SOURCE, !!options.allowDevtools) ? { openid: ctx.OPENID } : null;
    const outcome = await dispatch(options.deps(), event.action, event.data ?? {}, identity);
    return { status: outcome.status, ...outcome.body };
  };
}
