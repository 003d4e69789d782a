// The local host: the same action table as the cloud function, over HTTP, plus the H5 build
// and (demo mode only) the dev sign-in. Identity comes only from the signed session cookie.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { actionList } from '../app/actions';
import type { Deps } from '../app/context';
import { runAction } from './runtime';
import { AppError, STATUS } from '../app/errors';
import { personaOpenid, personas } from '../demo/personas';
import { COOKIE, SESSION_HOURS, readCookie, signSession, verifySession } from './session';
import { isLoopback } from './settings';
import { serveStatic } from './static';
import { CALL_PAYLOAD_MAX } from '../../src/domain/photos';
import { PAYLOAD_MESSAGE } from '../app/payload';
import { PHOTO_BYTES_MAX, sniffImage } from '../../src/domain/issues';
import { ROSTER_BYTES_MAX, rosterFileType } from '../app/people/helpers/rosterFile';

export interface HostOptions {
  deps: Deps;
  demo: boolean;
  secret: string;
  staticDir: string;
  /** Largest accepted action body: WeChat's callFunction limit (100 KB), so what passes here passes there. */
  maxBodyBytes?: number;
  /** Where the disk Files adapter keeps photos, served at /files/. */
  filesDir?: string;
  /** Host names served besides loopback (HOST, GONGZHI_HOSTS); any other Host header is refused. */
  allowedHosts?: readonly string[];
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return readBytes(req, limit).then((b) => b.toString('utf8'));
}

function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// The length is given, so node sends the answer as one write of headers and body; without it,
// writeHead chooses chunked encoding and end() writes the length line, the body, and the closing
// chunk as a writev of four parts (bench foundation.api.read).
function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, error: AppError) {
  send(res, STATUS[error.code], { ok: false, error: error.toBody() });
}

/** The name part of a Host header or URL host (`[::1]:8080` → `[::1]`), lower-cased. */
function hostnameOf(host: string): string {
  return host.toLowerCase().replace(/:\d*$/, '');
}

/**
 * DNS rebinding: a page on evil.example whose name is made to point at 127.0.0.1 reaches this host
 * same-origin, with `Host: evil.example`. Only loopback and the configured names are served.
 */
function hostAllowed(host: string | undefined, allowed: readonly string[]): boolean {
  if (!host) return false;
  const name = hostnameOf(host);
  return isLoopback(name) || allowed.includes(name);
}

/**
 * A cross-site page cannot send JSON without a preflight we never answer, nor fake the Origin;
 * an Origin, when sent, must be an allowed name and the very host asked.
 */
function crossSite(req: IncomingMessage, allowed: readonly string[]): AppError | null {
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) return new AppError('invalid', '请求须为 application/json,且来自本站页面', 'content-type');
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return new AppError('invalid', '请求来源(Origin)格式不对', 'origin');
  }
  if (origin === 'null' || url.host !== req.headers.host?.toLowerCase() || !hostAllowed(url.host, allowed)) return new AppError('invalid', '请求须来自本站页面', 'origin');
  return null;
}

// An action call's path as the clients send it: `/api/` and a plain action name. Such a path is
// its own pathname (no dot segment, nothing to escape or normalise), so the URL parser, a
// measurable share of a read, is left for every other path.
const PLAIN_ACTION_PATH = /^\/api\/[A-Za-z][A-Za-z0-9_.-]*$/;

/** The request's pathname, as `new URL` would give it. */
export function routeOf(url: string): string {
  return PLAIN_ACTION_PATH.test(url) ? url : new URL(url, 'http://local').pathname;
}

export function describeApi() {
  return {
    actions: actionList.map((a) => ({ name: a.name, summary: a.summary, roles: [...a.roles], input: z.toJSONSchema(a.input, { io: 'input', unrepresentable: 'any' }) })),
  };
}

