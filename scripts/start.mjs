// npm start: build the H5 pages when they are missing, then run the local host.
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';

const dir = process.env.GONGZHI_STATIC ?? 'dist/h5';
if (!existsSync(`${dir}/index.html`)) {
  console.log('首次启动:正在构建 H5 页面(约 20 秒)…');
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const host = spawn('npx', ['tsx', 'server/local/main.ts'], { stdio: 'inherit', env: { GONGZHI_DEMO: '1', ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
