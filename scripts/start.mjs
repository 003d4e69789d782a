// npm start: build the H5 pages when they are missing or older than their sources (scripts/fresh-h5.mjs;
// several starts at once build once), bundle the local host, and run it. A GONGZHI_STATIC folder is
// someone else's build: served as it is.
import { spawnSync, spawn } from 'node:child_process';
import { buildHost } from './build-host.mjs';
import { ensureFreshH5 } from './fresh-h5.mjs';

const dir = process.env.GONGZHI_STATIC ?? 'dist/h5';
if (!process.env.GONGZHI_STATIC) {
  ensureFreshH5({
    dir,
    // stdout stays quiet: the browser suite reads it for the "running at" line.
    log: (why) => console.error(why === 'missing' ? '首次启动:正在构建 H5 页面(约 20 秒)…' : '页面代码有改动:正在重新构建 H5 页面…'),
    build: () => spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: ['ignore', 2, 2], env: { ...process.env, NODE_ENV: 'production' } }).status ?? 1,
  });
}
// Always rebuilt: it takes a fraction of a second and never runs stale server code.
const entry = await buildHost();
const host = spawn(process.execPath, ['--enable-source-maps', entry], { stdio: 'inherit', env: { GONGZHI_DEMO: '1', ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
