// A compound's mini-program code through WeChat's cloud call wxacode.getUnlimited: the code opens
// `page` (no query allowed) and hands it `scene` (at most 32 characters). The function must list
// `wxacode.getUnlimited` under `permissions.openapi` in its config.json (cloudfunctions/api).
// https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode
// The cloud call answers `{ contentType, buffer }`; WeChat only draws codes for pages of a
// published version unless check_path is false (trial and develop versions), and limits calls to
// 5,000 a minute. A failure answers null: the screen then offers the share card alone.
import type { MiniCodes } from '../app/context';
import type { MiniprogramState } from '../notify/cloudTransport';

const ENV_VERSION: Record<MiniprogramState, string> = { formal: 'release', trial: 'trial', developer: 'develop' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cloudMiniCodes(cloud: any, state: MiniprogramState): MiniCodes {
  return {
    async unlimited({ page, scene }) {
      try {
        const res = await cloud.openapi.wxacode.getUnlimited({ page, scene, checkPath: state === 'formal', envVersion: ENV_VERSION[state], width: 280 });
        const buffer = res?.buffer as Uint8Array | undefined;
        if (!buffer || !buffer.length) return null;
        return { contentType: typeof res.contentType === 'string' ? res.contentType : 'image/jpeg', bytes: buffer };
      } catch (error) {
        console.error('[wxacode.getUnlimited]', (error as { errCode?: number }).errCode, (error as Error).message);
        return null;
      }
    },
  };
}
