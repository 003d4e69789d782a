// The dev sign-in's session: a cookie holding the openid, its expiry and an HMAC over both. Only
// the host can mint one, and only in demo mode; outside it no cookie is ever honoured. The
// signing secret lives outside the data database (a backup or copy of the data must not let
// anyone mint sessions): GONGZHI_SECRET, else a 0600 file beside the database.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Store } from '../store/port';

export const COOKIE = 'gz_session';
/** A demo session lasts a working day; then the persona is chosen again. */
export const SESSION_HOURS = 12;

function mac(secret: string, openid: string, expires: string): Buffer {
  return createHmac('sha256', secret).update(`${openid}\n${expires}`).digest();
}

export function signSession(secret: string, openid: string, expiresAtMs = Date.now() + SESSION_HOURS * 3_600_000): string {
  const expires = Math.floor(expiresAtMs).toString(36);
  return `${Buffer.from(openid).toString('base64url')}.${expires}.${mac(secret, openid, expires).toString('base64url')}`;
}

// Cookies whose signature already checked out, with their expiry: the HMAC runs once per cookie,
// not once per request. Safe to keep per process (each cloud or host instance has its own): the
// entry is a pure function of the secret and the cookie's own text, and expiry is still compared
// with the clock on every request. Bounded: emptied when full.
const verified = new Map<string, { openid: string; expiresMs: number }>();
const VERIFIED_MAX = 10_000;

export function verifySession(secret: string, value: string | undefined, nowMs = Date.now()): string | null {
  if (!value) return null;
  const key = `${secret}\n${value}`;
  const known = verified.get(key);
  if (known) return known.expiresMs > nowMs ? known.openid : null;
  const [encoded, expires, given] = value.split('.');
  if (!encoded || !expires || !given || !/^[0-9a-z]{1,12}$/.test(expires)) return null;
  const openid = Buffer.from(encoded, 'base64url').toString();
  const expected = mac(secret, openid, expires);
  const sent = Buffer.from(given, 'base64url');
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return null;
  const expiresMs = parseInt(expires, 36);
  if (verified.size >= VERIFIED_MAX) verified.clear();
  verified.set(key, { openid, expiresMs });
  return expiresMs > nowMs ? openid : null;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export const SECRET_FILE = 'session.secret';

/**
 * The signing secret: GONGZHI_SECRET, else `session.secret` (mode 0600) beside the database,
 * made once. A secret an older version kept in the database's `meta` collection is moved to
 * the file and deleted from the database, so sessions signed before the upgrade stay valid.
 */
export async function loadSecret({ dbFile, store, env }: { dbFile: string; store: Store; env: Record<string, string | undefined> }): Promise<string> {
  if (env.GONGZHI_SECRET) return env.GONGZHI_SECRET;
  if (dbFile === ':memory:') return randomBytes(32).toString('base64url');
  const file = path.join(path.dirname(path.resolve(dbFile)), SECRET_FILE);
  const legacy = await store.get<{ _id: string; value: string }>('meta', 'secret');
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
    chmodSync(file, 0o600);
  } catch {
    secret = legacy?.value ?? randomBytes(32).toString('base64url');
    try {
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      // Another process wrote it between our read and write: theirs wins.
      secret = readFileSync(file, 'utf8').trim();
    }
  }
  if (legacy) await store.remove('meta', 'secret');
  return secret;
}
