// npm run screenshots: the README's and docs' pictures, taken from the real app on the demo
// compound (headless Chromium, 390×844 like a phone). Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { launch, startApp } from '../test/e2e/browser';

interface Shot {
  name: string;
  persona: string;
  route: string;
  ready: string;
  elder?: boolean;
  /** Clicks (by visible text) before the picture. */
  steps?: string[];
}

const shots: Shot[] = (process.env.SHOTS ? JSON.parse(process.env.SHOTS) : null) ?? [
  { name: 'home', persona: 'owner', route: 'pages/home/index', ready: '王秀英' },
  { name: 'home-elder', persona: 'owner', route: 'pages/home/index', ready: '王秀英', elder: true },
  { name: 'me', persona: 'owner', route: 'pages/me/index', ready: '19栋301' },
  { name: 'claim', persona: 'newcomer', route: 'packages/people/claim/index', ready: '楼栋' },
  { name: 'review', persona: 'committee', route: 'packages/people/review/index', ready: '认证' },
  { name: 'join', persona: 'newcomer', route: 'packages/people/join/index?compound=jinxiu', ready: '欢迎来到锦绣花园' },
  { name: 'invite', persona: 'committee', route: 'packages/people/invite/index', ready: '邀请邻居加入侨亚小区' },
  { name: 'sign-in', persona: 'owner', route: 'packages/dev/sign-in/index', ready: '王秀英' },
  { name: 'issues', persona: 'owner', route: 'pages/issues/index', ready: '主干道' },
  { name: 'report', persona: 'owner', route: 'packages/issues/report/index', ready: '问题描述' },
  { name: 'stats', persona: 'community', route: 'packages/issues/stats/index', ready: '管网漏水' },
  { name: 'my-tasks', persona: 'staff', route: 'packages/tasks/mine/index', ready: '主干道路灯' },
  { name: 'board', persona: 'manager', route: 'packages/tasks/board/index', ready: '绿化带' },
  { name: 'meters', persona: 'staff', route: 'packages/tasks/meters/index?route=%E6%A1%A5%E4%B8%9C', ready: '19栋101' },
  { name: 'polls', persona: 'committee', route: 'pages/polls/index', ready: '发起表决' },
  { name: 'poll-create', persona: 'committee', route: 'packages/polls/create/index', ready: '截止时间' },
  { name: 'volunteer', persona: 'resident', route: 'pages/volunteer/index', ready: '保洁服务队' },
  { name: 'volunteer-elder', persona: 'owner', route: 'pages/volunteer/index', ready: '保洁服务队', elder: true },
  { name: 'plan', persona: 'owner', route: 'packages/governance/plan/index', ready: '消防管网改造' },
  { name: 'scorecard', persona: 'community', route: 'packages/governance/scorecard/index', ready: '考评' },
  { name: 'meetings', persona: 'committee', route: 'packages/governance/meetings/index', ready: '三方' },
];

async function main() {
  mkdirSync('docs/screenshots', { recursive: true });
  const app = await startApp();
  const browser = await launch();
  try {
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.request.post(`${app.base}/dev/sign-in`, { data: { persona: shot.persona } });
      if (shot.elder) {
        await page.goto(`${app.base}/#/pages/me/index`);
        await page.getByRole('switch', { name: /长辈模式/ }).click();
        await page.locator('.gz-page.elder').first().waitFor();
      }
      await page.goto(`${app.base}/#/${shot.route}`);
      await page.locator('.taro_page:visible').getByText(shot.ready).first().waitFor();
      for (const step of shot.steps ?? []) {
        await page.getByText(step).first().click();
        await page.waitForTimeout(300);
      }
      await page.waitForTimeout(300); // let fonts and images settle for the picture
      await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
      console.log(`docs/screenshots/${shot.name}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
