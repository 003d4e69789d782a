// Setting up a compound in the browser build: 何书记 (community) opens 新城家园 in 旭光社区 with two
// buildings on 开通小区, the phone switches to it, she sets its places and its SLA on 小区设置, and
// the report form there offers exactly those places. Then axe-core and the 长辈模式 sizes on both
// screens.
import type { Page } from 'playwright-core';
import { browserSuite, elderSizes, hasChromium, onScreen, seriousViolations } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

d('setting up a compound in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const url = (path: string) => `${env.app.base}/#${path}`;

  async function fill(page: Page, name: string, value: string): Promise<void> {
    const box = onScreen(page).getByRole('textbox', { name, exact: true });
    await box.fill(value);
  }

  it('opens a compound with two buildings, sets its places and SLA, and its report form offers those places', async () => {
    const page = await env.signedIn('community');
    await page.goto(url('/pages/me/index'));
    await onScreen(page).getByRole('button', { name: '开通小区' }).click();
    const s = onScreen(page);
    await s.getByRole('textbox', { name: '小区名称', exact: true }).waitFor();
    await fill(page, '小区名称', '新城家园');
    await fill(page, '第 1 栋·楼栋名称', 'A座');
    await fill(page, '第 1 栋·层数', '3');
    await s.getByRole('button', { name: '添加一栋楼' }).click();
    await fill(page, '第 2 栋·楼栋名称', 'B座');
    await fill(page, '第 2 栋·单元数(没有单元填 0)', '0');
    await s.getByRole('button', { name: '开通小区', exact: true }).click();
    await s.getByText('已开通新城家园,你现在在这个小区里').waitFor();

    await s.getByRole('button', { name: '接着设置地点和时限' }).click();
    await onScreen(page).getByRole('textbox', { name: 'A座的地点', exact: true }).waitFor();
    await fill(page, '公共区域', '小区大门、儿童乐园');
    await fill(page, 'A座的地点', '楼道、电梯');
    await fill(page, 'B座的地点', '楼道');
    await fill(page, '受理时限(小时)', '12');
    await fill(page, '首次处理时限(小时)', '48');
    await onScreen(page).getByRole('button', { name: '保存设置' }).click();
    await onScreen(page).getByText('设置已保存').waitFor();

    // The report form, in the new compound (the phone switched to it): exactly its places.
    await page.goto(url('/packages/issues/report/index'));
    const place = onScreen(page).locator('select#place');
    await place.locator('option', { hasText: 'A座电梯' }).waitFor({ state: 'attached' });
    const offered = await place.locator('option').allTextContents();
    expect(offered).toEqual(expect.arrayContaining(['小区大门', '儿童乐园', 'A座楼道', 'A座电梯', 'B座楼道']));
    expect(offered).not.toContain('主干道');
    expect(offered).not.toContain('A座楼顶');
    await page.context().close();
  });

  for (const elder of [false, true]) {
    it(`passes axe${elder ? ' and the 长辈模式 sizes' : ''} on 开通小区 and 小区设置${elder ? ' (长辈模式)' : ''}`, async () => {
      const screens: Array<[string, string]> = [
        ['/packages/people/compound-new/index', '以后导入名册'],
        ['/packages/people/compound-settings/index', '保存设置'],
      ];
      for (const [path, ready] of screens) {
        const page = await env.signedIn('admin', elder);
        await page.goto(url(path));
        await onScreen(page).getByText(ready, { exact: true }).first().waitFor();
        if (elder) await onScreen(page).locator('.gz-page.elder').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        if (elder) expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
        await page.context().close();
      }
    });
  }
});
