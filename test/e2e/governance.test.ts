// Three-party governance in a real browser against `npm start` (demo compound): a meeting is
// held on two tabled issues, a decision becomes 刘师傅's task, he finishes it on his own task
// screen, and the published minutes show the decision 已办结 to a resident; the quality director
// runs the quarter's inspection on the phone and the scorecard carries the service figures
// measured from the quarter's real reports; the manager answers the low item. Every governance
// screen passes axe-core's WCAG 2 A/AA rules and the elder sizes in both modes.
import type { Page } from 'playwright-core';
import { demoPng } from '../../server/demo/activity';
import { quarterOf, quarterRange } from '../../src/domain/governance';
import { browserSuite, elderSizes, hasChromium, seriousViolations, onScreen } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

const G = 'packages/governance';

d('three-party governance in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });

  const signedIn = env.signedIn;
  const screen = onScreen;

  const api = env.api;

  const screens: Array<{ name: string; persona: string; route: (page: Page) => Promise<string>; ready: RegExp }> = [
    { name: 'meetings', persona: 'owner', route: async () => `${G}/meetings/index`, ready: /例会/ },
    {
      name: 'published minutes',
      persona: 'owner',
      route: async (page) => `${G}/meeting/index?id=${encodeURIComponent((await api(page, 'meetings.list')).meetings[0].id)}`,
      ready: /已办结/,
    },
    { name: 'schedule a meeting', persona: 'community', route: async () => `${G}/meeting-new/index`, ready: /北侧院墙/ },
    { name: 'inspection checklist', persona: 'community', route: async () => `${G}/inspection/index`, ready: /提交本季度检查/ },
    { name: 'scorecard', persona: 'owner', route: async () => `${G}/scorecard/index`, ready: /计算方法/ },
    { name: 'year plan', persona: 'owner', route: async () => `${G}/plan/index`, ready: /消防管网改造/ },
    {
      name: 'plan item',
      persona: 'committee',
      route: async (page) => `${G}/plan-item/index?id=${encodeURIComponent((await api(page, 'plan.list')).items[0].id)}`,
      ready: /变更记录/,
    },
    { name: 'notices', persona: 'committee', route: async () => `${G}/notices/index`, ready: /年度重点工作计划公示/ },
    {
      name: 'notice',
      persona: 'owner',
      route: async (page) => `${G}/notice/index?id=${encodeURIComponent((await api(page, 'notices.list')).notices[0].id)}`,
      ready: /人已读/,
    },
  ];

  // First, while the quarter's inspection is still a checklist to fill in.
  for (const mode of ['normal', 'elder'] as const) {
    for (const s of screens) {
      it(`${s.name} has no serious WCAG 2 A/AA violation in ${mode} mode${mode === 'elder' ? ', and no text under 24 px or control under 80 px' : ''}`, async () => {
        const page = await env.page(s.persona, mode === 'elder');
        await page.goto(`${env.app.base}/#/${await s.route(page)}`);
        await screen(page).getByText(s.ready).first().waitFor();
        if (mode === 'elder') await page.locator('.gz-page.elder:visible').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        if (mode === 'elder') expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
      });
    }
  }

  it('holds a meeting on two tabled issues; a decision becomes 刘师傅’s task; once he finishes it the published minutes show it done', async () => {
    // A second issue tabled for the meeting, beside the demo's cracked wall.
    const owner = await signedIn('owner');
    const { issue } = await api(owner, 'issues.report', { category: 'greening', place: { common: 'square' }, description: '中心广场的大树枝干开裂,台风天怕砸到人。', visibility: 'public' });
    const committee = await signedIn('committee');
    await api(committee, 'issues.transition', { issueId: issue.id, transition: 'table' });
    await committee.context().close();

    // 何书记 calls the meeting with both tabled issues on the agenda.
    const he = await signedIn('community');
    await he.goto(`${env.app.base}/#/${G}/meeting-new/index`);
    const form = screen(he);
    await form.getByRole('checkbox', { name: /北侧院墙有一道长裂缝/ }).click();
    await form.getByRole('checkbox', { name: /中心广场的大树枝干开裂/ }).click();
    await form.getByRole('textbox', { name: '会议名称' }).fill('三方联动会议(十一月)');
    // Date and time on the platform's own pickers, not typed in a format.
    await form.getByLabel('开始时间').fill('19:30');
    await form.getByRole('button', { name: '安排会议' }).click();
    const meeting = screen(he);
    await meeting.getByRole('heading', { level: 1, name: '三方联动会议(十一月)' }).waitFor();
    await meeting.getByText(/19:30/).first().waitFor();
    const meetingUrl = he.url();
    for (const box of await meeting.getByRole('checkbox').all()) await box.click();
    await meeting.getByRole('button', { name: '登记出席' }).click();
    await meeting.getByText('出席已登记，可以写纪要和记录决定了').waitFor();
    await meeting.getByRole('textbox', { name: '纪要内容' }).fill('一、院墙裂缝:物业出加固方案并施工。\n二、广场大树:请园林部门评估后修剪。');
    await meeting.getByRole('button', { name: '保存纪要' }).click();
    await meeting.getByText('纪要已保存').waitFor();

    // 周经理, present, records the decision on the wall and gives the task to 刘师傅 in one step.
    const zhou = await signedIn('manager');
    await zhou.goto(meetingUrl);
    const m2 = screen(zhou);
    await m2.getByRole('textbox', { name: '决定了什么' }).fill('北侧院墙加固,物业本周施工');
    await m2.getByRole('radio', { name: /北侧院墙有一道长裂缝/ }).click();
    await m2.getByRole('textbox', { name: '负责人' }).fill('刘师傅');
    await m2.getByRole('radio', { name: '刘师傅' }).click();
    await m2.getByRole('button', { name: '记录决定' }).click();
    await m2.getByText('决定已记录').waitFor();
    await m2.getByText('工单：北侧院墙加固,物业本周施工（未完成）').waitFor();
    await zhou.context().close();

    // 何书记 approves: the minutes are published.
    await he.reload();
    await screen(he).getByRole('button', { name: '通过并公布纪要' }).click();
    await screen(he).getByText(/公布后不能再修改/).waitFor();
    await screen(he).getByRole('button', { name: '确定公布纪要' }).click();
    await screen(he).getByText(/纪要已于 .* 通过公布/).waitFor();
    await he.context().close();

    // 刘师傅 finishes the task on his own screens.
    const liu = await signedIn('staff');
    const mine = await api(liu, 'tasks.mine');
    const task = [...mine.overdue, ...mine.today, ...mine.upcoming].find((t) => t.title === '北侧院墙加固,物业本周施工')!;
    await liu.goto(`${env.app.base}/#/packages/tasks/detail/index?id=${encodeURIComponent(task.id)}`);
    const detail = screen(liu);
    await detail.getByRole('button', { name: '开始处理' }).click();
    await detail.getByText('已开始处理。').waitFor();
    await detail.getByRole('textbox', { name: '处理说明' }).fill('裂缝处植筋加固,抹灰封闭。');
    await detail.locator('input[type=file]').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: Buffer.from(demoPng([150, 150, 140])) });
    await detail.getByRole('img', { name: '处理后照片预览' }).waitFor();
    await detail.getByRole('button', { name: '完成任务' }).click();
    await detail.getByText(/任务已完成/).waitFor();
    await liu.context().close();

    // A resident reads the published minutes: the decision is done.
    await owner.goto(meetingUrl);
    const minutes = screen(owner);
    const decision = minutes.locator('#decision-d1');
    await decision.getByText('1. 北侧院墙加固,物业本周施工').waitFor();
    await decision.getByText('已办结').waitFor();
    await decision.getByText('工单：北侧院墙加固,物业本周施工（已完成）').waitFor();
    await minutes.getByText('院墙裂缝:物业出加固方案并施工。', { exact: false }).waitFor();
    await owner.context().close();
  });

  it('the quality director’s inspection produces a scorecard whose service figures come from the quarter’s reports; the manager answers the low item', async () => {
    const he = await signedIn('community');
    await he.goto(`${env.app.base}/#/${G}/inspection/index`);
    const form = screen(he);
    const scores: Record<string, string> = { 环境保洁: '8', 绿化养护: '7', 秩序安保: '8', 维修服务: '9', 设施设备: '7', 消防安全: '4' };
    for (const [label, score] of Object.entries(scores)) await form.getByRole('radiogroup', { name: `${label}得分` }).getByRole('radio', { name: score, exact: true }).click();
    await form.getByRole('textbox', { name: '消防安全：检查记录（可不填）' }).fill('3号楼灭火器压力不足');
    await form.getByRole('button', { name: '提交本季度检查' }).click();
    await form.getByText(/提交后各项打分和记录都不能再改/).waitFor();
    await form.getByRole('button', { name: '确定提交检查' }).click();
    const card = screen(he);
    await card.getByRole('heading', { level: 1, name: '季度考评' }).waitFor();

    // The figures the scorecard shows are those measured from the quarter's reports.
    const quarter = quarterOf(new Date());
    const days = Math.max(1, Math.floor((Date.now() - quarterRange(quarter).from.getTime()) / 86_400_000));
    const stats = await api(he, 'issues.stats', { days });
    expect(stats.all.count).toBeGreaterThan(0);
    const current = card.locator(`#quarter-${quarter}`);
    await current.getByText(`本季度报事 ${stats.all.count} 条`).waitFor();
    await current.getByText(`受理用时中位数：${stats.all.medianAcceptHours === null ? '无数据' : `${stats.all.medianAcceptHours} 小时`}`).waitFor();
    await current.getByText(`修好用时中位数：${stats.all.medianFixHours === null ? '无数据' : `${stats.all.medianFixHours} 小时`}`).waitFor();
    // Two quarters side by side, in the table form too.
    expect(await card.getByRole('table', { name: '各季度得分' }).getByRole('row').count()).toBe(3);
    await he.context().close();

    const zhou = await signedIn('manager');
    await zhou.goto(`${env.app.base}/#/${G}/scorecard/index`);
    const answer = screen(zhou).locator(`#quarter-${quarter}`);
    await answer.getByRole('textbox', { name: '答复"消防安全"的整改措施' }).fill('本周内更换压力不足的灭火器,每月巡检');
    await answer.getByRole('button', { name: '提交答复' }).click();
    await answer.getByText('周经理答复：本周内更换压力不足的灭火器,每月巡检（已派整改工单）').waitFor();
    await zhou.context().close();
  });
});
