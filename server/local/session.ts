// The dev sign-in's session: a cookie holding the openid and its HMAC. Only the host can mint
// one, and only in demo mode; outside it no cookie is ever honoured.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const COOKIE = 'gz_session';

export function signSession(secret: string, openid: string): string {
  const mac = createHmac('sha256', secret).update(openid).digest('base64url');
  return `${Buffer.from(openid).toString('base64url')}.${mac}`;
}

export function verifySession(secret: string, value: string | undefined): string | null {
  if (!value) return null;
  const [encoded, mac] = value.split('.');
  if (!encoded || !mac) return null;
  const openid = Buffer.from(encoded, 'base64url').toString();
  const expected = createHmac('sha256', secret).update(openid).digest();
  const given = Buffer.from(mac, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? openid : null;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
