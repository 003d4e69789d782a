// The issue loop in a real browser against `npm start`: an owner reports a leak with a photo,
// the manager accepts it and, on the dispatch board, gives 刘师傅 a task; he starts and finishes
// it with an after-photo in 我的任务; the owner confirms and gives five stars, and the issue's
// timeline shows every step. Then axe-core on the 议事 screens in both modes, and in 长辈模式 no
// text under 24 px, no control under 80 px, nothing popping up.
import type { Page } from 'playwright-core';
import { demoPng } from '../../server/demo/activity';
import { browserSuite, elderSizes, hasChromium, seriousViolations, onScreen } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

d('issues in the browser', () => {
  const env = browserSuite();

  const signedIn = env.signedIn;

  /** The page on screen: Taro's H5 keeps other visited pages in the document, hidden. */
  const screen = onScreen;

  const api = env.api;

  const detailUrl = (id: string) => `${env.app.base}/#/packages/issues/detail/index?id=${encodeURIComponent(id)}`;

  it('carries a leak from the report to five stars, every step on the timeline', async () => {
    // 1. 王秀英 reports a leak in her flat, with a photo from her phone.
    const owner = await signedIn('owner');
    await owner.goto(`${env.app.base}/#/packages/issues/report/index`);
    const form = screen(owner);
    await form.getByRole('combobox', { name: '问题类别' }).selectOption('pipe_leak');
    await form.getByRole('combobox', { name: '地点' }).selectOption({ label: '19栋301' });
    await form.getByRole('textbox', { name: '问题描述' }).fill('厨房水槽下面的水管接口一直滴水，柜子底板都泡软了。');
    await form.locator('input[type=file]').setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: Buffer.from(demoPng([180, 70, 50], 64)) });
    const thumb = form.getByRole('button', { name: '查看照片（第 1 张，共 1 张）' });
    await thumb.waitFor();
    // Re-encoded on the device as JPEG before it was sent.
    expect(await thumb.locator('img').getAttribute('src')).toMatch(/^\/files\/uploads\/[0-9a-f]{32}\/[0-9a-f]{24}\.jpg$/);
    // Tapping it opens the full-size viewer; Escape closes it again.
    await thumb.click();
    const viewer = owner.getByRole('dialog', { name: /照片/ });
    await viewer.waitFor();
    await owner.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    await form.getByRole('button', { name: '提交报事' }).click();

    await owner.waitForURL(/packages\/issues\/detail\/index\?id=/);
    await screen(owner).getByRole('heading', { name: '管网漏水 · 19栋301' }).waitFor();
    await screen(owner).getByText('报事已提交，物业受理后会通知您。').waitFor();
    const issueId = decodeURIComponent(/[?&]id=([^&]+)/.exec(owner.url())![1]);
    expect(issueId).toMatch(/^issue:/);
    expect(await screen(owner).getByText('待受理').count()).toBeGreaterThan(0);

    // 2. 周经理 opens it and accepts it.
    const manager = await signedIn('manager');
    await manager.goto(detailUrl(issueId));
    await screen(manager).getByRole('heading', { name: '管网漏水 · 19栋301' }).waitFor();
    await screen(manager).getByRole('button', { name: '受理', exact: true }).click();
    await screen(manager).getByText('已受理，请派单处理').waitFor();

    // 3. From the issue to the dispatch board (packages/tasks/board, the staff screens'), where
    //    the task goes to 刘师傅.
    await screen(manager).getByRole('button', { name: '去派单' }).click();
    await manager.waitForURL(/packages\/tasks\/board\/index/);
    const board = screen(manager);
    await board.getByRole('button', { name: '派单：管网漏水：19栋301', exact: true }).click();
    await board.getByRole('radio', { name: '刘师傅' }).click();
    await board.getByRole('radio', { name: '明天 12:00' }).click();
    await board.getByRole('button', { name: '创建工单' }).click();
    await board.getByText('管网漏水：19栋301：已派给刘师傅。').waitFor();
    await manager.goto(detailUrl(issueId));
    await manager.reload();
    await screen(manager).getByText('负责人：刘师傅').first().waitFor();
    await screen(manager).getByText('处理中').first().waitFor();

    // 4. 刘师傅 finds it in 我的任务 (packages/tasks/mine and detail, the staff screens), starts it
    //    and finishes it with an after-photo.
    const staff = await signedIn('staff');
    await staff.goto(`${env.app.base}/#/packages/tasks/mine/index`);
    await screen(staff).getByRole('button', { name: /管网漏水：19栋301/ }).first().click();
    const task = screen(staff);
    await task.getByRole('button', { name: '开始处理' }).click();
    await task.getByText('已开始处理。').waitFor();
    await task.getByRole('textbox', { name: '处理说明' }).fill('换了新的接头和生料带，试水半小时不再滴。');
    await task.locator('input[type=file]').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: Buffer.from(demoPng([230, 230, 220], 64)) });
    await task.getByRole('img', { name: '处理后照片预览' }).waitFor();
    await task.getByRole('button', { name: '完成任务' }).click();
    await task.getByText(/任务已完成/).waitFor();

    // 5. 王秀英 is asked "修好了吗?": she confirms and gives five stars.
    await owner.goto(detailUrl(issueId));
    await owner.reload();
    const page = screen(owner);
    await page.getByRole('heading', { name: '修好了吗？' }).waitFor();
    const stars = page.getByRole('radiogroup', { name: '评分' });
    await stars.getByRole('radio', { name: '5 星，非常满意' }).click();
    expect(await stars.getByRole('radio', { name: '5 星，非常满意' }).getAttribute('aria-checked')).toBe('true');
    await page.getByRole('textbox', { name: '评价（可选）' }).fill('刘师傅修得很仔细。');
    await page.getByRole('button', { name: '确认修好并评价' }).click();
    await page.getByText('已确认修好，谢谢您。谢谢您的评价。').waitFor();
    await page.getByText('已修好').first().waitFor();
    await page.getByRole('img', { name: '5 星（满分 5 星）' }).first().waitFor();

    // 6. The public timeline has every step, in order, with who and the notes.
    const steps = await page.locator('.gz-timeline__label').allTextContents();
    const expected = ['报事', '受理', '派单', '进入处理', '师傅开始处理', '处理完成', '确认已修好', '评价'];
    expect(steps.filter((s) => expected.includes(s))).toEqual(expected);
    const timeline = page.locator('.gz-timeline');
    expect(await timeline.getByText('换了新的接头和生料带，试水半小时不再滴。').count()).toBeGreaterThan(0);
    expect(await timeline.getByText('刘师傅修得很仔细。').count()).toBe(1);
    expect(await timeline.getByText(/周经理/).count()).toBeGreaterThan(0);
    // The report's photo and the after-photo can both be opened from the timeline.
    expect(await timeline.getByRole('button', { name: /查看照片/ }).count()).toBeGreaterThanOrEqual(2);
    // Nothing left to do for her: no second rating, no workflow buttons.
    expect(await page.getByRole('heading', { name: '给这次处理打个分' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '确认修好并评价' }).count()).toBe(0);

    // The feed shows it as finished, with its stars.
    await owner.goto(`${env.app.base}/#/pages/issues/index`);
    const feed = screen(owner);
    await feed.getByRole('radio', { name: '已结束' }).click();
    const card = feed.locator('.gz-issue').filter({ hasText: '厨房水槽下面的水管接口一直滴水' });
    await card.waitFor();
    expect(await card.getByRole('img', { name: '5 星（满分 5 星）' }).count()).toBe(1);
    expect(await card.getByText('已修好').count()).toBe(1);

    for (const p of [owner, manager, staff]) await p.context().close();
  });

  async function openIssueId(page: Page, match: string, status: 'open' | 'finished'): Promise<string> {
    const feed = await api(page, 'issues.feed', { status });
    const found = feed.items.find((i) => i.description.includes(match));
    if (!found) throw new Error(`no demo issue with "${match}"`);
    return found.id;
  }

  /** Runs actions as someone else, in a throwaway browser context of their own. */
  async function as<T>(persona: string, steps: (page: Page) => Promise<T>): Promise<T> {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.request.post(`${env.app.base}/dev/sign-in`, { data: { persona } });
    try {
      return await steps(page);
    } finally {
      await context.close();
    }
  }

  /** A fix waiting for 王秀英's word: reported by her, accepted, given to 刘师傅 and finished. */
  async function doneIssue(): Promise<string> {
    const { issue } = await as('owner', (p) => api(p, 'issues.report', { category: 'meter_replace', place: { unitId: 'u:19栋--301' }, description: '水表玻璃裂了，表盘看不清。' }));
    await as('manager', async (p) => {
      await api(p, 'issues.transition', { issueId: issue.id, transition: 'accept' });
      await api(p, 'tasks.create', { issueId: issue.id, title: '更换19栋301水表', kind: 'repair', assigneeId: 'user:demo-staff', dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    });
    await as('staff', async (p) => {
      const { tasks } = await api(p, 'issues.get', { issueId: issue.id });
      // As the page does: the bytes to /upload (the browser's wx.cloud.uploadFile), then only the file id.
      const put = await p.request.post(`${env.app.base}/upload`, { headers: { 'x-gongzhi-upload': '1', 'content-type': 'image/png' }, data: Buffer.from(demoPng([90, 110, 200])) });
      const { fileId } = ((await put.json()) as { data: { fileId: string } }).data;
      const photo = await api(p, 'photos.upload', { fileId });
      await api(p, 'tasks.finish', { taskId: tasks[0].id, note: '换了新水表。', photos: [photo.fileId] });
    });
    return issue.id;
  }

  const axeCases: Array<{ name: string; persona: string; open: (page: Page, elder: boolean) => Promise<void> }> = [
    {
      name: 'feed',
      persona: 'owner',
      open: async (page) => {
        await page.goto(`${env.app.base}/#/pages/issues/index`);
        await screen(page).getByText('主干道有三盏路灯不亮').first().waitFor();
      },
    },
    {
      name: 'report with the duplicate hint',
      persona: 'owner',
      open: async (page, elder) => {
        await page.goto(`${env.app.base}/#/packages/issues/report/index`);
        const s = screen(page);
        if (elder) {
          await s.getByRole('radio', { name: '照明故障' }).click();
          await s.getByRole('radio', { name: '主干道' }).click();
        } else {
          await s.getByRole('combobox', { name: '问题类别' }).selectOption('lighting');
          await s.getByRole('combobox', { name: '地点' }).selectOption('common:main_road');
        }
        await s.getByRole('heading', { name: '附近已经有人报过类似的问题' }).waitFor();
        await s.getByRole('textbox', { name: '问题描述' }).fill('路灯不亮');
      },
    },
    {
      name: 'detail: a fixed leak with photos, timeline and rating',
      persona: 'owner',
      open: async (page) => {
        await page.goto(detailUrl(await openIssueId(page, '卫生间天花板', 'finished')));
        await screen(page).getByText('刘师傅来得快').first().waitFor();
      },
    },
    {
      name: 'detail: the manager rejecting, the reason asked in place',
      persona: 'manager',
      open: async (page) => {
        // Opened afresh: the check in the other mode left this same page with the reason open.
        await page.goto(detailUrl(await openIssueId(page, '树枝堆在绿化带', 'open')));
        await page.reload();
        await screen(page).getByRole('button', { name: '不予受理', exact: true }).click();
        await screen(page).getByRole('textbox', { name: '不予受理的理由' }).waitFor();
      },
    },
    {
      name: 'detail: "修好了吗?" with a rating chosen',
      persona: 'owner',
      open: async (page) => {
        await page.goto(detailUrl(await doneIssue()));
        await screen(page).getByRole('heading', { name: '修好了吗？' }).waitFor();
        await screen(page).getByRole('radio', { name: '4 星，满意' }).click();
        await screen(page).getByRole('button', { name: '确认修好并评价' }).waitFor();
      },
    },
    {
      name: 'stats',
      persona: 'committee',
      open: async (page) => {
        await page.goto(`${env.app.base}/#/packages/issues/stats/index`);
        await screen(page).getByText('管网漏水').first().waitFor();
      },
    },
  ];

  for (const mode of ['normal', 'elder'] as const) {
    for (const c of axeCases) {
      it(`${c.name} has no serious WCAG 2 A/AA violation in ${mode} mode`, async () => {
        const page = await env.page(c.persona, mode === 'elder');
        await c.open(page, mode === 'elder');
        expect(await page.locator('[role=dialog]:visible, .nut-popup:visible, .taro__toast:visible').count()).toBe(0);
        expect(await seriousViolations(page)).toEqual([]);
        if (mode === 'elder') {
          await page.locator('.gz-page.elder:visible').first().waitFor();
          expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
        }
      });
    }
  }
});
