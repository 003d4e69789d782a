// What residents hit, fixed end to end in a real browser against `npm start` (issue 14): a
// mistyped meter reading corrected (and the false leak report withdrawn); a resident of 3栋
// reporting 3栋楼道, seen by neighbours as "3栋 李*"; an irreversible step confirmed on the page
// (never a dialog, in either mode); 长辈模式 tables as one card per row; the 长辈模式 setting
// following the person to a second browser. Each screen passes axe-core and 长辈模式's sizes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite, elderSizes, hasChromium, onScreen, phoneContext, seriousViolations } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

const METERS = 'packages/tasks/meters/index';
const SHOTS = join(__dirname, '../../docs/screenshots');
const period = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());

d('residents’ journeys in the browser: corrections, places, confirmations, 长辈模式', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const screen = onScreen;
  const api = env.api;

  const checkScreen = async (page: Page, elder: boolean) => {
    expect(await seriousViolations(page)).toEqual([]);
    if (elder) expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
  };

  it('corrects a mistyped meter reading with a reason, and the false leak report is withdrawn', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await env.signedIn('staff', true);
    const month = period();
    const meter = (await api(page, 'meters.route', { route: '桥东' })).meters[1];
    const wrong = (Number(meter.last!.value) + 90).toFixed(2);
    const right = (Number(meter.last!.value) + 9).toFixed(2);
    await page.goto(`${env.app.base}/#/${METERS}?route=${encodeURIComponent('桥东')}&period=${month}`);
    const card = screen(page).locator('#meter-2');
    await card.getByRole('textbox', { name: `${meter.label} 本次读数` }).fill(wrong);
    const read = page.waitForResponse((r) => r.url().endsWith('/api/meters.read'));
    await card.getByRole('button', { name: `保存读数：${meter.label}` }).click();
    const leakId = ((await (await read).json()) as { data: { reading: { issueId: string } } }).data.reading.issueId;
    expect(leakId).toBeTruthy();
    await card.getByText(/疑似漏水/).waitFor();

    await card.getByRole('button', { name: `更正读数：${meter.label}` }).click();
    await card.getByRole('textbox', { name: `${meter.label} 正确的读数` }).fill(right);
    await card.getByRole('textbox', { name: `${meter.label} 更正原因` }).fill('多按了一个 9');
    await checkScreen(page, true);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'meter-correct-elder.png') });
    await card.getByRole('button', { name: `保存更正：${meter.label}` }).click();
    await card.getByText(`已更正为：${right}（本期用量 9.00 方）`).waitFor();
    await card.getByText('之前按错误读数报的“疑似漏水”已撤回。').waitFor();

    const after = (await api(page, 'meters.route', { route: '桥东' })).meters[1];
    expect(after.last).toMatchObject({ period: month, value: right });
    await page.context().close();
    // The manager finds the leak report withdrawn, with the reason.
    const zhou = await env.signedIn('manager');
    const leak = await api(zhou, 'issues.get', { issueId: leakId });
    expect(leak.issue.statusLabel).toBe('未受理');
    expect(JSON.stringify(leak.timeline)).toContain('多按了一个 9');
    await zhou.context().close();
  });

  it('a resident of 3栋 reports 3栋楼道; neighbours see "3栋 李*"', async () => {
    const li = await env.signedIn('resident');
    await li.goto(`${env.app.base}/#/packages/issues/report/index`);
    const form = screen(li);
    await form.getByRole('combobox', { name: '问题类别' }).selectOption({ label: '楼道保洁' });
    const place = form.getByRole('combobox', { name: '地点' });
    // Her own building's parts come right after her flat.
    await place.locator('option', { hasText: '3栋楼道' }).first().waitFor({ state: 'attached' });
    const labels = await place.locator('option').allTextContents();
    expect(labels.indexOf('3栋楼道')).toBeLessThan(labels.indexOf('主干道'));
    await place.selectOption({ label: '3栋楼道' });
    await form.getByRole('textbox', { name: '问题描述' }).fill('3栋二楼楼道堆满纸箱,老人下楼要侧身。');
    await checkScreen(li, false);
    await form.getByRole('button', { name: /提交报事/ }).click();
    await li.waitForURL(/packages\/issues\/detail\/index\?id=/);
    const issueId = decodeURIComponent(/[?&]id=([^&]+)/.exec(li.url())![1]);
    await screen(li).getByRole('heading', { level: 1, name: '楼道保洁 · 3栋楼道' }).waitFor();
    await screen(li).getByText('李明').first().waitFor();
    await li.context().close();

    const wang = await env.signedIn('owner');
    await wang.goto(`${env.app.base}/#/packages/issues/detail/index?id=${encodeURIComponent(issueId)}`);
    await screen(wang).getByText('3栋 李*', { exact: true }).waitFor();
    // Nowhere on the page, the timeline included.
    expect(await screen(wang).first().textContent()).not.toContain('李明');
    await wang.context().close();
  });

  for (const mode of ['normal', 'elder'] as const) {
    it(`asks on the page, never in a dialog, before giving up a volunteer place (${mode} mode)`, async () => {
      const page = await env.signedIn('owner', mode === 'elder');
      const { items } = await api(page, 'volunteers.activities', { teamId: 'team:dance' });
      const activityId = items[mode === 'elder' ? 1 : 0]?.id ?? items[0].id;
      await api(page, 'volunteers.signup', { activityId });
      let dialogs = 0;
      page.on('dialog', (dlg) => {
        dialogs++;
        void dlg.dismiss();
      });
      await page.goto(`${env.app.base}/#/packages/volunteer/activity/index?id=${encodeURIComponent(activityId)}`);
      const s = screen(page);
      await s.getByRole('button', { name: '取消报名' }).click();
      await s.getByText(/这个名额就让出去了|名额会马上给候补第 1 位/).waitFor();
      expect(await page.locator('[role=dialog], [role=alertdialog], .taro-modal__content').count()).toBe(0);
      await checkScreen(page, mode === 'elder');
      if (mode === 'elder') await page.screenshot({ path: join(SHOTS, 'confirm-elder.png') });
      // 取消 keeps the place; the confirming button gives it up.
      await s.getByRole('button', { name: '取消', exact: true }).click();
      await s.getByText('您已报名，名额已确认。').waitFor();
      await s.getByRole('button', { name: '取消报名' }).click();
      await s.getByRole('button', { name: '确定取消报名' }).click();
      await s.getByText('已取消。').waitFor();
      expect(dialogs).toBe(0);
      await page.context().close();
    });
  }

  it('shows the scorecard and a vote’s results as one card per row in 长辈模式', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await env.signedIn('owner', true);
    await page.goto(`${env.app.base}/#/packages/governance/scorecard/index`);
    const table = screen(page).locator('table.gz-table').first();
    await table.waitFor();
    const row = table.locator('tbody tr').first();
    // A card: the row is a block as wide as the page, each value under its column's name.
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const cell = row.locator('td').first();
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"总分"');
    const widths = await row.evaluate((el) => ({ row: el.getBoundingClientRect().width, page: document.documentElement.clientWidth }));
    expect(widths.row).toBeGreaterThan(widths.page * 0.8);
    await checkScreen(page, true);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'scorecard-elder.png') });

    const { items } = await api(page, 'polls.list', { status: 'published' });
    expect(items.length).toBeGreaterThan(0);
    await page.goto(`${env.app.base}/#/packages/polls/results/index?id=${encodeURIComponent(items[0].id)}`);
    // The results page's own table (by its name), not the scorecard's while the hash route changes.
    const results = screen(page).getByRole('table', { name: '法定门槛与实际结果' });
    await results.waitFor();
    expect(await results.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await checkScreen(page, true);
    await results.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'results-elder.png') });
    await page.context().close();
  });

  it('keeps 长辈模式 on the account: switched on in one browser, it is on in a second one', async () => {
    const first = await env.signedIn('committee', true);
    await first.goto(`${env.app.base}/#/pages/home/index`);
    // The screen on view (Taro keeps 我的, where it was switched on, in the document, hidden).
    await first.locator('.gz-page.elder:visible').first().waitFor();
    // The tab bar grows with it (24 px labels).
    const label = first.locator('.weui-tabbar__label').first();
    expect(await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    await first.screenshot({ path: join(SHOTS, 'tabbar-elder.png') });

    // A second phone: a fresh browser context, nothing stored on it.
    const context = await phoneContext(env.browser);
    const second = await context.newPage();
    expect((await second.request.post(`${env.app.base}/dev/sign-in`, { data: { persona: 'committee' } })).status()).toBe(200);
    await second.goto(`${env.app.base}/#/pages/home/index`);
    await second.locator('.gz-page.elder:visible').first().waitFor();
    await second.goto(`${env.app.base}/#/pages/me/index`);
    expect(await screen(second).getByRole('switch', { name: /长辈模式/ }).getAttribute('aria-checked')).toBe('true');
    await context.close();
    await first.context().close();
  });
});
