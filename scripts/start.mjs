// npm start: build the H5 pages when they are missing, bundle the local host, and run it.
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { buildHost } from './build-host.mjs';

const dir = process.env.GONGZHI_STATIC ?? 'dist/h5';
if (!existsSync(`${dir}/index.html`)) {
  console.log('首次启动:正在构建 H5 页面(约 20 秒)…');
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Always rebuilt: it takes a fraction of a second and never runs stale server code.
const entry = await buildHost();
const host = spawn(process.execPath, ['--enable-source-maps', entry], { stdio: 'inherit', env: { GONGZHI_DEMO: '1', ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
