// The cloud function's identity rules, driven without WeChat: the platform context stands in
// for cloud.getWXContext() (the WeChat cloud is unreachable from here), the store is SQLite.
// Run in the `unit` project only: who the caller is comes from the context before any store call.
import { makeCloudHandler, type WxContext } from '../../server/cloud/entry';
import { openLocalDeps } from '../../server/local/runtime';
import { seedDemoOnce } from '../../server/demo/seed';

const deps = openLocalDeps(':memory:');
beforeAll(() => seedDemoOnce(deps, new Date()));
afterAll(() => deps.store.close());

function handler(context: WxContext, allowDevtools = false) {
  return makeCloudHandler({ deps: () => deps, context: () => context, allowDevtools });
}

describe('cloud entry', () => {
  it('takes the caller from OPENID when SOURCE is wx_client', async () => {
    const result = await handler({ OPENID: 'demo-owner', SOURCE: 'wx_client' })({ action: 'me', data: {} });
    expect(result).toMatchObject({ ok: true, status: 200, data: { user: { name: '王秀英' } } });
  });

  it('refuses user actions from any other source, even with an OPENID', async () => {
    for (const SOURCE of ['wx_http', 'scf', 'wx_client,scf', 'wx_devtools', undefined]) {
      const result = await handler({ OPENID: 'demo-owner', SOURCE })({ action: 'me', data: {} });
      expect(result).toMatchObject({ ok: false, status: 401 });
    }
  });

  it('accepts the WeChat IDE only when the deployer allows it', async () => {
    const result = await handler({ OPENID: 'demo-owner', SOURCE: 'wx_devtools' }, true)({ action: 'me', data: {} });
    expect(result.status).toBe(200);
  });

  it('ignores identity fields inside the event', async () => {
    const result = await handler({ SOURCE: 'wx_client' })({ action: 'me', data: { openid: 'demo-admin' }, ...{ userInfo: { openId: 'demo-admin' } } } as never);
    expect(result.status).toBe(401);
  });

  it('creates a user with no roles for a first-time WeChat user', async () => {
    const result = await handler({ OPENID: 'o-fresh-wechat-user', SOURCE: 'wx_client' })({ action: 'me', data: {} });
    expect(result).toMatchObject({ ok: true, data: { user: { roles: [], name: '微信用户' } } });
  });

  it('answers 400 naming the field when the action is missing', async () => {
    const result = await handler({ OPENID: 'demo-owner', SOURCE: 'wx_client' })({ data: {} });
    expect(result).toMatchObject({ ok: false, status: 400, error: { field: 'action' } });
  });
});
