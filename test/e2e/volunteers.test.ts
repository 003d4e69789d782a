// The volunteers' loop in a real browser against `npm start` (demo compound): 李明 asks to join
// the cleaning team, its leader 张建国 approves, 李明 signs up for Saturday's shift with a 接龙
// note; Saturday morning comes (the test moves the shift to now in the host's database, the only
// way to let days pass), 张建国 checks him in and confirms attendance, and the two hours appear
// on 李明's certificate. Every volunteer screen passes axe-core's WCAG 2 A/AA rules in both
// modes, and 长辈模式's sizes.
import type { Page } from 'playwright-core';
import { collections } from '../../server/app/collections';
import { openSqliteStore } from '../../server/store/sqlite';
import { scopeStore } from '../../server/store/scoped';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import { browserSuite, elderSizes, hasChromium, seriousViolations, onScreen } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

const TAB = 'pages/volunteer/index';
const TEAM = 'packages/volunteer/team/index';
const ACTIVITY = 'packages/volunteer/activity/index';
const CERT = 'packages/volunteer/certificate/index';

d('volunteers in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });

  const signedIn = env.signedIn;
  const screen = onScreen;
  const api = env.api;

  it('a resident joins the cleaning team, signs up for Saturday, is checked in and confirmed, and the hours are on the certificate', async () => {
    const li = await signedIn('resident');
    await li.goto(`${env.app.base}/#/${TAB}`);
    await screen(li).getByRole('button', { name: /^保洁服务队，队长 张建国/ }).click();
    const team = screen(li);
    await team.getByRole('textbox', { name: '给队长留言（可不填）' }).fill('周六早上有空');
    await team.getByRole('button', { name: '申请加入' }).click();
    await team.getByText('已申请，等队长同意。').first().waitFor();

    const zhang = await signedIn('committee');
    await zhang.goto(`${env.app.base}/#/${TEAM}?id=${encodeURIComponent('team:cleaning')}`);
    await screen(zhang).getByText('周六早上有空').waitFor();
    await screen(zhang).getByRole('button', { name: '同意：李明' }).click();
    await screen(zhang).getByText('已同意李明入队。').waitFor();

    // Saturday's shift, from the tab's list of coming activities.
    const { items } = await api(li, 'volunteers.activities', { teamId: 'team:cleaning' });
    const saturday = items[0];
    await li.goto(`${env.app.base}/#/${TAB}`);
    await screen(li).getByRole('button', { name: new RegExp(`^周六楼道大扫除，\\d+月\\d+日 周六 08:00–10:00`) }).first().click();
    const act = screen(li);
    await act.getByRole('textbox', { name: /接龙备注/ }).fill('+1 带扫帚');
    await act.getByRole('button', { name: '报名', exact: true }).click();
    await act.getByText('您已报名，名额已确认。').waitFor();
    expect(await act.getByText('报名成功，您的名额已确认。').count()).toBe(0);
    await act.getByText('1. 李明 +1 带扫帚').waitFor();

    // Saturday 08:10: the shift started ten minutes ago.
    // Straight into the demo compound's records: stored ids carry the compound (server/store/scoped.ts).
    const store = scopeStore(openSqliteStore({ file: env.app.db, collections }), DEMO_COMPOUND);
    const now = Date.now();
    await store.update('activities', saturday.id, { startAt: new Date(now - 10 * 60_000).toISOString(), endAt: new Date(now + 110 * 60_000).toISOString() });
    await store.close();

    await zhang.goto(`${env.app.base}/#/${ACTIVITY}?id=${encodeURIComponent(saturday.id)}`);
    const run = screen(zhang);
    await run.getByText(/签到码：\d{6}/).waitFor();
    await run.getByRole('button', { name: '为李明签到' }).click();
    await run.getByText('李明：已签到').waitFor();
    await run.getByRole('button', { name: '确认出勤（1 人已签到）' }).click();
    await run.getByText('已为 1 人记入 2 小时。').waitFor();

    await li.goto(`${env.app.base}/#/${CERT}`);
    const cert = screen(li);
    await cert.getByText('累计服务 2 小时，共 1 次').waitFor();
    await cert.getByText(/周六楼道大扫除（保洁服务队） · 2 小时/).waitFor();
    await cert.getByText('记录人：队长 张建国 · 待核实').waitFor();
    await cert.getByText('社区尚未核实这些记录。').waitFor();

    // The community certifies what the organiser recorded, from the team's member list.
    const he = await signedIn('community');
    await he.goto(`${env.app.base}/#/${TEAM}?id=${encodeURIComponent('team:cleaning')}`);
    await screen(he).getByRole('button', { name: '李明：查看并核实服务证明' }).click();
    await screen(he).getByText('累计服务 2 小时，共 1 次').waitFor();
    await screen(he).getByRole('button', { name: '核实以上记录' }).click();
    await screen(he).getByText('已核实，证明上已写明核实人和日期。').waitFor();
    await screen(he).getByText(/^社区已核实：2 小时（何书记，/).waitFor();
    await li.reload();
    await screen(li).getByText('记录人：队长 张建国 · 已核实').waitFor();
    await screen(li).getByText(/^社区已核实：2 小时（何书记，/).waitFor();
    await he.context().close();
    await li.context().close();
    await zhang.context().close();
  });

  it('opens a shared activity link straight on its sign-up', async () => {
    const page = await signedIn('owner');
    const { items } = await api(page, 'volunteers.activities', { teamId: 'team:dance' });
    await page.goto(`${env.app.base}/#/${ACTIVITY}?id=${encodeURIComponent(items[0].id)}`);
    await screen(page).getByRole('heading', { name: '广场舞排练' }).waitFor();
    await screen(page).getByText(/名额：共 30 个，还剩 28 个/).waitFor();
    await screen(page).getByRole('button', { name: '报名', exact: true }).waitFor();
    await page.context().close();
  });

  it('a paired volunteer logs a visit; someone outside the pairing opening its link is told it does not exist', async () => {
    const li = await signedIn('resident');
    const careId = (await api(li, 'care.list')).items[0].id;
    await li.goto(`${env.app.base}/#/packages/volunteer/care-detail/index?id=${encodeURIComponent(careId)}`);
    const page = screen(li);
    await page.getByRole('textbox', { name: '做了什么' }).fill('陪吴阿姨去社区医院复诊');
    await page.getByRole('textbox', { name: '发现的问题（可不填）' }).fill('家里楼道灯坏了');
    await page.getByRole('button', { name: '保存走访记录' }).click();
    await page.getByText('走访记录已保存。').waitFor();
    await page.getByText('陪吴阿姨去社区医院复诊').waitFor();

    // The concern becomes a private report: the place is picked in the visit's card (her building's
    // 楼道 here), and a missing place is said there, not off-screen.
    const card = page.locator('.gz-card', { hasText: '陪吴阿姨去社区医院复诊' });
    await card.getByRole('button', { name: '把这个问题转为不公开报事' }).click();
    await card.getByRole('combobox', { name: '问题在哪里' }).selectOption({ label: '19栋楼道' });
    await card.getByRole('combobox', { name: '问题类别' }).selectOption({ label: '照明故障' });
    await card.getByRole('button', { name: '转为不公开报事' }).click();
    await page.getByText('已转为不公开报事，物业会处理。').waitFor();
    await card.getByText('已报事').waitFor();
    const visits = await api(li, 'care.get', { careId });
    const issueId = visits.visits.find((v) => v.what === '陪吴阿姨去社区医院复诊')!.issueId!;
    await li.context().close();
    const zhou = await signedIn('manager');
    const seen = await api(zhou, 'issues.get', { issueId });
    expect(seen.issue).toMatchObject({ placeLabel: '19栋楼道', visibility: 'private', categoryLabel: '照明故障' });
    await zhou.context().close();

    const wang = await signedIn('owner');
    await wang.goto(`${env.app.base}/#/${TAB}`);
    await screen(wang).getByText(/累计服务/).waitFor();
    expect(await screen(wang).getByRole('button', { name: '结对帮扶' }).count()).toBe(0);
    await wang.goto(`${env.app.base}/#/packages/volunteer/care-detail/index?id=${encodeURIComponent(careId)}`);
    await screen(wang).getByText('帮扶对象不存在').waitFor();
    expect(await screen(wang).getByText('吴桂兰').count()).toBe(0);
    await wang.context().close();
  });

  it('the community withdraws a care record in 长辈模式: inline, with a reason; it is gone afterwards', async () => {
    const he = await signedIn('community', true);
    const { care } = await api(he, 'care.register', {
      category: 'ill_disabled', name: '钱阿姨', unitLabel: '12栋1单元301', contact: '13971025599', needs: '每周探望', consentGiven: true, consentWay: 'written',
    });
    await he.goto(`${env.app.base}/#/packages/volunteer/care-detail/index?id=${encodeURIComponent(care.id)}`);
    const page = screen(he);
    await page.getByRole('button', { name: '撤回这条登记' }).click();
    await page.getByText(/走访记录都会删除，无法恢复/).waitFor();
    await he.locator('.gz-page.elder:visible').first().waitFor();
    expect(await seriousViolations(he)).toEqual([]);
    expect(await elderSizes(he)).toEqual({ small: [], tiny: [] });
    await page.getByRole('radio', { name: '登记有误' }).click();
    await page.getByRole('button', { name: '确认撤回并删除' }).click();
    await screen(he).getByText(/累计服务|结对帮扶|已撤回并删除这条帮扶登记/).first().waitFor();
    const after = await he.evaluate(async (careId) => (await fetch('/api/care.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ careId }) })).status, care.id);
    expect(after).toBe(404);
    await he.context().close();
  });

  const firstId = async (page: Page, action: string, input: unknown = {}) => (await api<{ items: Array<{ id: string }> }>(page, action, input)).items[0].id;
  const screens: Array<{ name: string; persona: string; route: (page: Page) => Promise<string>; ready: RegExp }> = [
    { name: '志愿 tab', persona: 'resident', route: async () => TAB, ready: /累计服务/ },
    { name: 'team', persona: 'newcomer', route: async () => `${TEAM}?id=${encodeURIComponent('team:dance')}`, ready: /申请加入/ },
    { name: 'activity (volunteer)', persona: 'owner', route: async (p) => `${ACTIVITY}?id=${encodeURIComponent(await firstId(p, 'volunteers.activities', { teamId: 'team:dance' }))}`, ready: /接龙名单/ },
    { name: 'activity (organiser)', persona: 'committee', route: async (p) => `${ACTIVITY}?id=${encodeURIComponent(await firstId(p, 'volunteers.activities', { teamId: 'team:cleaning' }))}`, ready: /签到码/ },
    { name: 'new activity', persona: 'committee', route: async () => `packages/volunteer/activity-new/index?teamId=${encodeURIComponent('team:cleaning')}`, ready: /每周这个时间/ },
    { name: 'certificate', persona: 'resident', route: async () => CERT, ready: /社区核验/ },
    // A member's record as the community sees it, with the button to certify it.
    { name: 'certificate (community, to certify)', persona: 'community', route: async () => `${CERT}?userId=${encodeURIComponent('user:demo-committee-2')}`, ready: /核实以上记录/ },
    { name: 'stats', persona: 'resident', route: async () => 'packages/volunteer/stats/index', ready: /保洁服务队/ },
    { name: 'care list', persona: 'resident', route: async () => 'packages/volunteer/care/index', ready: /吴桂兰/ },
    { name: 'care registration', persona: 'community', route: async () => 'packages/volunteer/care-new/index', ready: /同意的方式/ },
    { name: 'care detail (community, with pairing)', persona: 'community', route: async (p) => `packages/volunteer/care-detail/index?id=${encodeURIComponent(await firstId(p, 'care.list'))}`, ready: /调整结对志愿者/ },
    { name: 'care detail', persona: 'resident', route: async (p) => `packages/volunteer/care-detail/index?id=${encodeURIComponent(await firstId(p, 'care.list'))}`, ready: /走访记录/ },
  ];

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
});
