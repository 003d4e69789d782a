// Many compounds in the browser build: 李明 (a tenant in 侨亚小区, an owner in 锦绣花园) switches on
// 我的小区, the choice outlives a reload, 议事 then shows only 锦绣花园's reports, and switching back
// restores 侨亚小区's; 何书记 (community) sees 旭光社区's three compounds side by side on 各小区比较,
// figures only. Then axe-core and the 长辈模式 sizes on both screens.
import type { Page } from 'playwright-core';
import { browserSuite, elderSizes, hasChromium, onScreen, seriousViolations } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

type FeedItem = { id: string; description: string };

d('switching compounds in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const url = (path: string) => `${env.app.base}/#${path}`;

  /** An action as the page's persona, in a given compound (the header the client sends). */
  async function inCompound<T>(page: Page, compound: string, action: string, input: unknown): Promise<T> {
    const res = await page.request.post(`${env.app.base}/api/${action}`, { data: input, headers: { 'x-gongzhi-compound': compound } });
    const body = (await res.json()) as { ok: boolean; data: T; error?: unknown };
    if (!body.ok) throw new Error(`${action} in ${compound}: ${JSON.stringify(body.error)}`);
    return body.data;
  }

  /** 我的小区 → the row of `name` → 首页 reopens (in that compound). */
  async function switchTo(page: Page, name: string): Promise<void> {
    await page.goto(url('/packages/people/compounds/index'));
    await onScreen(page).getByRole('button', { name: new RegExp(`^${name},.*点按切换`) }).click();
    await page.waitForURL(/pages\/home\/index/);
  }

  async function feedShows(page: Page, shown: string, hidden: string): Promise<void> {
    await page.goto(url('/pages/issues/index'));
    const s = onScreen(page);
    await s.getByText(shown).first().waitFor();
    expect(await s.getByText(hidden).count()).toBe(0);
  }

  it('lets 李明 switch to 锦绣花园, keeps the choice after a reload, shows only its reports, and switches back', async () => {
    const page = await env.signedIn('resident');
    // 侨亚小区's seeded reports; 锦绣花园 starts without any (tenancy.ts), so 李明 reports one there.
    const qiaoya = (await inCompound<{ items: FeedItem[] }>(page, 'qiaoya', 'issues.feed', { status: 'open' })).items;
    const qiaoyaText = qiaoya[0].description;
    const jinxiuText = '锦绣花园2栋1单元楼道的灯坏了,晚上上楼看不清台阶。';
    await inCompound(page, 'jinxiu', 'issues.report', { category: 'lighting', place: { unitId: 'u:2栋-1单元-302' }, description: jinxiuText, visibility: 'public' });
    // The report stayed in its own compound.
    expect((await inCompound<{ items: FeedItem[] }>(page, 'qiaoya', 'issues.feed', {})).items.map((i) => i.description)).not.toContain(jinxiuText);

    await page.goto(url('/pages/me/index'));
    await onScreen(page).getByText('侨亚小区(切换)', { exact: false }).waitFor();
    await feedShows(page, qiaoyaText, jinxiuText);

    await switchTo(page, '锦绣花园');
    await page.reload();
    await page.goto(url('/pages/me/index'));
    await onScreen(page).getByText('锦绣花园(切换)', { exact: false }).waitFor();
    await feedShows(page, jinxiuText, qiaoyaText);
    await page.goto(url('/packages/people/compounds/index'));
    await onScreen(page).getByRole('button', { name: /^锦绣花园,.*当前所在/ }).waitFor();

    await switchTo(page, '侨亚小区');
    await feedShows(page, qiaoyaText, jinxiuText);
    await page.context().close();
  });

  it('shows 何书记 the three compounds of 旭光社区 side by side, figures and no names', async () => {
    const page = await env.signedIn('community');
    await page.goto(url('/packages/governance/compare/index'));
    const s = onScreen(page);
    await s.getByRole('heading', { name: '旭光社区:各小区比较' }).waitFor();
    const cards = s.locator('.gz-card');
    await expect(cards.count()).resolves.toBe(3);
    const texts = await cards.allTextContents();
    for (const name of ['侨亚小区', '锦绣花园', '阳光苑']) {
      const card = texts.find((t) => t.startsWith(name));
      expect(card).toBeDefined();
      expect(card).toMatch(/报事\d+ 件/);
      expect(card).toMatch(/表决\d+ 次/);
    }
    // 侨亚小区 has the seeded reports; 阳光苑 has no committee and no company.
    expect(texts.find((t) => t.startsWith('侨亚小区'))).not.toMatch(/报事0 件/);
    expect(texts.find((t) => t.startsWith('阳光苑'))).toMatch(/未成立业委会/);
    // 锦绣花园's committee term ends within 90 days: flagged in words.
    expect(texts.find((t) => t.startsWith('锦绣花园'))).toMatch(/⚠ .*请准备换届/);
    const body = (await s.textContent()) ?? '';
    for (const person of ['李明', '王秀英', '张建国', '方玉珍', '邓春生', '何书记']) expect(body).not.toContain(person);
    expect(body).not.toMatch(/1\d{10}/);
    await page.context().close();
  });

  for (const elder of [false, true]) {
    it(`passes axe${elder ? ' and the 长辈模式 sizes' : ''} on 我的小区 and 各小区比较${elder ? ' (长辈模式)' : ''}`, async () => {
      const screens: Array<[string, string, string]> = [
        ['resident', '/packages/people/compounds/index', '当前'],
        ['community', '/packages/governance/compare/index', '阳光苑'],
      ];
      for (const [persona, path, ready] of screens) {
        const page = await env.signedIn(persona, elder);
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
