// Real names: an approved owner is shown by the roster's name, anyone may choose a nickname
// (checked like every resident-visible text), and a refused text names the kind WeChat flagged.
import { demoHarness, type Harness } from '../support/harness';
import type { HolderDoc, UnitDoc } from '../../server/app/model';
import { msgSecChecker } from '../../server/content/msgSecCheck';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const errorOf = (o: { body: unknown }) => (o.body as { error: { code: string; field?: string; message: string; details?: Record<string, unknown> } }).error;

describe('display names', () => {
  it('approving a claim makes the roster name the display name', async () => {
    const unitId = 'u:19栋--302';
    const unit = (await h.deps.store.get<UnitDoc>('units', unitId))!;
    const holder = (await h.deps.store.get<HolderDoc>('holders', unit.holderId))!;
    expect(holder).toMatchObject({ kind: 'person', name: expect.any(String) });
    // As a first WeChat visit leaves everyone.
    await h.deps.store.update('users', 'user:demo-newcomer', { name: '微信用户' });
    const { claim } = await h.ok('newcomer', 'claims.submit', { unitId, name: holder.name, phoneLast4: '3315' });
    await h.ok('committee', 'claims.review', { claimId: claim.id, approve: true });
    expect((await h.ok('newcomer', 'me')).user.name).toBe(holder.name);
  });

  it('sets a nickname others see, and keeps it over the roster name', async () => {
    await h.ok('newcomer', 'me.nickname', { nickname: '  小陈 ' });
    expect((await h.ok('newcomer', 'me')).user.name).toBe('小陈');
    const { claim } = await h.ok('newcomer', 'claims.submit', { unitId: 'u:19栋--302', name: '陈晓', phoneLast4: '3315' });
    await h.ok('committee', 'claims.review', { claimId: claim.id, approve: true });
    expect((await h.ok('newcomer', 'me')).user.name).toBe('小陈');
  });

  it('refuses a nickname the content check flags, naming the field and the kind', async () => {
    const outcome = await h.call('stranger', 'me.nickname', { nickname: '代开发票找我' });
    expect([outcome.status, errorOf(outcome).field, errorOf(outcome).details]).toEqual([400, 'nickname', { label: 10001, kind: '广告', held: expect.stringMatching(/^held:/) }]);
    expect(errorOf(outcome).message).toContain('广告');
    expect((await h.ok('stranger', 'me')).user.name).toBe('微信用户');
  });

  it('refuses an empty or too long nickname', async () => {
    expect(errorOf(await h.call('newcomer', 'me.nickname', { nickname: ' ' })).field).toBe('nickname');
    expect(errorOf(await h.call('newcomer', 'me.nickname', { nickname: '一二三四五六七八九十一' })).field).toBe('nickname');
  });
});

describe('content checks on resident-visible texts', () => {
  it('checks every option of a consultation and names the one refused', async () => {
    const outcome = await h.call('committee', 'polls.create', { kind: 'consultation', title: '选车棚颜色', description: '请大家选', options: ['蓝色', '傻逼才选绿色'], per: 'unit' });
    expect([outcome.status, errorOf(outcome).field, errorOf(outcome).details?.kind]).toEqual([400, 'options.1', '辱骂']);
    expect(await h.deps.store.count('polls')).toBe(0);
  });

  it('maps WeChat\'s label codes to words the writer can act on', async () => {
    const cloud = (label: number, suggest = 'risky') => ({ openapi: { security: { msgSecCheck: async () => ({ result: { suggest, label } }) } } });
    expect(await msgSecChecker(cloud(20006)).check('x', { openid: 'o' })).toEqual({ ok: false, label: 20006, reason: expect.stringContaining('违法犯罪') });
    expect(await msgSecChecker(cloud(10001)).check('x', { openid: 'o' })).toEqual({ ok: false, label: 10001, reason: expect.stringContaining('广告') });
    expect(await msgSecChecker(cloud(20003, 'review')).check('x', { openid: 'o' })).toEqual({ ok: true });
  });

  it('passes the text when WeChat cannot be reached, and logs it', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const down = { openapi: { security: { msgSecCheck: async () => Promise.reject(Object.assign(new Error('busy'), { errCode: -1 })) } } };
    expect(await msgSecChecker(down).check('x', { openid: 'o' })).toEqual({ ok: true });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
