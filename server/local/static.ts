// Serves the H5 build. Hashed assets are cached for a year; index.html never, so a rebuild
// shows at once. Paths are resolved inside the root only.
import { createReadStream, promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export async function serveStatic(root: string, requestPath: string, method: string, res: ServerResponse): Promise<void> {
  const url = new URL(requestPath, 'http://local');
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    rel = '/';
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(path.resolve(root) + path.sep)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new Error('not a file');
    const ext = path.extname(file);
    const isIndex = path.basename(file) === 'index.html';
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    if (method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  } catch {
    const missingBuild = rel === '/index.html';
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(missingBuild ? '还没有 H5 构建:运行 npm run build:h5 (npm start 会自动构建)' : 'not found');
  }
}
