// 表决 in a real browser against `npm start`: 张建国 (committee) drafts a small committee election
// (5 seats, 6 candidates) in the form and opens it; 王秀英 and 张建国 himself (an owner too) vote
// in the UI; two flats' paper ballots are counted by two counters on two accounts (张建国 and
// 陈丽华) while 何书记 (community) watches the round live as scrutineer; one ballot read
// differently in round 1 is listed, corrected and agreed, round 2 agrees, all three sign, and the
// count is closed with the tally-sheet photo; the committee closes and publishes; the public result
// page says what the server's polls.results says and shows the count certificate. Then axe-core on
// the tab, a poll, the form, the count (entering, and the scrutineer's view), the register, a
// result, 核对我的选票 and the audit screen in both modes, and in 长辈模式 no text under 24 px and
// no control under 80 px.
import { pressInSteps, stillOpening } from '../../src/domain/inSteps';
import type { Page } from 'playwright-core';
import { demoPng } from '../../server/demo/activity';
import { browserSuite, elderSizes, hasChromium, seriousViolations, onScreen } from './browser';
import { ofKind } from '../support/narrow';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

d('polls in the browser', () => {
  const env = browserSuite();

  const signedIn = env.signedIn;
  const screen = onScreen;
  const detailUrl = (id: string) => `${env.app.base}/#/packages/polls/detail/index?id=${encodeURIComponent(id)}`;
  const resultsUrl = (id: string) => `${env.app.base}/#/packages/polls/results/index?id=${encodeURIComponent(id)}`;

  const api = env.api;

  const CANDIDATES = ['赵大海', '钱小红', '孙立新', '李桂芳', '周文华', '吴建平'];

  /** An election drafted and opened through the API, as the committee, in a throwaway context. */
  async function openElection(title: string): Promise<string> {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.request.post(`${env.app.base}/dev/sign-in`, { data: { persona: 'committee' } });
    try {
      const { poll } = await api(page, 'polls.create', { kind: 'election', title, seats: 5, candidates: CANDIDATES.map((name) => ({ name, statement: `${name}的自我介绍` })) });
      // Opening the demo's 588 holders takes more than one call (opening.ts): pressed until open.
      await pressInSteps((opId) => api(page, 'polls.open', { pollId: poll.id, opId }), 'e2e-open-press', { pending: stillOpening });
      return poll.id;
    } finally {
      await context.close();
    }
  }

  async function vote(page: Page, pollId: string, names: string[]): Promise<void> {
    await page.goto(detailUrl(pollId));
    const s = screen(page);
    await s.getByText('已选 0/5').waitFor();
    for (const n of names) await s.getByRole('checkbox', { name: new RegExp(`^${n}：`) }).click();
    await s.getByText(`已选 ${names.length}/5`).waitFor();
    await s.getByRole('button', { name: '下一步：核对' }).click();
    await s.getByText(`请核对您的选择：${names.join('、')}`).waitFor();
    await s.getByRole('button', { name: '确认投票' }).click();
    await s.getByText(/投票成功/).waitFor();
    await s.getByText(`您的选择：${names.join('、')}`).waitFor();
  }

  const countUrl = (id: string) => `${env.app.base}/#/packages/polls/count/index?id=${encodeURIComponent(id)}`;

  /** The serials the ballot register printed for these flats. */
  async function registerSerials(page: Page, pollId: string, labels: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let skip = 0; found.size < labels.length; ) {
      const r = await api(page, 'polls.paper.register', { pollId, skip });
      for (const it of r.items) if (labels.includes(it.label)) found.set(it.label, it.serial);
      if (!r.hasMore) break;
      skip = r.nextSkip;
    }
    expect([...found.keys()].sort()).toEqual([...labels].sort());
    return found;
  }

  async function joinAsCounter(page: Page, pollId: string, round: number, counter: 1 | 2): Promise<void> {
    await page.goto(countUrl(pollId));
    const s = screen(page);
    await s.getByRole('textbox', { name: '轮次' }).fill(String(round));
    await s.getByRole('button', { name: `以计票人 ${counter} 身份加入第 ${round} 轮` }).click();
    await s.getByText(`第 ${round} 轮 · 计票人 ${counter}`).waitFor();
  }

  async function joinAsScrutineer(page: Page, pollId: string, round: number): Promise<void> {
    await page.goto(countUrl(pollId));
    const s = screen(page);
    await s.getByRole('textbox', { name: '轮次' }).fill(String(round));
    await s.getByRole('button', { name: `以监票人身份加入第 ${round} 轮` }).click();
    await s.getByText(`第 ${round} 轮 · 监票`).waitFor();
  }

  /** Looks at the round again and signs what it shows. */
  async function sign(page: Page): Promise<void> {
    const s = screen(page);
    await s.getByRole('button', { name: '核对两位计票人的录入' }).click();
    await s.getByText('两人录入的每张选票都一致。').waitFor();
    await s.getByRole('button', { name: '我确认无误，签字' }).click();
    await s.getByText('你已签字。').waitFor();
  }

  /** One paper ballot as a counter enters it: the serial, the ringed candidates, 录入. */
  async function enterPaper(page: Page, serial: string, names: string[]): Promise<void> {
    const s = screen(page);
    await s.getByRole('textbox', { name: '选票编号' }).fill(serial);
    for (const n of names) await s.getByRole('checkbox', { name: n, exact: true }).click();
    await s.getByRole('button', { name: '录入这张选票' }).click();
    await s.getByText(`${serial} 已录入：${names.join('、')}`).waitFor();
  }

  let publishedId = '';
  let myReceipt = '';

  it('carries an election from the form to its public result', async () => {
    // 1. 张建国 drafts the election in the form and opens it.
    const committee = await signedIn('committee');
    await committee.goto(`${env.app.base}/#/pages/polls/index`);
    await screen(committee).getByRole('button', { name: '发起表决' }).click();
    await committee.waitForURL(/packages\/polls\/create\/index/);
    const form = screen(committee);
    await form.getByRole('radio', { name: /业委会选举/ }).click();
    await form.getByRole('textbox', { name: '标题' }).fill('选举第二届业主委员会（测试）');
    await form.getByRole('radio', { name: '5 名' }).click();
    for (let i = 0; i < CANDIDATES.length; i++) {
      if (i > 0) await form.getByRole('button', { name: '添加候选人' }).click();
      await form.getByRole('textbox', { name: `第 ${i + 1} 位候选人 姓名` }).fill(CANDIDATES[i]);
      await form.getByRole('textbox', { name: `第 ${i + 1} 位候选人 简介` }).fill(`${CANDIDATES[i]}，热心小区事务`);
    }
    await form.getByRole('button', { name: '保存草稿' }).click();
    await committee.waitForURL(/packages\/polls\/detail\/index\?id=/);
    const pollId = decodeURIComponent(/[?&]id=([^&]+)/.exec(committee.url())![1]);
    expect(pollId).toMatch(/^poll:/);
    await screen(committee).getByRole('heading', { name: '选举第二届业主委员会（测试）' }).waitFor();
    await screen(committee).getByRole('button', { name: '开始投票', exact: true }).click();
    // Asked on the page first: what freezing the roster means.
    await screen(committee).getByText(/业主名册就按此刻冻结/).waitFor();
    await screen(committee).getByRole('button', { name: '确定开始投票' }).click();
    await screen(committee).getByText('投票已开始，名册已冻结。').waitFor();

    // 2. 王秀英 votes for three; at most five can be ticked.
    const owner = await signedIn('owner');
    await vote(owner, pollId, CANDIDATES.slice(0, 3));

    // 3. 张建国 votes too, as the owner of 12栋1单元201, for five.
    await vote(committee, pollId, CANDIDATES.slice(0, 5));
    expect(await screen(committee).getByRole('checkbox').count()).toBe(0);
    // Participation shows both ballots.
    await screen(committee).getByText(/已参与 2 人 \/ 需 \d+ 人/).waitFor();

    // 3b. The paper ballots of two flats that did not vote online are counted aloud (唱票) by two
    //     counters on two phones. In round 1 counter 2 mis-hears one ballot; the review lists it,
    //     counter 2 corrects it, and the review then agrees. Round 2 agrees at once. The count is
    //     closed with the names, the scrutineers and a photo of the signed tally sheet.
    const serialOf = await registerSerials(committee, pollId, ['19栋302', '19栋303']);
    const counter2 = await signedIn('counter');
    const observer = await signedIn('community');
    const paper: Array<[string, string[]]> = [
      [serialOf.get('19栋302')!, CANDIDATES.slice(0, 2)],
      [serialOf.get('19栋303')!, [CANDIDATES[1], CANDIDATES[3]]],
    ];
    for (const round of [1, 2]) {
      await committee.goto(countUrl(pollId));
      const c = screen(committee);
      await c.getByRole('textbox', { name: '收回的选票张数' }).fill('2');
      await c.getByRole('button', { name: '开始这一轮' }).click();
      await c.getByText(`第 ${round} 轮已开始。`, { exact: false }).waitFor();
      await c.getByRole('button', { name: `以计票人 1 身份加入第 ${round} 轮` }).click();
      await joinAsCounter(counter2, pollId, round, 2);
      await joinAsScrutineer(observer, pollId, round);
      for (const [serial, names] of paper) await enterPaper(committee, serial, names);
      // Round 1: counter 2 hears 吴建平 instead of 李桂芳 on the second ballot.
      for (const [serial, names] of paper) await enterPaper(counter2, serial, round === 1 && serial === paper[1][0] ? [CANDIDATES[1], CANDIDATES[5]] : names);
      const r2 = screen(counter2);
      await r2.getByRole('button', { name: '核对两位计票人的录入' }).click();
      if (round === 1) {
        await r2.getByText('两人录入不一致的选票（1 张）').waitFor();
        const diff = r2.locator('#count-differences');
        expect(await diff.textContent()).toContain(paper[1][0]);
        expect(await diff.textContent()).toContain(`计票人 1（张建国）：${paper[1][1].join('、')}`);
        expect(await diff.textContent()).toContain(`计票人 2（陈丽华）：${CANDIDATES[1]}、${CANDIDATES[5]}`);
        await r2.getByText('第 1 轮还不一致', { exact: false }).waitFor();
        // The scrutineer sees the same difference on their own phone, without pressing anything.
        await screen(observer).getByText('两人录入不一致的选票（1 张）').waitFor();
        await screen(observer).getByText('计票人：1. 张建国；2. 陈丽华。监票人：何书记。').waitFor();
        // The caller re-reads that ballot aloud; counter 2 enters it again, which corrects it.
        await enterPaper(counter2, paper[1][0], paper[1][1]);
        await r2.getByRole('button', { name: '核对两位计票人的录入' }).click();
      }
      await r2.getByText('两人录入的每张选票都一致。').waitFor();
      await r2.getByText(`第 ${round} 轮两人录入一致，张数相符。`, { exact: false }).waitFor();
      await r2.getByText('发出 608 = 收回 2 + 未收回 606').waitFor();
      await screen(observer).getByText('两人录入的每张选票都一致。').waitFor();
      await screen(observer).getByText('没有作废的选票。').waitFor();
    }
    for (const page of [committee, counter2, observer]) await sign(page);
    await screen(observer).getByText('计票人和监票人都已签字，可以结束计票。').waitFor();
    const close = screen(committee);
    await committee.goto(countUrl(pollId));
    await close.locator('input[type=file]').setInputFiles({ name: 'tally.png', mimeType: 'image/png', buffer: Buffer.from(demoPng([250, 250, 245], 64)) });
    await close.locator('img').first().waitFor();
    await close.getByRole('button', { name: '结束计票' }).click();
    await close.getByText('纸质计票已经结束，结果已记录。').waitFor();
    await close.getByText('有效 2 张，废票 0 张，计入 2 户的选票。').waitFor();
    await observer.context().close();
    await counter2.context().close();
    await committee.goto(detailUrl(pollId));
    await screen(committee).getByText(/已参与 4 人 \/ 需 \d+ 人/).waitFor();

    // 4. The committee closes and publishes, each confirmed in place.
    await screen(committee).getByRole('button', { name: '结束投票' }).click();
    await screen(committee).getByRole('button', { name: '确定' }).click();
    await screen(committee).getByText('投票已结束。').waitFor();
    await screen(committee).getByRole('button', { name: '公示结果' }).click();
    await screen(committee).getByRole('button', { name: '确定' }).click();
    await screen(committee).getByText('结果已公示。').waitFor();

    // 5. The public result, as the server counted it.
    const result = ofKind((await api(owner, 'polls.results', { pollId })).result, 'election');
    await owner.goto(resultsUrl(pollId));
    const r = screen(owner);
    await r.getByRole('heading', { name: '选举第二届业主委员会（测试）' }).waitFor();
    if (result.result === 'no_quorum') {
      await r.getByText(/未达到参与人数要求/).waitFor();
      expect(await r.getByText(/当选：/).count()).toBe(0);
    } else {
      const names = (ids: string[]) => ids.map((id) => CANDIDATES[Number(id.slice(1)) - 1]).join('、');
      if (result.elected.length) await r.getByText(new RegExp(`当选：${names(result.elected)}`)).waitFor();
      if (result.tie) await r.getByText(new RegExp(`${names(result.tie)} 得票相同`)).waitFor();
    }
    await r.getByText('网上 2 份，纸质 2 份，其中代理 0 份').waitFor();
    // The count certificate, published with the result.
    const cert = r.locator('#count-certificate');
    await cert.getByText('计票人：张建国、陈丽华；监票人：何书记').waitFor();
    await cert.getByText(/第 1 轮 P\d{4}：本轮未采用,以第 2 轮重新计票为准|第 1 轮 P\d{4}：计票人 2 核对后更正/).first().waitFor();
    // The arithmetic, as fractions in a table.
    const table = r.getByRole('table', { name: '法定门槛与实际结果' });
    expect(await table.getByRole('row', { name: /参与人数/ }).textContent()).toContain(`${result.tally.quorum.heads.num}/${result.tally.quorum.heads.den} 人`);
    publishedId = pollId;
    myReceipt = ((await api(owner, 'polls.myBallots', {})).items.find((i) => i.pollId === pollId)?.ref ?? '');
    expect(myReceipt).toMatch(/^R-/);
    await owner.context().close();
    await committee.context().close();
  });

  /** A decision (art. 278 item 5) drafted and opened through the API, as the committee. */
  async function openDecision(title: string): Promise<string> {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.request.post(`${env.app.base}/dev/sign-in`, { data: { persona: 'committee' } });
    try {
      const { poll } = await api(page, 'polls.create', { kind: 'decision', title, item: 5 });
      // Opening the demo's 588 holders takes more than one call (opening.ts): pressed until open.
      await pressInSteps((opId) => api(page, 'polls.open', { pollId: poll.id, opId }), 'e2e-open-press', { pending: stillOpening });
      return poll.id;
    } finally {
      await context.close();
    }
  }

  const proxyUrl = (id: string) => `${env.app.base}/#/packages/polls/proxy/index?id=${encodeURIComponent(id)}`;

  /** The committee's 委托书 form filled for one flat and one proxy, up to the photo. */
  async function fillProxy(page: Page, pollId: string, unit: string, proxyName: string): Promise<void> {
    await page.goto(proxyUrl(pollId));
    const s = screen(page);
    await s.getByRole('heading', { name: '登记委托书', level: 1 }).waitFor();
    const building = s.getByRole('combobox', { name: /^楼栋/ });
    // A select in normal mode; in 长辈模式 (no pop-ups) the options are large buttons.
    if (await page.locator('.gz-page.elder:visible').count()) {
      await s.getByRole('radio', { name: '桥东 19栋' }).click();
      await s.getByRole('radio', { name: unit }).click();
    } else {
      await building.locator('option', { hasText: '桥东 19栋' }).waitFor({ state: 'attached' });
      await building.selectOption({ label: '桥东 19栋' });
      const flat = s.getByRole('combobox', { name: /^委托的房屋/ });
      await flat.locator('option', { hasText: unit }).waitFor({ state: 'attached' });
      await flat.selectOption({ label: unit });
    }
    await s.getByRole('textbox', { name: /代理人姓名/ }).fill(proxyName);
    await s.getByRole('button', { name: '查找代理人' }).click();
    await s.getByRole('radio', { name: new RegExp(`${proxyName} · `) }).first().waitFor();
  }

  /** On the count page, the committee names 王秀英 (the owner persona, phone ending 0419) as scrutineer. */
  async function nameOwner(page: Page): Promise<void> {
    const s = screen(page);
    await s.getByRole('textbox', { name: /监票人姓名/ }).fill('王秀英');
    await s.getByRole('button', { name: '查找业主' }).click();
    const her = s.getByRole('radio', { name: /王秀英 · .*0419/ });
    await her.waitFor();
    if ((await her.getAttribute('aria-checked')) !== 'true') await her.click();
    await s.getByRole('button', { name: /^加为监票人：王秀英/ }).click();
    await s.getByRole('button', { name: '移除监票人 王秀英' }).waitFor();
  }

  it('lets an owner the committee named as scrutineer follow the round from the poll page and sign for it', async () => {
    const pollId = await openElection(`业主监票 ${Date.now()}`);
    const committee = await signedIn('committee');
    await committee.goto(countUrl(pollId));
    await nameOwner(committee);
    const c = screen(committee);
    await c.getByRole('textbox', { name: '收回的选票张数' }).fill('1');
    await c.getByRole('button', { name: '开始这一轮' }).click();
    await c.getByText(/已推选监票人：王秀英。/).waitFor();
    await c.getByRole('button', { name: '以计票人 1 身份加入第 1 轮' }).click();
    const counter2 = await signedIn('counter');
    await joinAsCounter(counter2, pollId, 1, 2);
    for (const page of [committee, counter2]) await enterPaper(page, 'P0001', [CANDIDATES[0]]);

    // 王秀英 is told on the poll's page, and goes to the round from there.
    const owner = await signedIn('owner');
    await owner.goto(detailUrl(pollId));
    const o = screen(owner);
    await o.getByText('您被推选为监票人（纸质票计票第 1 轮）').waitFor();
    await o.getByRole('button', { name: '去监票' }).click();
    await o.getByRole('button', { name: '以监票人身份加入第 1 轮' }).click();
    await o.getByText('第 1 轮 · 监票').waitFor();
    await o.getByText('计票人：1. 张建国；2. 陈丽华。监票人：王秀英。').waitFor();
    // Her signature is the scrutineer's: with both counters', the round is signed, no community needed.
    for (const page of [committee, counter2, owner]) await sign(page);
    await o.getByText('计票人和监票人都已签字，可以结束计票。').waitFor();
    for (const page of [committee, counter2, owner]) await page.context().close();
  });

  it('records a written authorisation, and the proxy votes for that owner', async () => {
    const pollId = await openDecision(`委托投票 ${Date.now()}`);
    const committee = await signedIn('committee');
    await fillProxy(committee, pollId, '19栋304', '李明');
    const s = screen(committee);
    // The only 李明 found is already chosen.
    expect(await s.getByRole('radio', { name: /李明 · .*159\*{4}4428/ }).getAttribute('aria-checked')).toBe('true');
    await s.locator('input[type=file]').setInputFiles({ name: 'letter.png', mimeType: 'image/png', buffer: Buffer.from(demoPng([240, 235, 220], 64)) });
    await s.locator('img').first().waitFor();
    await s.getByRole('button', { name: '登记委托书' }).click();
    await s.getByText('已登记：19栋304 由 李明 代为投票。', { exact: false }).waitFor();
    await committee.context().close();

    const proxy = await signedIn('resident');
    await proxy.goto(detailUrl(pollId));
    const p = screen(proxy);
    await p.getByText('您是受委托的代理人').waitFor();
    await p.getByText('我这一票代表的房屋：19栋304').waitFor();
    await p.getByRole('radio', { name: '同意' }).click();
    await p.getByRole('button', { name: '下一步：核对' }).click();
    await p.getByRole('button', { name: '确认投票' }).click();
    await p.getByText(/投票成功/).waitFor();
    const seen = await api(proxy, 'polls.get', { pollId });
    expect(seen.me.ballot).toMatchObject({ channel: 'online' });
    await proxy.context().close();
  });

  const axeCases: Array<{ name: string; persona: string; open: (page: Page) => Promise<void> }> = [
    {
      name: 'tab',
      persona: 'owner',
      open: async (page) => {
        await page.goto(`${env.app.base}/#/pages/polls/index`);
        await screen(page).getByRole('heading', { name: '表决', level: 1 }).waitFor();
        await screen(page).getByRole('listitem').first().waitFor();
      },
    },
    {
      name: 'poll with candidates ticked and participation',
      persona: 'owner',
      open: async (page) => {
        await page.goto(detailUrl(await openElection(`axe 选举 ${Date.now()}`)));
        await screen(page).getByRole('checkbox', { name: new RegExp(`^${CANDIDATES[0]}：`) }).click();
        await screen(page).getByText('已选 1/5').waitFor();
        await screen(page).getByText(/已参与 0 人/).waitFor();
      },
    },
    {
      name: 'create form (election)',
      persona: 'committee',
      open: async (page) => {
        await page.goto(`${env.app.base}/#/packages/polls/create/index`);
        await screen(page).getByRole('radio', { name: /业委会选举/ }).click();
        await screen(page).getByRole('button', { name: '添加候选人' }).waitFor();
      },
    },
    {
      name: 'paper count, entering a ballot',
      persona: 'committee',
      open: async (page) => {
        const id = await openElection(`axe 计票 ${Date.now()}`);
        await page.goto(countUrl(id));
        const s = screen(page);
        await s.getByRole('textbox', { name: '收回的选票张数' }).fill('1');
        await s.getByRole('button', { name: '开始这一轮' }).click();
        await s.getByRole('button', { name: '以计票人 1 身份加入第 1 轮' }).click();
        await enterPaper(page, 'P0003', [CANDIDATES[0]]);
      },
    },
    {
      name: 'paper count, as the scrutineer watches',
      persona: 'community',
      open: async (page) => {
        const id = await openElection(`axe 监票 ${Date.now()}`);
        const context = await env.browser.newContext();
        const starter = await context.newPage();
        await starter.request.post(`${env.app.base}/dev/sign-in`, { data: { persona: 'committee' } });
        await api(starter, 'polls.count.start', { pollId: id, returned: 1 });
        await context.close();
        await joinAsScrutineer(page, id, 1);
        await screen(page).getByText('计票人：1. 未加入；2. 未加入。监票人：何书记。').waitFor();
      },
    },
    {
      name: 'paper count, an owner named as scrutineer',
      persona: 'committee',
      open: async (page) => {
        await page.goto(countUrl(await openElection(`axe 推选监票 ${Date.now()}`)));
        await nameOwner(page);
      },
    },
    {
      name: '核对我的选票',
      persona: 'owner',
      open: async (page) => {
        await page.goto(`${env.app.base}/#/packages/polls/mine/index`);
        // Her ballots as cards (online ones by receipt, paper ones by serial: the count cases above
        // may have entered a paper ballot for her flat by the time the 长辈模式 pass runs).
        await screen(page).getByText(/^(回执码：R-|纸质选票编号：)/).first().waitFor();
      },
    },
    {
      name: 'audit of a poll',
      persona: 'community',
      open: async (page) => {
        if (!publishedId) throw new Error('no published poll (the flow test failed)');
        await page.goto(`${env.app.base}/#/packages/polls/audit/index?id=${encodeURIComponent(publishedId)}`);
        await screen(page).getByText('签字确认计票').first().waitFor();
      },
    },
    {
      name: 'ballot register',
      persona: 'committee',
      open: async (page) => {
        await page.goto(`${env.app.base}/#/packages/polls/register/index?id=${encodeURIComponent(await openElection(`axe 登记 ${Date.now()}`))}`);
        await screen(page).getByRole('table', { name: '纸质选票登记表' }).getByRole('row').nth(5).waitFor();
      },
    },
    {
      name: 'record a proxy, a person found',
      persona: 'committee',
      open: async (page) => fillProxy(page, await openDecision(`axe 委托 ${Date.now()}`), '19栋302', '李明'),
    },
    {
      name: 'result',
      persona: 'owner',
      open: async (page) => {
        if (!publishedId) throw new Error('no published poll (the flow test failed)');
        await page.goto(`${resultsUrl(publishedId)}&ref=${encodeURIComponent(myReceipt)}`);
        await screen(page).getByRole('table', { name: '法定门槛与实际结果' }).waitFor();
        await screen(page).locator('#count-certificate').waitFor();
        // 核对我的选票: the owner's receipt found in the public record.
        await screen(page).getByRole('button', { name: '查找' }).click();
        await screen(page).getByText(new RegExp(`^找到了：${myReceipt} 计入业主 H`)).waitFor();
      },
    },
  ];

  for (const mode of ['normal', 'elder'] as const) {
    for (const c of axeCases) {
      it(`${c.name} has no serious WCAG 2 A/AA violation in ${mode} mode`, async () => {
        const page = await env.page(c.persona, mode === 'elder');
        await c.open(page);
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
