// The cloud function's logic without wx-server-sdk, so tests can drive it: identity only from
// the platform's context (OPENID, with SOURCE wx_client), never from the event. The same function
// receives the image check's verdicts by message push (see server/content/mediaCheck.ts).
import type { Deps } from '../app/context';
import { dispatch, type Envelope } from '../app/dispatch';
import { handleMediaCheckPush, isMediaCheckPush } from '../content/mediaCheck';

export interface WxContext {
  OPENID?: string;
  SOURCE?: string;
}

export interface CloudEvent {
  action?: unknown;
  data?: unknown;
  /** The client's current compound (services/compound.ts): a choice of view, never a grant (tenancy/scope.ts). */
  compound?: unknown;
}

/** Sources whose OPENID WeChat vouches for. The IDE's own calls only when the deployer says so. */
function trustedSource(source: string | undefined, allowDevtools: boolean): boolean {
  return source === 'wx_client' || (allowDevtools && source === 'wx_devtools');
}

/** A call from a phone or the IDE: it can write any event body, so it never counts as a push. */
const fromClient = (source: string | undefined) => source === 'wx_client' || source === 'wx_devtools';

export function makeCloudHandler(options: { deps: () => Deps; context: () => WxContext; allowDevtools?: boolean }) {
  return async function main(event: CloudEvent): Promise<Envelope & { status: number }> {
    const ctx = options.context();
    if (isMediaCheckPush(event) && !fromClient(ctx.SOURCE)) {
      const deps = options.deps();
      // The push only needs a reply without error ("success" or empty); the envelope is kept for one return type.
      return { status: 200, ok: true, data: await handleMediaCheckPush(deps.store, deps.clock.now(), event) };
    }
    if (typeof event?.action !== 'string') {
      return { status: 400, ok: false, error: { code: 'invalid', message: '缺少操作名 action', field: 'action' } };
    }
    const identity = ctx.OPENID && trustedSource(ctx.SOURCE, !!options.allowDevtools) ? { openid: ctx.OPENID } : null;
    const outcome = await dispatch(options.deps(), event.action, event.data ?? {}, identity, { compound: event.compound });
    return { status: outcome.status, ...outcome.body };
  };
}
