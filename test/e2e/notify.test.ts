// Subscription messages and groups in a real browser against `npm start` (demo compound; there is
// no WeChat here: the local transport marks a message delivered, and the browser demo records the
// grant the report tap would have asked WeChat for). 王秀英 reports a leak; 周经理 accepts it; the
// admin's outbox shows the status change as WeChat's card, sent, with the catalogue's fields.
// Opening the issue from a simulated group card (?group=) lists it under 本群. The new screens pass
// axe-core's WCAG 2 A/AA rules and the elder sizes in both modes.
import { browserSuite, elderSizes, hasChromium, seriousViolations, onScreen } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

const OUTBOX = 'packages/notify/outbox/index';
const GROUP = 'packages/notify/group/index';
const DETAIL = 'packages/issues/detail/index';

d('subscription messages and groups in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  let issueId = '';
  const signedIn = env.signedIn;
  const screen = onScreen;

  it('a status change of an owner\'s report arrives in the outbox as a sent card with the right fields', async () => {
    const owner = await signedIn('owner');
    await owner.goto(`${env.app.base}/#/packages/issues/report/index`);
    const form = screen(owner);
    await form.getByRole('combobox', { name: '问题类别' }).selectOption('pipe_leak');
    await form.getByRole('combobox', { name: '地点' }).selectOption({ label: '19栋301' });
    await form.getByRole('textbox', { name: '问题描述' }).fill('阳台地漏返水，下雨天满地是水。');
    const granted = owner.waitForResponse((r) => r.url().endsWith('/api/subscriptions.record'));
    await form.getByRole('button', { name: '提交报事' }).click();
    await owner.waitForURL(/packages\/issues\/detail\/index\?id=/);
    const grant = await granted;
    expect((await grant.json()).ok).toBe(true);
    // One grant is kept for "已完成，请确认" (the message the owner must answer); a second "允许"
    // (as on a later report) lets "已受理" through too.
    await env.api(owner, 'subscriptions.record', grant.request().postDataJSON());
    issueId = decodeURIComponent(/[?&]id=([^&]+)/.exec(owner.url())![1]);
    await owner.context().close();

    const manager = await signedIn('manager');
    await manager.goto(`${env.app.base}/#/${DETAIL}?id=${encodeURIComponent(issueId)}`);
    await screen(manager).getByRole('button', { name: '受理', exact: true }).click();
    await screen(manager).getByText('已受理，请派单处理').waitFor();
    await manager.context().close();

    const admin = await signedIn('admin');
    await admin.goto(`${env.app.base}/#/pages/me/index`);
    await screen(admin).getByRole('button', { name: '消息发件箱' }).click();
    await admin.waitForURL(/packages\/notify\/outbox\/index/);
    const card = screen(admin).locator('.gz-wxcard').filter({ hasText: '阳台地漏返水' }).filter({ hasText: '已受理' });
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('报事进度通知');
    expect(text).toContain('发给 王秀英');
    // The sender puts the place and the start of the description into the 20-character `thing`.
    expect(text).toMatch(/报事内容\s*19栋301:阳台地漏返水，下雨天满地\s/);
    expect(text).toMatch(/处理状态\s*已受理/);
    expect(text).toMatch(/更新时间\s*\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(text).toMatch(/备注\s*无/);
    expect(text).toContain('进入小程序查看');
    expect(text).toContain('已发送');

    // The filter narrows the list to one outcome.
    await screen(admin).getByRole('radio', { name: '没有订阅' }).click();
    await screen(admin).locator('.gz-wxcard__status').first().waitFor();
    const statuses = await screen(admin).locator('.gz-wxcard__status').allInnerTexts();
    expect(statuses.every((s) => s.startsWith('未发送：对方没有订阅'))).toBe(true);
    await admin.context().close();
  });

  it('an issue opened from a (simulated) group card is listed under 本群 for that group', async () => {
    const resident = await signedIn('resident');
    const entered = resident.waitForResponse((r) => r.url().endsWith('/api/groups.enter'));
    await resident.goto(`${env.app.base}/#/${DETAIL}?id=${encodeURIComponent(issueId)}&group=building19`);
    expect((await (await entered).json()).ok).toBe(true);
    await resident.waitForFunction(() => !!localStorage.getItem('gz.group'));
    await resident.goto(`${env.app.base}/#/pages/me/index`);
    await screen(resident).getByRole('button', { name: '本群分享' }).click();
    await screen(resident).getByRole('heading', { level: 1, name: '本群' }).waitFor();
    const item = screen(resident).getByRole('button', { name: /报事：19栋301:阳台地漏返水/ });
    await item.waitFor();
    await item.click();
    await resident.waitForURL(/packages\/issues\/detail\/index\?id=/);
    await resident.context().close();
  });

  const screens: Array<{ name: string; persona: string; route: string; ready: RegExp; group?: boolean }> = [
    { name: 'outbox', persona: 'admin', route: OUTBOX, ready: /进入小程序查看/ },
    { name: '本群', persona: 'resident', route: GROUP, ready: /阳台地漏返水/, group: true },
  ];

  for (const mode of ['normal', 'elder'] as const) {
    for (const s of screens) {
      it(`${s.name} has no serious WCAG 2 A/AA violation in ${mode} mode${mode === 'elder' ? ', and no text under 24 px or control under 80 px' : ''}`, async () => {
        // Opening from a group card is a launch of its own (the group comes with the first page):
        // a page of its own, not the persona's shared one, where Taro would show the page it keeps.
        const page = s.group ? await env.signedIn(s.persona, mode === 'elder') : await env.page(s.persona, mode === 'elder');
        if (s.group) {
          const entered = page.waitForResponse((r) => r.url().endsWith('/api/groups.enter'));
          await page.goto(`${env.app.base}/#/${DETAIL}?id=${encodeURIComponent(issueId)}&group=building19`);
          await entered;
          // The answer reached the page; wait until the page kept the group (a busy machine is slower).
          await page.waitForFunction(() => !!localStorage.getItem('gz.group'));
        }
        await page.goto(`${env.app.base}/#/${s.route}`);
        await screen(page).getByText(s.ready).first().waitFor();
        if (mode === 'elder') await page.locator('.gz-page.elder:visible').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        if (mode === 'elder') expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
        if (s.group) await page.context().close();
      });
    }
  }
});
