// The property company's dispatch board across its compounds in the browser build: 周经理 (华宇物业)
// sees 侨亚小区's and 锦绣花园's open tasks side by side, each naming its compound, filters to 锦绣花园,
// and the filter outlives a reload. Then axe-core and the 长辈模式 sizes on the board and on 刘师傅's
// 我的任务, which lists his tasks in both compounds.
import type { Page } from 'playwright-core';
import { browserSuite, elderSizes, hasChromium, onScreen, seriousViolations } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

d('the dispatch board across compounds', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const url = (path: string) => `${env.app.base}/#${path}`;
  const JINXIU_TASK = '锦绣花园3栋单元门禁失灵';

  /** An action as the page's persona, in a given compound (the header the client sends). */
  async function inCompound<T>(page: Page, compound: string, action: string, input: unknown): Promise<T> {
    const res = await page.request.post(`${env.app.base}/api/${action}`, { data: input, headers: { 'x-gongzhi-compound': compound } });
    const body = (await res.json()) as { ok: boolean; data: T; error?: unknown };
    if (!body.ok) throw new Error(`${action} in ${compound}: ${JSON.stringify(body.error)}`);
    return body.data;
  }

  it('lets 周经理 filter the board by compound, and keeps the filter after a reload', async () => {
    const page = await env.signedIn('manager');
    await inCompound(page, 'jinxiu', 'tasks.create', { title: JINXIU_TASK, assigneeId: 'user:demo-staff', dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    await page.goto(url('/packages/tasks/board/index'));
    const s = onScreen(page);
    const section = s.locator('.gz-compound-tasks');
    await section.getByText(JINXIU_TASK).waitFor();
    // 侨亚小区's seeded tasks are there too, each card naming its compound.
    await section.locator('.gz-card', { hasText: '侨亚小区' }).first().waitFor();
    await section.getByRole('radio', { name: '锦绣花园' }).click();
    await section.getByRole('radio', { name: '锦绣花园', checked: true }).waitFor();
    await section.locator('.gz-card', { hasText: '侨亚小区' }).first().waitFor({ state: 'detached' });
    await section.getByText(JINXIU_TASK).waitFor();

    await page.reload();
    await onScreen(page).locator('.gz-compound-tasks').getByText(JINXIU_TASK).waitFor();
    const after = onScreen(page).locator('.gz-compound-tasks');
    await after.getByRole('radio', { name: '锦绣花园', checked: true }).waitFor();
    expect(await after.locator('.gz-card', { hasText: '侨亚小区' }).count()).toBe(0);
    await page.context().close();
  });

  for (const elder of [false, true]) {
    it(`passes axe${elder ? ' and the 长辈模式 sizes' : ''} on the board and on 我的任务 with the compounds' tasks${elder ? ' (长辈模式)' : ''}`, async () => {
      const screens: Array<[string, string]> = [
        ['manager', '/packages/tasks/board/index'],
        ['staff', '/packages/tasks/mine/index'],
      ];
      for (const [persona, path] of screens) {
        const page = await env.signedIn(persona, elder);
        await page.goto(url(path));
        await onScreen(page).locator('.gz-compound-tasks').getByRole('radio', { name: '全部小区' }).waitFor();
        if (elder) await onScreen(page).locator('.gz-page.elder').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        if (elder) expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
        await page.context().close();
      }
    });
  }
});
