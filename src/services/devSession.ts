// Demo sign-in of the local host (H5 only; it does not exist in WeChat, where identity is the
// platform's OPENID). Not actions: plain routes under /dev.
import type { Role } from '../domain/roles';
import { ApiError, NETWORK_MESSAGE } from './api';

export interface Persona {
  id: string;
  name: string;
  roles: Role[];
  /** Who this persona is, in a few words (the host may give it). */
  note?: string;
}

export const hasDevSignIn = process.env.TARO_ENV === 'h5';

async function request(path: string, init?: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError({ code: 'network', message: NETWORK_MESSAGE, status: 0 });
  }
  const body = (await res.json().catch(() => null)) as
    | { ok?: boolean; data?: unknown; error?: { code: string; message: string } }
    | null;
  if (!res.ok || body?.ok === false) {
    const err = body?.error;
    throw new ApiError({
      code: err?.code ?? (res.status === 404 ? 'not_found' : 'internal'),
      message: err?.message ?? (res.status === 404 ? '演示登录未开启' : '服务暂时出了问题，请稍后再试'),
      status: res.status,
    });
  }
  // Accept both a bare body and the API envelope.
  return body && body.ok === true && 'data' in body ? body.data : body;
}

export async function listPersonas(): Promise<Persona[]> {
  const body = (await request('/dev/personas')) as { personas?: Persona[] } | null;
  return body?.personas ?? [];
}

export async function signIn(persona: string): Promise<void> {
  await request('/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
}

export async function signOut(): Promise<void> {
  await request('/dev/sign-out', { method: 'POST' });
}
