// The only thing faked in page tests: the network. Requests go to a table of answers keyed by
// path (`/api/me`, `/dev/personas`); every request is recorded with its parsed JSON body.

export interface Answer {
  status?: number;
  body: unknown;
}
type Responder = Answer | ((body: unknown) => Answer);

export interface FakeNetwork {
  calls: Array<{ path: string; method: string; body: unknown; headers: Record<string, string> }>;
  on(path: string, responder: Responder): void;
}

export const ok = (data: unknown): Answer => ({ status: 200, body: { ok: true, data } });
export const refused = (status: number, error: { code: string; message: string; field?: string; details?: unknown }): Answer => ({
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
  return { calls, on: (path, responder) => table.set(path, responder) };
}

function jestFn<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}
