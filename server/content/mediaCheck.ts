// The cloud image check: security.mediaCheckAsync, version 2. It answers a trace id at once and
// pushes the verdict later (within 30 minutes) to the cloud environment's message push, configured
// in the console: 云开发 → 设置 → 其他设置 → 消息推送, push mode 云函数, MsgType `event`, Event
// `wxa_media_check`, to the `api` function (docs/deploy.md). The function is then invoked with the
// pushed JSON itself as its `event` (no `action`), handled by `handleMediaCheckPush` below.
//  - the check and its push: https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
//  - cloud function message push ("云函数被触发时,其 event 参数即是接口所定义的 JSON 结构的对象";
//    its list of events names wxa_media_check 异步安全校验事件; one <MsgType, Event> pair goes to one
//    function of one environment): https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html
//  - the cloud call answers `traceId` (the HTTPS call `trace_id`): community answer at
//    https://developers.weixin.qq.com/community/minihome/doc/00080e137e4718b46b527d0806d000
//  - a real v2 push carries `result.label` as a string ("100"), not the number the reference shows:
//    https://developers.weixin.qq.com/community/minihome/doc/0002a2b26a09f883de245df686b000
//  - some environments still receive the version-1 shape (`isrisky` 0/1, no `result`):
//    https://developers.weixin.qq.com/community/personal/oCJUsw5mIyexTT9nKc_QxnXJYc4M/question and
//    https://developers.weixin.qq.com/miniprogram/en/security/content/security.mediaCheckAsync-v1.html
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
  /** Version 1's verdict: 1 risky, 0 nothing found. */
  isrisky?: unknown;
}

// The v1 reference writes the MsgType default as "Event"; pushes observed carry "event".
export const isMediaCheckPush = (event: unknown): event is MediaCheckPush =>
  !!event && typeof event === 'object' && String((event as MediaCheckPush).MsgType).toLowerCase() === 'event' && (event as MediaCheckPush).Event === 'wxa_media_check';

/** WeChat's label code, whether pushed as a number or as a numeric string. */
function labelOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** The verdict of a push in either version's shape, or null when it holds none. */
export function verdictOf(event: MediaCheckPush): { suggest: string; label?: number } | null {
  if (typeof event.result?.suggest === 'string' && event.result.suggest) return { suggest: event.result.suggest, label: labelOf(event.result.label) };
  if (event.isrisky === 1 || event.isrisky === '1') return { suggest: 'risky' };
  if (event.isrisky === 0 || event.isrisky === '0') return { suggest: 'pass' };
  return null;
}

/** Records a pushed verdict; answers 'success' as the message push expects, whatever it held. */
export async function handleMediaCheckPush(store: Store, now: Date, event: MediaCheckPush): Promise<'success'> {
  const traceId = typeof event.trace_id === 'string' ? event.trace_id : '';
  const verdict = verdictOf(event);
  if (!traceId || !verdict) {
    console.error('[wxa_media_check] push without trace_id or result', JSON.stringify(event).slice(0, 300));
    return 'success';
  }
  const found = await applyMediaVerdict(store, now, { traceId, ...verdict });
  // Kept as a verdict all the same: the upload that started this check may still be writing its photo.
  if (!found) console.error('[wxa_media_check] no photo yet for trace id', traceId);
  return 'success';
}
