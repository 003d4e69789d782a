// The only thing faked in page tests: the network. Requests go to a table of answers keyed by
// path (`/api/me`, `/dev/personas`); every request is recorded with its parsed JSON body.
//
// An answer for `/api/<action>` is checked against that action's output (test/support/actionTypes.ts):
// a fixture may leave out what the page does not read, but every field it gives must exist in
// the action's answer with the type the server gives it, so a fixture cannot drift from the server.
import type { ActionName, Output } from '../../support/actionTypes';

/**
 * What a fixture may give of an action's answer: any part of it, each given field of its real
 * type: a string, number or boolean where the server gives one (of any value: a fixture kept in
 * a variable loses its literal types, and a page test may show a value the server could give
 * later), an array or object where it gives one, null only where it may be null.
 */
export type Fixture<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends ReadonlyArray<infer E>
        ? ReadonlyArray<Fixture<E>>
        : T extends object
          ? { [K in keyof T]?: Fixture<T[K]> }
          : T;

export interface Answer<T = unknown> {
  status?: number;
  body: { ok: true; data: Fixture<T> } | { ok: false; error: unknown } | unknown;
}
/** A fixed answer, or one made from the request's body. */
export type Responder<T = unknown> = Answer<T> | ((body: unknown) => Answer<T>);

/** An action's answer: `ok(...)` checked against its output, or a refusal. */
export type ActionAnswer<N extends ActionName> = { status?: number; body: { ok: true; data: Fixture<Output<N>> } | { ok: false; error: unknown } };

export interface FakeNetwork {
  calls: Array<{ path: string; method: string; body: unknown; headers: Record<string, string> }>;
  /** The answer to `/api/<action>`, typed by the action's output. */
  on<N extends ActionName>(path: `/api/${N}`, responder: ActionAnswer<N> | ((body: unknown) => ActionAnswer<N>)): void;
  /** Any other path (`/dev/personas`, `/upload`, an unknown action), answered with anything. */
  on<P extends string>(path: P extends `/api/${ActionName}` ? never : P, responder: Responder): void;
}

/** Type of a fixture kept in a variable: `const me: FixtureOf<'me'> = {...}`. */
export type FixtureOf<N extends ActionName> = Fixture<Output<N>>;

export const ok = <T>(data: T): { status: number; body: { ok: true; data: T } } => ({ status: 200, body: { ok: true, data } });
export const refused = (status: number, error: { code: string; message: string; field?: string; details?: unknown }): { status: number; body: { ok: false; error: typeof error } } => ({
  status,
  body: { ok: false, error },
});

export function fakeNetwork(): FakeNetwork {
  const table = new Map<string, Responder>();
  const calls: FakeNetwork['calls'] = [];
  let uploads = 0;
  // The browser's stand-in for wx.cloud.uploadFile: bytes in, a file id out (a test may answer it otherwise).
  table.set('/upload', () => ok({ fileId: `local://gongzhi/uploads/${'f'.repeat(32)}/${String(++uploads).padStart(16, '0')}.jpg` }));
  const fetchImpl = async (input: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const path = String(input);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
    calls.push({ path, method: init.method ?? 'GET', body, headers: init.headers ?? {} });
    const responder = table.get(path);
    const answer: Answer = responder
      ? typeof responder === 'function'
        ? responder(body)
        : responder
      : { status: 404, body: { ok: false, error: { code: 'not_found', message: `no fake for ${path}` } } };
    const status = answer.status ?? 200;
    return { ok: status >= 200 && status < 300, status, json: async () => answer.body };
  };
  (globalThis as { fetch?: unknown }).fetch = jestFn(fetchImpl);
  return { calls, on: (path: string, responder: Responder) => void table.set(path, responder) };
}

function jestFn<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}
