import { chromium } from 'playwright-core';
(async () => {
  const B = 'http://127.0.0.1:18931';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
  const shot = async (persona: string, route: string, wait: string, file: string) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await ctx.newPage();
    await page.request.post(`${B}/dev/sign-in`, { data: { persona } });
    let r = route;
    if (r.includes('MEETING')) {
      const list = await (await page.request.post(`${B}/api/meetings.list`, { data: {} })).json();
      r = r.replace('MEETING', encodeURIComponent(list.data.meetings.find((m: { status: string }) => m.status === 'published').id));
    }
    await page.goto(`${B}/#/${r}`);
    await page.locator('.taro_page:visible').getByText(wait).first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/gov-${file}.png`, fullPage: true });
    await ctx.close();
  };
  await shot('owner', 'packages/governance/scorecard/index', '计算方法', 'scorecard');
  await shot('owner', 'packages/governance/plan/index', '消防管网改造', 'plan');
  await shot('owner', 'packages/governance/plan-item/index?id=plan%3A2026%3Awater', '变更记录', 'plan-item');
  await shot('owner', 'packages/governance/meeting/index?id=MEETING', '已办结', 'meeting');
  await shot('community', 'packages/governance/inspection/index', '提交本季度检查', 'inspection');
  await shot('owner', 'pages/home/index', '公告公示', 'home');
  await browser.close();
})();