export function createHost(options: HostOptions): http.Server {
  const limit = options.maxBodyBytes ?? CALL_PAYLOAD_MAX;
  const apiDescription = describeApi();
  const allowedHosts = (options.allowedHosts ?? []).map((h) => h.toLowerCase());

  async function parseJson(req: IncomingMessage, res: ServerResponse): Promise<{ value: unknown } | null> {
    const refused = crossSite(req, allowedHosts);
    if (refused) {
      sendError(res, refused);
      return null;
    }
    let raw: string;
    try {
      raw = await readBody(req, limit);
    } catch (error) {
      // WeChat refuses a callFunction body over 100 KB (EXCEED_MAX_PAYLOAD_SIZE); so does this host.
      if (error instanceof BodyTooLarge) sendError(res, new AppError('too_large', limit === CALL_PAYLOAD_MAX ? PAYLOAD_MESSAGE : `请求内容超过 ${Math.round(limit / 1024)} KB`));
      else sendError(res, new AppError('invalid', '请求没有读完整'));
      return null;
    }
    if (raw.trim() === '') return { value: {} };
    try {
      return { value: JSON.parse(raw) };
    } catch {
      sendError(res, new AppError('invalid', '请求内容不是有效的 JSON', 'body'));
      return null;
    }
  }

  /**
   * The browser's stand-in for wx.cloud.uploadFile: the photo's bytes in the body, stored in the
   * caller's folder; answers the file id, which the page then sends to `photos.upload`. A custom
   * header keeps other sites out (a cross-site page cannot send it without a preflight).
   */
  async function upload(req: IncomingMessage, res: ServerResponse) {
    const kind = req.headers['x-gongzhi-upload'];
    if (req.method !== 'POST' || (kind !== '1' && kind !== 'roster')) return sendError(res, new AppError('invalid', '请用本站页面上传照片', 'x-gongzhi-upload'));
    const openid = options.demo ? verifySession(options.secret, readCookie(req.headers.cookie, COOKIE)) : null;
    if (!openid) return sendError(res, new AppError('unauthenticated', '请先登录'));
    if (kind === 'roster') return uploadRoster(req, res, openid);
    let bytes: Buffer;
    try {
      bytes = await readBytes(req, PHOTO_BYTES_MAX);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendError(res, new AppError('too_large', '照片太大:压缩后不能超过 2 MB', 'file'));
      return sendError(res, new AppError('invalid', '照片没有传完整,请重试', 'file'));
    }
    const type = sniffImage(bytes);
    if (!type) return sendError(res, new AppError('invalid', '只能上传 JPEG、PNG 或 WebP 格式的照片', 'file'));
    const fileId = await options.deps.files.put(new Uint8Array(bytes), type, { openid });
    return send(res, 200, { ok: true, data: { fileId } });
  }

  /** A roster file (`x-gongzhi-upload: roster`): .xlsx or CSV by its first bytes; roster.import then checks it line by line. */
  async function uploadRoster(req: IncomingMessage, res: ServerResponse, openid: string) {
    let bytes: Buffer;
    try {
      bytes = await readBytes(req, ROSTER_BYTES_MAX);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendError(res, new AppError('too_large', `名册文件不能超过 ${ROSTER_BYTES_MAX / 1024 / 1024} MB`, 'file'));
      return sendError(res, new AppError('invalid', '名册文件没有传完整,请重试', 'file'));
    }
    const type = rosterFileType(new Uint8Array(bytes));
    if (!type) return sendError(res, new AppError('invalid', '只能导入 Excel(.xlsx)或 CSV 名册文件', 'file'));
    const fileId = await options.deps.files.put(new Uint8Array(bytes), type, { openid });
    return send(res, 200, { ok: true, data: { fileId } });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!hostAllowed(req.headers.host, allowedHosts)) return sendError(res, new AppError('invalid', '这个地址不由本服务提供:Host 不在允许的名单里(管理员可在 GONGZHI_HOSTS 中加入)', 'host'));
    let route: string;
    try {
      route = routeOf(req.url ?? '/');
    } catch {
      return sendError(res, new AppError('invalid', '请求地址格式不对', 'path'));
    }

    if (route === '/api' || route === '/api/') {
      if (req.method !== 'GET') return sendError(res, new AppError('not_found', '用 GET /api 查看操作列表,用 POST /api/<操作名> 调用'));
      return send(res, 200, apiDescription);
    }
    if (route.startsWith('/api/')) {
      if (req.method !== 'POST') return sendError(res, new AppError('not_found', `请用 POST 调用 ${route}`));
      const body = await parseJson(req, res);
      if (!body) return;
      let name: string;
      try {
        name = decodeURIComponent(route.slice(5));
      } catch {
        return sendError(res, new AppError('invalid', '操作名格式不对', 'action'));
      }
      const openid = verifySession(options.secret, readCookie(req.headers.cookie, COOKIE));
      // One request is one cloud-function invocation (its own budget on the emulated store).
      // The client's current compound (services/compound.ts): a choice of view, never a grant (tenancy/scope.ts).
      const compound = req.headers['x-gongzhi-compound'];
      const outcome = await runAction(options.deps, name, body.value, options.demo && openid ? { openid } : null, undefined, { compound: typeof compound === 'string' ? compound : undefined });
      return send(res, outcome.status, outcome.body);
    }
    if (route === '/upload') return upload(req, res);
    if (route.startsWith('/dev/')) {
      if (!options.demo) return sendError(res, new AppError('not_found', '没有这个地址'));
      if (route === '/dev/personas' && req.method === 'GET') {
        return send(res, 200, { personas: personas.map((p) => ({ id: p.id, name: p.name, roles: p.roles, note: p.note })) });
      }
      if (route === '/dev/sign-in' && req.method === 'POST') {
        const body = await parseJson(req, res);
        if (!body) return;
        const id = (body.value as { persona?: unknown })?.persona;
        const persona = personas.find((p) => p.id === id);
        if (!persona) return sendError(res, new AppError('invalid', '请选择一个演示身份', 'persona'));
        const cookie = `${COOKIE}=${signSession(options.secret, personaOpenid(persona.id))}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}`;
        return send(res, 200, { ok: true, data: { persona: { id: persona.id, name: persona.name, roles: persona.roles } } }, { 'set-cookie': cookie });
      }
      if (route === '/dev/sign-out' && req.method === 'POST') {
        return send(res, 200, { ok: true, data: {} }, { 'set-cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` });
      }
      return sendError(res, new AppError('not_found', '没有这个地址'));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, new AppError('not_found', '没有这个地址'));
    if (route.startsWith('/files/')) {
      // Upload paths and the older content-addressed names are the only things served from here.
      if (!options.filesDir || !/^\/files\/([0-9a-f]{64}|uploads\/[0-9a-f]{32}\/[0-9a-f]{16,64})\.(jpg|png|webp)$/.test(route)) return sendError(res, new AppError('not_found', '没有这个文件'));
      return serveStatic(options.filesDir, route.slice('/files'.length), req.method, res);
    }
    return serveStatic(options.staticDir, req.url ?? '/', req.method, res);
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('[host]', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: '服务器出了点问题,请稍后再试' } });
      else res.end();
    });
  });
}
