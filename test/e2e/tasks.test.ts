// The property staff's loop in a real browser against `npm start` (demo compound): the manager
// accepts the waiting green-waste report on the dispatch board and gives 刘师傅 a task; 刘师傅
// finds it in 我的任务, starts it and finishes it with a photo; then reads a meter in a basement
// without signal (the reading waits on the phone and goes out exactly once when the network
// returns). And every staff screen passes axe-core's WCAG 2 A/AA rules in both modes.
import type { Page } from 'playwright-core';
import { demoPng } from '../../server/demo/activity';
import { browserSuite, elderSizes, hasChromium, seriousViolations, onScreen } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

const MINE = 'packages/tasks/mine/index';
const BOARD = 'packages/tasks/board/index';
const METERS = 'packages/tasks/meters/index';
const DETAIL = 'packages/tasks/detail/index';

/** The month as the compound's clocks read it (China time): the meter period. */
const period = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());


d('staff tasks in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const signedIn = env.signedIn;
  const screen = onScreen;
  const api = env.api;

  it('the manager accepts the waiting green-waste report and gives 刘师傅 a task; 刘师傅 starts and finishes it with a photo', async () => {
    const manager = await signedIn('manager');
    await manager.goto(`${env.app.base}/#/${BOARD}`);
    const board = screen(manager);
    await board.getByRole('button', { name: '受理：绿化垃圾清运：绿化带', exact: true }).click();
    await board.getByText('绿化垃圾清运：绿化带：已受理，可以派单了。').waitFor();

    await board.getByRole('button', { name: '派单：绿化垃圾清运：绿化带', exact: true }).click();
    expect(await board.getByRole('textbox', { name: '工单标题' }).inputValue()).toBe('绿化垃圾清运：绿化带');
    await board.getByRole('radio', { name: '刘师傅' }).click();
    await board.getByRole('radio', { name: '明天 12:00' }).click();
    await board.getByRole('button', { name: '创建工单' }).click();
    await board.getByText('绿化垃圾清运：绿化带：已派给刘师傅。').waitFor();
    await manager.context().close();

    const liu = await signedIn('staff');
    await liu.goto(`${env.app.base}/#/${MINE}`);
    await screen(liu).getByRole('button', { name: /绿化垃圾清运：绿化带/ }).click();
    const detail = screen(liu);
    await detail.getByRole('heading', { level: 1, name: '绿化垃圾清运：绿化带' }).waitFor();
    await detail.getByText('修剪下来的树枝堆在绿化带一个星期了,没人清运。').waitFor();

    await detail.getByRole('button', { name: '开始处理' }).click();
    await detail.getByText('已开始处理。').waitFor();
    await detail.getByRole('textbox', { name: '处理说明' }).fill('树枝已全部清运到垃圾站，绿化带清扫干净。');
    await detail.locator('input[type=file]').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: Buffer.from(demoPng([40, 140, 80])) });
    await detail.getByRole('img', { name: '处理后照片预览' }).waitFor();
    await detail.getByRole('button', { name: '完成任务' }).click();
    await detail.getByText(/任务已完成。报事现在是“已完成待确认”/).waitFor();
    expect(await detail.getByRole('button', { name: '完成任务' }).count()).toBe(0);

    const mine = await api(liu, 'tasks.mine');
    const task = mine.done.find((t) => t.title === '绿化垃圾清运：绿化带');
    expect(task?.status).toBe('done');
    const issue = await api(liu, 'issues.get', { issueId: task!.issueId! });
    expect(issue.issue.statusLabel).toBe('已完成待确认');
    expect(issue.timeline.find((e) => e.label === '处理完成')?.photos).toHaveLength(1);
    await liu.context().close();
  });

  it('a reading entered without signal waits on the phone ("1 条待发送") and is sent exactly once when the network returns', async () => {
    const page = await signedIn('staff');
    const month = period();
    const reads: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/meters.read')) reads.push(r.postData() ?? '');
    });
    const before = (await api(page, 'meters.route', { route: '桥东' })).meters[0];
    expect(before.last).not.toBeNull();
    const value = (Number(before.last!.value) + 11.5).toFixed(2);

    await page.goto(`${env.app.base}/#/${METERS}?route=${encodeURIComponent('桥东')}&period=${month}`);
    const round = screen(page);
    const first = round.locator('#meter-1');
    await first.getByRole('heading', { name: before.label }).waitFor();
    await round.getByText('没有待发送的记录').waitFor();

    await page.context().setOffline(true);
    await first.getByRole('textbox', { name: `${before.label} 本次读数` }).fill(value);
    await first.getByRole('button', { name: `保存读数：${before.label}` }).click();
    await round.getByText('1 条待发送').waitFor();
    await first.getByText(`${value} 已保存在手机上，待发送`).waitFor();
    await round.getByText('没有网络：记录已保存在手机上，有信号后会自动发送。').waitFor();
    expect(reads).toHaveLength(0);

    await page.context().setOffline(false);
    await first.getByText(`已发送：${value}`, { exact: false }).waitFor();
    await round.getByText('没有待发送的记录').waitFor();
    expect(reads).toHaveLength(1);
    expect(JSON.parse(reads[0])).toEqual({ meterId: before.id, period: month, value, replaced: false });

    const after = (await api(page, 'meters.route', { route: '桥东' })).meters[0];
    expect(after.last).toMatchObject({ period: month, value });

    // Opened again (as after a restart): nothing is left to send, the meter shows as read.
    await page.reload();
    await screen(page).locator('#meter-1').getByText(`本期已抄：${value}`).waitFor();
    await screen(page).getByText('没有待发送的记录').waitFor();
    expect(reads).toHaveLength(1);
    await page.context().close();
  });

  const screens: Array<{ name: string; persona: string; route: (page: Page) => Promise<string>; ready: RegExp }> = [
    { name: '我的任务', persona: 'staff', route: async () => MINE, ready: /今天|以后|已超时/ },
    {
      name: 'task detail',
      persona: 'staff',
      route: async (page) => {
        const mine = await api(page, 'tasks.mine');
        const task = [...mine.overdue, ...mine.today, ...mine.upcoming].find((t) => t.issueId) ?? mine.today[0];
        return `${DETAIL}?id=${encodeURIComponent(task.id)}`;
      },
      ready: /完成任务/,
    },
    { name: 'dispatch board', persona: 'manager', route: async () => BOARD, ready: /员工手上的工单/ },
    { name: 'meter round', persona: 'staff', route: async () => `${METERS}?route=${encodeURIComponent('桥东')}`, ready: /第 1 块/ },
  ];

  for (const mode of ['normal', 'elder'] as const) {
    for (const s of screens) {
      it(`${s.name} has no serious WCAG 2 A/AA violation in ${mode} mode${mode === 'elder' ? ', and no text under 24 px or control under 80 px' : ''}`, async () => {
        const page = await env.page(s.persona, mode === 'elder');
        await page.goto(`${env.app.base}/#/${await s.route(page)}`);
        await screen(page).getByText(s.ready).first().waitFor();
        if (mode === 'elder') await page.locator('.gz-page.elder:visible').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        if (mode === 'elder') {
          const sizes = await elderSizes(page);
          expect(sizes).toEqual({ small: [], tiny: [] });
        }
      });
    }
  }
});
