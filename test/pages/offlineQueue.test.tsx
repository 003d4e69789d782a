// The offline queue (src/services/offlineQueue.ts) against a fake server behind fetch: nothing
// lost (it survives a restart), nothing sent twice (even with two flushes at once, even when an
// answer is lost), order kept, refusals set aside with the server's message.
import Taro from '@tarojs/taro';
import * as queue from '../../src/services/offlineQueue';
import { freshLaunch } from './support/render';

type Q = typeof queue;

interface Call {
  path: string;
  body: Record<string, unknown>;
}

/**
 * A fake server at the fetch boundary. Each answer can be held back until `release()`, so two
 * flushes really overlap; `mode` decides what the next request meets.
 */
function fakeServer() {
  const calls: Call[] = [];
  const held: Array<() => void> = [];
  const finishedOps = new Map<string, string>(); // taskId -> opId
  let files = 0;
  const state = {
    hold: false,
    /** Per request: 'ok', 'offline' (fetch fails), 'lost' (the server acts, the answer never arrives), or a refusal. */
    next: [] as Array<'ok' | 'offline' | 'lost' | { status: number; code: string; message: string; field?: string; details?: Record<string, unknown> }>,
  };
  const answer = (path: string, body: Record<string, unknown>) => {
    if (path === '/upload') return { ok: true, data: { fileId: `local://gongzhi/uploads/${'a'.repeat(32)}/${String(files + 1).padStart(16, '0')}.png` } };
    if (path === '/api/photos.upload') return { ok: true, data: { fileId: `file:${++files}`, url: `/files/${files}.png`, bytes: 10, type: 'image/png' } };
    if (path === '/api/tasks.finish') {
      const done = finishedOps.get(String(body.taskId));
      if (done && done === body.opId) return { ok: true, data: { task: { id: body.taskId, status: 'done' }, issueStatus: null, replay: true } };
      if (done) return { ok: false, error: { code: 'conflict', message: '工单已经完成了,不能重复完成' } };
      finishedOps.set(String(body.taskId), String(body.opId));
      return { ok: true, data: { task: { id: body.taskId, status: 'done' }, issueStatus: 'done', replay: false } };
    }
    if (path === '/api/meters.read') return { ok: true, data: { reading: { id: `r:${body.meterId}`, period: body.period, value: body.value, consumption: '10.00', leakSuspected: false, issueId: null }, replay: false } };
    return { ok: true, data: {} };
  };
  (globalThis as { fetch?: unknown }).fetch = async (input: string, init: { body?: unknown } = {}) => {
    const path = String(input);
    // The photo's bytes go to /upload (the browser's wx.cloud.uploadFile), never inside an action.
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body ? { bytes: true } : {};
    if (state.hold) await new Promise<void>((r) => held.push(r));
    const mode = state.next.shift() ?? 'ok';
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    calls.push({ path, body });
    if (mode === 'lost') {
      answer(path, body);
      throw new TypeError('network changed');
    }
    if (mode !== 'ok') return { ok: false, status: mode.status, json: async () => ({ ok: false, error: { code: mode.code, message: mode.message, field: mode.field, details: mode.details } }) };
    return { ok: true, status: 200, json: async () => answer(path, body) };
  };
  return {
    calls,
    state,
    finishedOps,
    sent: (action: string) => calls.filter((c) => c.path === `/api/${action}`),
    release: () => held.splice(0).forEach((r) => r()),
    heldCount: () => held.length,
  };
}

/** The module as a restarted app sees it: a new instance that only knows what is in storage. */
async function restarted(): Promise<Q> {
  let mod: Q | undefined;
  await jest.isolateModulesAsync(async () => {
    mod = await import('../../src/services/offlineQueue');
  });
  return mod as Q;
}

const reading = (meter: string, value: string) => ({ meterId: `meter:u:19栋--${meter}`, period: '2025-11', value });
const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data;

