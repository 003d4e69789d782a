// Joining a compound in the browser build: 陈晓 (a newcomer) opens the app from a link naming
// 锦绣花园 (`?compound=jinxiu`, as a share card or QR code does), lands on its welcome, then finds
// 阳光苑 on 找小区 by district and name and enters it. Then axe-core and the 长辈模式 sizes on the
// welcome, 找小区 and 邀请邻居 screens.
import type { Page } from 'playwright-core';
import { browserSuite, elderSizes, hasChromium, onScreen, seriousViolations } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

d('joining a compound in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const url = (path: string) => `${env.app.base}/#${path}`;
  const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.data ?? null, key);

  async function findByDistrictAndName(page: Page, name: string): Promise<void> {
    const s = onScreen(page);
    await s.getByRole('textbox', { name: '城市' }).fill('武汉市');
    await s.getByRole('textbox', { name: '区(县)' }).fill('新洲区');
    await s.getByRole('textbox', { name: '小区名称' }).fill(name);
    await s.getByRole('button', { name: '查找' }).click();
  }

  it('takes a newcomer from a 锦绣花园 link to its welcome, and finds 阳光苑 by district and name', async () => {
    const page = await env.signedIn('newcomer');
    await page.goto(`${env.app.base}/?compound=jinxiu#/pages/home/index`);
    const s = onScreen(page);
    await s.getByRole('heading', { name: '欢迎来到锦绣花园' }).waitFor();
    await s.getByText('武汉市 新洲区 阳逻街道 旭光社区').waitFor();
    expect(await stored(page, 'gz.compound')).toBe('jinxiu');
    // The link's query is dropped, so a reload later does not switch back.
    expect(new URL(page.url()).search).toBe('');
    await s.getByRole('button', { name: '认证我的房屋' }).waitFor();

    await s.getByRole('button', { name: '不是这个小区?找一找' }).click();
    await onScreen(page).getByRole('heading', { name: '找小区' }).waitFor();
    await findByDistrictAndName(page, '阳光');
    const row = onScreen(page).getByRole('button', { name: /^进入阳光苑,武汉市 新洲区 阳逻街道 旭光社区,共 30 户$/ });
    await row.waitFor();
    expect(await onScreen(page).getByRole('button', { name: /^进入/ }).count()).toBe(1);
    await row.click();
    await onScreen(page).getByRole('heading', { name: '欢迎来到阳光苑' }).waitFor();
    expect(await stored(page, 'gz.compound')).toBe('yangguang');
    await page.context().close();
  });

  for (const elder of [false, true]) {
    it(`passes axe${elder ? ' and the 长辈模式 sizes' : ''} on the welcome, 找小区 and 邀请邻居${elder ? ' (长辈模式)' : ''}`, async () => {
      const page = await env.signedIn('newcomer', elder);
      const check = async () => {
        if (elder) await onScreen(page).locator('.gz-page.elder').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        if (elder) expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
      };
      await page.goto(url('/packages/people/join/index?compound=jinxiu'));
      await onScreen(page).getByRole('heading', { name: '欢迎来到锦绣花园' }).waitFor();
      await check();
      await page.goto(url('/packages/people/find/index'));
      await findByDistrictAndName(page, '锦绣');
      await onScreen(page).getByRole('button', { name: /^进入锦绣花园/ }).waitFor();
      await check();
      await page.goto(url('/packages/people/invite/index'));
      await onScreen(page).getByRole('img', { name: '锦绣花园的二维码:扫码打开本小区的欢迎页' }).waitFor();
      await check();
      await page.context().close();
    });
  }
});
