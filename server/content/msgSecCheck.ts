// The cloud content check: WeChat's security.msgSecCheck (version 2). Its verdict `suggest` is
// pass / review / risky; only `risky` refuses, and the refusal names the kind from `label`
// (server/content/labels.ts). If WeChat cannot be reached the text passes and the failure is
// logged: a resident's report must not be lost to a checker outage.
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
import type { ContentChecker } from '../app/context';
import { refusalFor } from './labels';

/** scene: 1 资料 (names, nicknames), 2 评论 (everything else residents write). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function msgSecChecker(cloud: any): ContentChecker {
  return {
    async check(text, author, scene = 2) {
      try {
        const res = await cloud.openapi.security.msgSecCheck({ openid: author.openid, scene, version: 2, content: text });
        if (res?.result?.suggest === 'risky') {
          const label = typeof res.result.label === 'number' ? res.result.label : Number(res.result.label) || undefined;
          return { ok: false, reason: refusalFor(label), label };
        }
        return { ok: true };
      } catch (error) {
        console.error('[msgSecCheck]', (error as { errCode?: number }).errCode, (error as Error).message);
        return { ok: true };
      }
    },
  };
}
