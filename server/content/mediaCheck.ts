// The cloud image check: security.mediaCheckAsync, version 2. It answers a trace id at once and
// pushes the verdict later to the cloud environment's message push (configured in the console:
// 云开发 → 设置 → 其他设置 → 消息推送, MsgType `event`, Event `wxa_media_check`, to the `api`
// function; see docs/deploy.md), handled by `handleMediaCheckPush` below.
//  - https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
//  - cloud function message push: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
//  - the cloud call answers `traceId` (the HTTPS call `trace_id`): community answer at
//    https://developers.weixin.qq.com/community/minihome/doc/00080e137e4718b46b527d0806d000
import type { MediaChecker } from '../app/context';
import type { Store } from '../store/port';
import { applyMediaVerdict } from '../files/review';

/** scene 2: comments and posts (1 资料, 2 评论, 3 论坛, 4 社交日志). */
const SCENE_POST = 2;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function mediaCheckAsync(cloud: any): MediaChecker {
  return {
    async submit(url, author) {
      const res = await cloud.openapi.security.mediaCheckAsync({ mediaUrl: url, mediaType: 2, version: 2, scene: SCENE_POST, openid: author.openid });
      const traceId = res?.traceId ?? res?.trace_id;
      if (typeof traceId !== 'string' || !traceId) throw new Error('mediaCheckAsync answered no trace id');
      return { traceId };
    },
  };
}

export interface MediaCheckPush {
  MsgType?: unknown;
  Event?: unknown;
  trace_id?: unknown;
  result?: { suggest?: unknown; label?: unknown };
}

export const isMediaCheckPush = (event: unknown): event is MediaCheckPush =>
  !!event && typeof event === 'object' && (event as MediaCheckPush).MsgType === 'event' && (event as MediaCheckPush).Event === 'wxa_media_check';

/** Records a pushed verdict; answers 'success' as the message push expects, whatever it held. */
export async function handleMediaCheckPush(store: Store, now: Date, event: MediaCheckPush): Promise<'success'> {
  const traceId = typeof event.trace_id === 'string' ? event.trace_id : '';
  const suggest = typeof event.result?.suggest === 'string' ? event.result.suggest : '';
  if (!traceId || !suggest) {
    console.error('[wxa_media_check] push without trace_id or result', JSON.stringify(event).slice(0, 300));
    return 'success';
  }
  const found = await applyMediaVerdict(store, now, { traceId, suggest, label: typeof event.result?.label === 'number' ? event.result.label : undefined });
  if (!found) console.error('[wxa_media_check] no photo for trace id', traceId);
  return 'success';
}
