// `npm start`'s settings from the environment, checked before anything opens: a value we do not
// understand stops the host with a message saying what to write, rather than guessing.
// PORT (8080), HOST (127.0.0.1), GONGZHI_DB (.data/gongzhi.db), GONGZHI_DEMO (1 or 0; 1 seeds the
// demo compound once and enables the dev sign-in, on loopback only unless GONGZHI_DEMO_FORCE=1),
// GONGZHI_HOSTS (extra names the host answers to, comma-separated), GONGZHI_STATIC (dist/h5).
import path from 'node:path';

export type Env = Record<string, string | undefined>;

export interface Settings {
  port: number;
  host: string;
  demo: boolean;
  dbFile: string;
  staticDir: string;
  /** Names besides loopback that the Host header may carry (DNS rebinding: any other is refused). */
  allowedHosts: string[];
}

export class SettingsError extends Error {}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;
const ANY = new Set(['0.0.0.0', '::', '[::]', '']);

export function isLoopback(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

export function readSettings(env: Env): Settings {
  const demoValue = env.GONGZHI_DEMO ?? '1';
  if (demoValue !== '1' && demoValue !== '0') throw new SettingsError(`GONGZHI_DEMO 只能是 1 或 0(现在是 "${demoValue}"):1 开启演示模式,0 关闭`);
  const demo = demoValue === '1';
  const host = env.HOST ?? '127.0.0.1';
  if (demo && !isLoopback(host) && env.GONGZHI_DEMO_FORCE !== '1') {
    throw new SettingsError(`演示模式任何人都能以管理员身份登录,不能在 HOST=${host} 上开启:用 GONGZHI_DEMO=0,或确需对外演示时加 GONGZHI_DEMO_FORCE=1`);
  }
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SettingsError(`PORT 应是 0 到 65535 的整数(现在是 "${env.PORT}")`);
  const named = (env.GONGZHI_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const allowedHosts = [...new Set([...(ANY.has(host) || isLoopback(host) ? [] : [host.toLowerCase()]), ...named])];
  return {
    port,
    host,
    demo,
    dbFile: env.GONGZHI_DB ?? path.join('.data', 'gongzhi.db'),
    staticDir: path.resolve(env.GONGZHI_STATIC ?? path.join('dist', 'h5')),
    allowedHosts,
  };
}
