// What a failed call means to the person: WeChat's callFunction errCodes become network,
// timeout, function error, quota or too-large, each with its own words, and the offline queue
// retries only what can still succeed.
import { cloudFailure } from '../../src/services/api';
import * as queue from '../../src/services/offlineQueue';
import { freshLaunch } from './support/render';

describe('callFunction failures (WeChat errCode → meaning)', () => {
  const kind = (err: unknown) => {
    const e = cloudFailure(err);
    return [e.code, e.status];
  };
  it('tells a timeout from the network', () => {
    expect(kind({ errCode: -501002, errMsg: 'cloud.callFunction:fail' })).toEqual(['timeout', 504]);
    expect(kind({ errCode: -404012 })).toEqual(['timeout', 504]);
    expect(kind({ errCode: -1, errMsg: 'cloud.callFunction:fail Task timed out after 3 seconds' })).toEqual(['timeout', 504]);
    expect(kind({ errCode: -1, errMsg: 'cloud.callFunction:fail request:fail' })).toEqual(['network', 0]);
  });
  it('names a function error and the environment\'s quota', () => {
    expect(kind({ errCode: -404011, errMsg: 'cloud.callFunction:fail function execution failed' })).toEqual(['function_error', 500]);
    expect(kind({ errCode: -504002 })).toEqual(['function_error', 500]);
    expect(kind({ errCode: -501003 })).toEqual(['quota', 429]);
    expect(kind({ errCode: -501004 })).toEqual(['quota', 429]);
  });
  it('recognises a body over the 100 KB limit', () => {
    expect(kind({ errCode: -1, errMsg: 'cloud.callFunction:fail EXCEED_MAX_PAYLOAD_SIZE' })).toEqual(['too_large', 413]);
  });
  it('gives each its own message', () => {
    const messages = [-501002, -404011, -501003, 0].map((errCode) => cloudFailure({ errCode }).message);
    expect(new Set(messages).size).toBe(4);
  });
});

describe('the offline queue retries only what can succeed', () => {
  beforeEach(() => freshLaunch({}));

  function answering(status: number, code: string, message: string) {
    (globalThis as { fetch?: unknown }).fetch = async () => ({ ok: false, status, json: async () => ({ ok: false, error: { code, message } }) });
  }

  it('keeps an entry while the cloud is over its quota, without counting the attempt, and says why', async () => {
    queue.enqueue('meters.read', { meterId: 'meter:u:19栋--301', period: '2025-11', value: '12.5' }, { label: '水表' });
    answering(429, 'quota', '使用的人太多');
    const r = await queue.flush();
    expect(r).toMatchObject({ sent: 0, refused: 0, left: 1 });
    expect(queue.pendingEntries()[0].attempts).toBe(0);
    expect(queue.failedEntries()).toEqual([]);
  });

  it('sets aside at once an entry too large to ever be sent, with the reason', async () => {
    queue.enqueue('meters.read', { meterId: 'meter:u:19栋--302', period: '2025-11', value: '12.5' }, { label: '水表' });
    answering(413, 'too_large', '请求内容超过 100 KB');
    const r = await queue.flush();
    expect(r).toMatchObject({ sent: 0, refused: 1, left: 0 });
    expect(queue.failedEntries()[0]).toMatchObject({ status: 413, message: '请求内容超过 100 KB' });
  });

  it('keeps a timed-out entry for a safe resend, counted toward giving up', async () => {
    queue.enqueue('meters.read', { meterId: 'meter:u:19栋--303', period: '2025-11', value: '12.5' }, { label: '水表' });
    (globalThis as { fetch?: unknown }).fetch = async () => ({ ok: false, status: 504, json: async () => null });
    const r = await queue.flush();
    expect(r).toMatchObject({ sent: 0, refused: 0, left: 1, stopped: 'server' });
    expect(queue.pendingEntries()[0]).toMatchObject({ attempts: 1, lastError: expect.stringContaining('没有及时回应') });
  });
});