describe('offline queue', () => {
  beforeEach(() => freshLaunch());
  afterEach(() => jest.restoreAllMocks());

  it('keeps an entry on the phone across a restart, then sends it', async () => {
    const server = fakeServer();
    const entry = queue.enqueue('meters.read', reading('301', '1234.56'), { label: '19栋301 水表读数 1234.56' });
    expect(server.calls).toHaveLength(0);
    expect(stored(queue.QUEUE_KEY)).toHaveLength(1);

    const after = await restarted();
    expect(after).not.toBe(queue);
    const [kept] = after.pendingEntries();
    expect(kept).toMatchObject({ id: entry.id, action: 'meters.read', input: reading('301', '1234.56'), attempts: 0, lastError: null, label: '19栋301 水表读数 1234.56' });
    expect(kept.createdAt).toBe(entry.createdAt);

    const result = await after.flush();
    expect(result).toMatchObject({ sent: 1, left: 0, stopped: null });
    expect(server.sent('meters.read').map((c) => c.body)).toEqual([reading('301', '1234.56')]);
    expect(after.pendingEntries()).toEqual([]);
    expect((await restarted()).pendingEntries()).toEqual([]);
  });

  it('sends each entry exactly once, in order, when two flushes run at the same time', async () => {
    const server = fakeServer();
    for (const [m, v] of [['301', '100.00'], ['302', '200.00'], ['401', '300.00']]) queue.enqueue('meters.read', reading(m, v), { label: m });
    server.state.hold = true;

    const first = queue.flush();
    const second = queue.flush();
    // Both triggers fired (network back, page shown) before any answer came.
    await new Promise((r) => setTimeout(r, 0));
    expect(server.heldCount()).toBe(1);
    server.state.hold = false;
    server.release();
    const [a, b] = await Promise.all([first, second]);

    expect(server.sent('meters.read').map((c) => c.body.value)).toEqual(['100.00', '200.00', '300.00']);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ sent: 3, left: 0 });
    expect(queue.pendingEntries()).toEqual([]);
  });

  it('picks up an entry added while a flush is running', async () => {
    const server = fakeServer();
    queue.enqueue('meters.read', reading('301', '100.00'), { label: '301' });
    server.state.hold = true;
    const running = queue.flush();
    await new Promise((r) => setTimeout(r, 0));
    queue.enqueue('meters.read', reading('302', '200.00'), { label: '302' });
    const joined = queue.flush();
    server.state.hold = false;
    server.release();
    await Promise.all([running, joined]);
    expect(server.sent('meters.read').map((c) => c.body.value)).toEqual(['100.00', '200.00']);
    expect(queue.pendingEntries()).toEqual([]);
  });

  it('keeps an entry when the network fails, and stops there so the order holds', async () => {
    const server = fakeServer();
    const a = queue.enqueue('meters.read', reading('301', '100.00'), { label: '301' });
    const b = queue.enqueue('meters.read', reading('302', '200.00'), { label: '302' });
    server.state.next = ['offline'];

    const result = await queue.flush();

    expect(result).toMatchObject({ sent: 0, left: 2, stopped: 'network' });
    expect(server.calls).toHaveLength(0);
    const kept = queue.pendingEntries();
    expect(kept.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(kept[0]).toMatchObject({ attempts: 1, lastError: '网络连接失败，请检查网络后再试' });
    expect(queue.syncState().state).toBe('offline');

    await queue.flush();
    expect(server.sent('meters.read').map((c) => c.body.value)).toEqual(['100.00', '200.00']);
    expect(queue.pendingEntries()).toEqual([]);
    expect(queue.syncState()).toMatchObject({ state: 'ok' });
    expect(queue.syncState().lastSentAt).toEqual(expect.any(String));
  });

  it('moves a refused entry (409, 400) to the "没有发送成功" list with the server message and goes on with the next', async () => {
    const server = fakeServer();
    const dup = queue.enqueue('meters.read', reading('301', '999.00'), { label: '19栋301 水表读数 999.00' });
    const low = queue.enqueue('meters.read', reading('302', '1.00'), { label: '19栋302 水表读数 1.00' });
    queue.enqueue('meters.read', reading('401', '300.00'), { label: '19栋401 水表读数 300.00' });
    server.state.next = [
      { status: 409, code: 'conflict', message: '这块表 2025-11 已经抄过了,读数是 1000.00' },
      { status: 400, code: 'invalid', message: '读数 1.00 比上次 900.00 还小;如果换了新表,请勾选"已换表"', field: 'value' },
    ];

    const result = await queue.flush();

    expect(result).toMatchObject({ sent: 1, refused: 2, left: 0 });
    expect(server.sent('meters.read').map((c) => c.body.value)).toEqual(['999.00', '1.00', '300.00']);
    const failed = queue.failedEntries();
    expect(failed.map((f) => [f.id, f.status, f.message, f.field])).toEqual([
      [dup.id, 409, '这块表 2025-11 已经抄过了,读数是 1000.00', null],
      [low.id, 400, '读数 1.00 比上次 900.00 还小;如果换了新表,请勾选"已换表"', 'value'],
    ]);
    // What was typed is still there to be fixed.
    expect(failed[1].input).toEqual(reading('302', '1.00'));
    expect((await restarted()).failedEntries()).toHaveLength(2);

    queue.dismissFailed(dup.id);
    expect(queue.failedEntries().map((f) => f.id)).toEqual([low.id]);
  });

  it('sends tasks.finish with the entry id as opId, so a resend after a lost answer finishes it once', async () => {
    const server = fakeServer();
    const entry = queue.enqueue('tasks.finish', { taskId: 'task:1', note: '换了水管接头', photos: ['file:9'] }, { label: '完成：换水管' });
    expect(entry.input.opId).toBe(entry.id);
    expect(entry.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    server.state.next = ['lost'];

    await queue.flush();
    expect(server.finishedOps.get('task:1')).toBe(entry.id);
    expect(queue.pendingEntries().map((e) => e.id)).toEqual([entry.id]);

    await (await restarted()).flush();
    const sends = server.sent('tasks.finish');
    expect(sends).toHaveLength(2);
    expect(sends.every((c) => c.body.opId === entry.id)).toBe(true);
    expect(queue.pendingEntries()).toEqual([]);
    expect(queue.failedEntries()).toEqual([]);
  });

  it('uploads a photo kept on the phone before the finish, once, and frees the space', async () => {
    const server = fakeServer();
    const entry = queue.enqueue('tasks.finish', { taskId: 'task:2', note: '清运完毕' }, { label: '完成：清运', photos: ['iVBORw0KGgo='] });
    const key = entry.photos?.[0].key as string;
    expect(stored(key)).toBe('iVBORw0KGgo=');
    // The upload (storage, then photos.upload) goes through, then the network drops before the finish.
    server.state.next = ['ok', 'ok', 'offline'];

    await queue.flush();
    expect(server.sent('photos.upload')).toHaveLength(1);
    expect(queue.pendingEntries()[0].photos).toEqual([{ key, fileId: 'file:1' }]);

    await queue.flush();
    expect(server.sent('photos.upload')).toHaveLength(1);
    expect(server.sent('tasks.finish')[0].body).toEqual({ taskId: 'task:2', note: '清运完毕', opId: entry.id, photos: ['file:1'] });
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('counts a start resent after a lost answer ("already started") as sent, but says when the task is already finished', async () => {
    const server = fakeServer();
    queue.enqueue('tasks.start', { taskId: 'task:4' }, { label: '开始：A' });
    queue.enqueue('tasks.start', { taskId: 'task:5' }, { label: '开始：B' });
    server.state.next = [
      { status: 409, code: 'conflict', message: '工单已经开始了', details: { status: 'in_progress' } },
      { status: 409, code: 'conflict', message: '工单已经完成了', details: { status: 'done' } },
    ];
    expect(await queue.flush()).toMatchObject({ sent: 1, refused: 1, left: 0 });
    expect(queue.failedEntries().map((f) => [f.label, f.message])).toEqual([['开始：B', '工单已经完成了']]);
  });

  it('gives up on an entry the server keeps failing on (5xx) only after several tries', async () => {
    const server = fakeServer();
    queue.enqueue('meters.read', reading('301', '100.00'), { label: '301' });
    const boom = { status: 500, code: 'internal', message: '服务器出了点问题,请稍后再试' };
    server.state.next = Array.from({ length: queue.MAX_ATTEMPTS }, () => boom);
    for (let i = 1; i < queue.MAX_ATTEMPTS; i++) {
      expect(await queue.flush()).toMatchObject({ stopped: 'server', left: 1 });
    }
    expect(queue.syncState()).toMatchObject({ state: 'error', message: '服务器出了点问题,请稍后再试' });
    await queue.flush();
    expect(queue.pendingEntries()).toEqual([]);
    expect(queue.failedEntries()[0]).toMatchObject({ status: 500, attempts: queue.MAX_ATTEMPTS });
  });

  describe('submit', () => {
    it('puts a meter reading straight on the queue when the phone is offline, and sends it when the network returns', async () => {
      const server = fakeServer();
      let listener: ((r: { isConnected: boolean; networkType: string }) => void) | undefined;
      jest.spyOn(Taro, 'onNetworkStatusChange').mockImplementation((cb) => {
        listener = cb as typeof listener;
      });
      const online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      const sync = await restarted(); // listeners register once per app: a fresh instance for this test
      sync.startOfflineSync();

      const r = await sync.submit('meters.read', reading('301', '1234.56'), { label: '301' });
      expect(r.state).toBe('queued');
      expect(server.calls).toHaveLength(0);
      expect(sync.pendingEntries()).toHaveLength(1);

      online.mockReturnValue(true);
      listener?.({ isConnected: true, networkType: 'wifi' });
      await waitForQueue(sync);
      expect(server.sent('meters.read')).toHaveLength(1);

      // A second "network back" with nothing left sends nothing more.
      listener?.({ isConnected: true, networkType: 'wifi' });
      window.dispatchEvent(new Event('online'));
      await sync.flush();
      expect(server.sent('meters.read')).toHaveLength(1);
    });

    it('answers with the server output when online, and throws a refusal without keeping it', async () => {
      const server = fakeServer();
      const r = await queue.submit('meters.read', reading('301', '1234.56'), { label: '301' });
      expect(r.state).toBe('sent');
      expect(r.state === 'sent' && r.output.reading.value).toBe('1234.56');

      server.state.next = [{ status: 403, code: 'forbidden', message: '这张工单不是派给你的' }];
      await expect(queue.submit('tasks.finish', { taskId: 'task:x', note: 'x' }, { label: 'x' })).rejects.toMatchObject({ status: 403, message: '这张工单不是派给你的' });
      expect(queue.failedEntries()).toEqual([]);
      expect(queue.pendingEntries()).toEqual([]);
    });

    it('queues behind older entries instead of overtaking them', async () => {
      const server = fakeServer();
      queue.enqueue('tasks.start', { taskId: 'task:3' }, { label: '开始' });
      server.state.next = ['offline'];
      const r = await queue.submit('tasks.finish', { taskId: 'task:3', note: '好了' }, { label: '完成' });
      expect(r.state).toBe('queued');
      expect(server.calls).toHaveLength(0);
      await queue.flush();
      expect(server.calls.map((c) => c.path)).toEqual(['/api/tasks.start', '/api/tasks.finish']);
    });
  });
});

async function waitForQueue(q: Q): Promise<void> {
  for (let i = 0; i < 50 && q.pendingEntries().length > 0; i++) await new Promise((r) => setTimeout(r, 0));
  await q.flush();
}
