// The cloud transport and the cloud group resolver against a FAKE of wx-server-sdk's `cloud`
// object. The real WeChat cloud cannot be reached from here (no network, no credentials), so
// this fake stands in for cloud.openapi.subscribeMessage.send and cloud.getOpenData, answering
// the way their documentation says: {errCode: 0, errMsg} on success, a thrown error carrying
// errCode/errMsg when WeChat refuses. What is pinned: the request's shape, and that every answer
// becomes a kept error code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cloudTransport, miniprogramState } from '../../server/notify/cloudTransport';
import { cloudGroups } from '../../server/notify/groups';

function fakeCloud(behaviour: (args: Record<string, unknown>) => unknown) {
  const calls: Array<Record<string, unknown>> = [];
  return {
    calls,
    openapi: {
      subscribeMessage: {
        send: async (args: Record<string, unknown>) => {
          calls.push(args);
          return behaviour(args);
        },
      },
    },
  };
}

const request = { openid: 'o-openid', templateId: 'TPL1', page: 'packages/issues/detail/index?id=issue:1', data: { thing1: { value: '水管漏水' } } };

describe('cloudTransport (fake cloud.openapi; the real WeChat cloud is unreachable here)', () => {
  it('calls subscribeMessage.send with touser, templateId, page, data, miniprogramState and lang', async () => {
    const cloud = fakeCloud(() => ({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }));
    const answer = await cloudTransport(cloud, 'trial').send(request);
    expect(answer).toEqual({ errcode: 0, errmsg: 'openapi.subscribeMessage.send:ok' });
    expect(cloud.calls).toEqual([{ touser: 'o-openid', templateId: 'TPL1', page: request.page, data: request.data, miniprogramState: 'trial', lang: 'zh_CN' }]);
  });

  it('keeps the code of a refusal thrown by the SDK (43101 refused)', async () => {
    const cloud = fakeCloud(() => {
      throw Object.assign(new Error('errCode: 43101 | errMsg: user refuse to accept the msg'), { errCode: 43101, errMsg: 'user refuse to accept the msg' });
    });
    expect(await cloudTransport(cloud).send(request)).toEqual({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
  });

  it('keeps a non-zero code returned without throwing (-1 system busy)', async () => {
    const cloud = fakeCloud(() => ({ errCode: -1, errMsg: 'system error' }));
    expect(await cloudTransport(cloud).send(request)).toEqual({ errcode: -1, errmsg: 'system error' });
  });

  it('turns an error without a WeChat code (timeout, DNS) into -2, which is retried', async () => {
    const cloud = fakeCloud(() => {
      throw new Error('ETIMEDOUT');
    });
    expect(await cloudTransport(cloud).send(request)).toEqual({ errcode: -2, errmsg: 'ETIMEDOUT' });
  });

  it('opens the formal version unless told developer or trial', () => {
    expect([undefined, 'formal', 'junk', 'developer', 'trial'].map(miniprogramState)).toEqual(['formal', 'formal', 'formal', 'developer', 'trial']);
  });
});

describe('cloudGroups (fake cloud.getOpenData)', () => {
  it('turns the cloudID of getGroupEnterInfo into the opengid', async () => {
    const lists: unknown[] = [];
    const cloud = { getOpenData: async (args: { list: string[] }) => (lists.push(args.list), { list: [{ cloudID: args.list[0], data: { opengid: 'G-123' } }] }) };
    expect(await cloudGroups(cloud).resolve({ cloudId: 'cid-1' }, { openid: 'o' })).toBe('G-123');
    expect(lists).toEqual([['cid-1']]);
  });

  it('refuses a simulated group and a cloudID WeChat does not vouch for', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const cloud = {
      getOpenData: async () => {
        throw Object.assign(new Error('invalid cloudID'), { errCode: -604101 });
      },
    };
    expect(await cloudGroups(cloud).resolve({ simulated: 'demo' }, { openid: 'o' })).toBeNull();
    expect(await cloudGroups(cloud).resolve({ cloudId: 'forged' }, { openid: 'o' })).toBeNull();
    spy.mockRestore();
  });
});

describe('cloud function configuration', () => {
  const config = (name: string) => JSON.parse(readFileSync(path.join(__dirname, '../../cloudfunctions', name, 'config.json'), 'utf8'));
  it('names the openapi permission subscribeMessage.send in both functions that send', () => {
    expect(config('api').permissions.openapi).toContain('subscribeMessage.send');
    expect(config('jobs').permissions.openapi).toContain('subscribeMessage.send');
  });
  it('runs the jobs on a timer often enough for the retries\' backoff', () => {
    expect(config('jobs').triggers).toEqual([expect.objectContaining({ type: 'timer', config: '0 */10 * * * * *' })]);
  });
});
