// The production weapp build the weapp tests read: dist/weapp, built here on a fresh clone so
// `npm test` alone still checks the real output. (A leftover watch build is ~3x larger: rebuild
// with `npm run build:weapp` if a size check fails.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const WEAPP_DIST = path.join(ROOT, 'dist/weapp');

export function ensureWeappBuild(): string {
  if (existsSync(path.join(WEAPP_DIST, 'app.json'))) return WEAPP_DIST;
  const build = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', GONGZHI_WEAPP_CHECK: '1' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  if (build.status !== 0) {
    throw new Error(`taro build --type weapp failed (${build.error?.message ?? `exit ${build.status}`}):\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
  }
  return WEAPP_DIST;
}
