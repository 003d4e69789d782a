// The journeys residents broke in issue 14, walked in the browser build on the demo compound:
// a vote waiting on 王秀英's home → cast → marked 已投 (and gone from home); a change that starts
// from the current ballot; the committee's exports holding every one of the roster's flats in
// China time (Excel and CSV); a paper register that loads and prints every serial; a canvassing
// list by building with a shared visited tick; the printed pages (A4, print media) with their
// QR code. Then axe-core and the 长辈模式 sizes on each of these screens.
// WRITE_PRINT_SHOTS=1 also writes the printed pages to docs/screenshots/print-*.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsx from 'read-excel-file/universal';
import { browserSuite, elderSizes, hasChromium, onScreen, seriousViolations } from './browser';
import { ofKind } from '../support/narrow';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

type PollItem = { id: string; kind: string; title: string; status: string };

d('residents journeys in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const url = (path: string) => `${env.app.base}/#${path}`;
  const polls = async (page: Page): Promise<PollItem[]> => (await env.api(page, 'polls.list', {})).items;

  /** The page as printed on A4 (794 px at 96 dpi), its first sheet written for the docs when asked. */
  async function printed(page: Page, name: string): Promise<void> {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    // Nothing interactive is printed; the sheet and its QR code are.
    expect(await page.locator('.taro_page:visible .gz-noprint:visible').count()).toBe(0);
    await onScreen(page).locator('.gz-print-sheet__qr-img img').first().waitFor();
    if (process.env.WRITE_PRINT_SHOTS) {
      mkdirSync('docs/screenshots', { recursive: true });
      await page.screenshot({ path: `docs/screenshots/print-${name}.png`, clip: { x: 0, y: 0, width: 794, height: 1123 } });
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  }

  /** Presses an export button, then its download link: the file's bytes. */
  async function downloaded(page: Page, button: string, fileName: RegExp): Promise<Buffer> {
    const s = onScreen(page);
    await s.getByRole('button', { name: button }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), s.getByRole('link', { name: fileName }).click()]);
    return Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
  }

  it('shows 王秀英 the vote waiting on home, takes her to it, and marks it 已投 once cast', async () => {
    const page = await env.signedIn('owner');
    const open = (await polls(page)).filter((p) => p.status === 'open');
    const decision = open.find((p) => p.kind === 'decision')!;
    const consultation = open.find((p) => p.kind === 'consultation')!;
    await page.goto(url('/pages/home/index'));
    const s = onScreen(page);
    await s.getByText(`请投票:${consultation.title}`).waitFor();
    const item = s.locator('.gz-row', { hasText: `请投票:${decision.title}` });
    await item.getByText(/^截止：/).waitFor();
    await item.click();
    await s.getByRole('radio', { name: '同意' }).click();
    await s.getByRole('button', { name: '下一步：核对' }).click();
    await s.getByRole('button', { name: '确认投票' }).click();
    await s.getByText('您的选择：同意').waitFor();

    await page.goto(url('/pages/polls/index'));
    await onScreen(page).locator('.gz-poll', { hasText: decision.title }).getByText('已投').waitFor();
    await onScreen(page).locator('.gz-poll', { hasText: consultation.title }).getByText('未投').waitFor();
    await page.goto(url('/pages/home/index'));
    // Home is kept in the page stack and reloads on show: the cast vote leaves once that reload lands.
    await onScreen(page).getByText(`请投票:${consultation.title}`).waitFor();
    await onScreen(page).getByText(`请投票:${decision.title}`).waitFor({ state: 'detached' });

    // 改票 starts from the ballot as it stands. Opened afresh (as from a shared card): the same vote
    // is still in the page stack from the tap above, and a hash change alone showed both pages.
    await page.goto(url(`/packages/polls/detail/index?id=${encodeURIComponent(decision.id)}`));
    await page.reload();
    await onScreen(page).getByRole('button', { name: '改票（从现在的选择改起）' }).click();
    expect(await onScreen(page).getByRole('radio', { name: '同意' }).getAttribute('aria-checked')).toBe('true');
    await onScreen(page).getByRole('radio', { name: '反对' }).click();
    await onScreen(page).getByRole('button', { name: '下一步：核对' }).click();
    await onScreen(page).getByRole('button', { name: '确认投票' }).click();
    await onScreen(page).getByText('您的选择：反对').waitFor();
    await page.context().close();
  });

  it("exports every flat of the roster, in China time, as Excel and as CSV", async () => {
    const page = await env.signedIn('committee');
    const election = (await polls(page)).find((p) => p.kind === 'election' && p.status === 'published')!;
    const result = ofKind((await env.api(page, 'polls.results', { pollId: election.id })).result, 'election');
    expect(result.totals.units).toBe(608);
    await page.goto(url(`/packages/polls/detail/index?id=${encodeURIComponent(election.id)}`));
    const xlsx = await downloaded(page, '导出 Excel（逐户投票表）', /\.xlsx$/);
    const [{ data }] = await readXlsx(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.length) as ArrayBuffer);
    expect(data).toHaveLength(1 + result.totals.units);
    const csv = (await downloaded(page, '导出 CSV（逐户投票表）', /\.csv$/)).toString('utf8');
    expect(csv.startsWith('\uFEFF楼栋,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + result.totals.units);
    const times = lines.map((l) => l.split(',')[7]).filter(Boolean).slice(1);
    expect(times.length).toBeGreaterThan(400);
    for (const t of times) expect(t).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await page.context().close();
  });

  it('loads and prints every serial of the paper register', async () => {
    const page = await env.signedIn('committee');
    const decision = (await polls(page)).find((p) => p.kind === 'decision' && p.status === 'open')!;
    await page.goto(url(`/packages/polls/register/index?id=${encodeURIComponent(decision.id)}`));
    const s = onScreen(page);
    const print = s.getByRole('button', { name: '打印登记表' });
    await print.waitFor();
    expect(await print.getAttribute('aria-disabled')).toBeNull();
    const rows = s.getByRole('table', { name: '纸质选票登记表' }).getByRole('row');
    expect(await rows.count()).toBe(1 + 608);
    await expect(rows.last().textContent()).resolves.toMatch(/^P0608/);
    await printed(page, 'register');
    await page.context().close();
  });

  it('lists one building for canvassing, by floor, with masked phones and a visited tick others see', async () => {
    const page = await env.signedIn('committee');
    const decision = (await polls(page)).find((p) => p.kind === 'decision' && p.status === 'open')!;
    await page.goto(url(`/packages/polls/canvass/index?id=${encodeURIComponent(decision.id)}`));
    const s = onScreen(page);
    await s.getByRole('radio', { name: '19栋' }).click();
    const count = s.getByText(/^19栋：\d+ 户还没有投票$/);
    await count.waitFor();
    const n = Number(/(\d+) 户/.exec((await count.textContent())!)![1]);
    const doors = s.getByRole('checkbox', { name: /已上门$/ });
    expect(await doors.count()).toBe(n);
    await s.getByRole('heading', { name: '1 层' }).waitFor();
    expect(await s.locator('.gz-canvass-row').allTextContents()).not.toContainEqual(expect.stringMatching(/1[3-9]\d{9}/));
    const first = doors.first();
    const label = (await first.getAttribute('aria-label'))!;
    await first.click();
    await s.getByRole('checkbox', { name: label, checked: true }).waitFor();
    // The same list as files: one row per flat listed, phones masked, the tick just made.
    const xlsx = await downloaded(page, '导出 Excel（本楼名单）', /\.xlsx$/);
    const [{ data }] = await readXlsx(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.length) as ArrayBuffer);
    expect(data).toHaveLength(1 + n);
    const csv = (await downloaded(page, '导出 CSV（本楼名单）', /\.csv$/)).toString('utf8');
    expect(csv.startsWith('\uFEFF楼栋,楼层,房屋,业主,')).toBe(true);
    const lines = csv.trim().split('\r\n').slice(1).map((l) => l.split(','));
    expect(lines).toHaveLength(n);
    expect(lines.filter((l) => l[5] === '是').map((l) => l[2])).toEqual([label.replace(/ 已上门$/, '')]);
    expect(csv).not.toMatch(/1[3-9]\d{9}/);
    await printed(page, 'canvass');
    await page.context().close();

    const other = await env.signedIn('committee');
    await other.goto(url(`/packages/polls/canvass/index?id=${encodeURIComponent(decision.id)}&building=${encodeURIComponent('b:19栋')}`));
    await onScreen(other).getByRole('checkbox', { name: label, checked: true }).waitFor();
    await onScreen(other).getByText(/张建国 .* 已上门/).first().waitFor();
    await other.context().close();
  });

  it('prints a published result as a 公示 sheet with its QR code', async () => {
    const page = await env.signedIn('owner');
    const election = (await polls(page)).find((p) => p.kind === 'election' && p.status === 'published')!;
    await page.goto(url(`/packages/polls/results/index?id=${encodeURIComponent(election.id)}`));
    await onScreen(page).locator('.gz-print-sheet__title', { hasText: /结果公示$/ }).waitFor();
    await onScreen(page).getByRole('img', { name: /扫码查看在线页面/ }).waitFor();
    await printed(page, 'results');
    await page.context().close();
  });

  it('lets the committee move an open vote\'s closing time, with a reason every owner then reads', async () => {
    const page = await env.signedIn('committee');
    const consultation = (await polls(page)).find((p) => p.kind === 'consultation' && p.status === 'open')!;
    await page.goto(url(`/packages/polls/detail/index?id=${encodeURIComponent(consultation.id)}`));
    const s = onScreen(page);
    await s.getByRole('button', { name: '修改截止时间' }).click();
    await s.getByLabel('或选择日期和时间').fill('2030-06-01T18:00');
    await s.getByRole('textbox', { name: '修改原因' }).fill('参与的人还不够');
    await s.getByRole('button', { name: '修改截止时间' }).click();
    await s.getByText(/截止时间将改为 2030年6月1日/).waitFor();
    await s.getByRole('button', { name: '确定修改' }).click();
    await s.getByText('截止时间已修改').waitFor();
    await page.context().close();

    const owner = await env.signedIn('owner');
    await owner.goto(url(`/packages/polls/detail/index?id=${encodeURIComponent(consultation.id)}`));
    await onScreen(owner).getByText(/^截止时间已(由 .+ 改为|定为) .+，原因：参与的人还不够$/).waitFor();
    await owner.context().close();
  });

  const screens: Array<{ name: string; persona: string; open: (page: Page) => Promise<void> }> = [
    { name: 'home with votes waiting', persona: 'owner', open: async (page) => void (await page.goto(url('/pages/home/index')), await onScreen(page).getByText(/^请投票:/).first().waitFor()) },
    { name: '表决 with 已投/未投', persona: 'owner', open: async (page) => void (await page.goto(url('/pages/polls/index')), await onScreen(page).getByText(/^(已投|未投)$/).first().waitFor()) },
    {
      name: 'canvassing list',
      persona: 'committee',
      open: async (page) => {
        const decision = (await polls(page)).find((p) => p.kind === 'decision' && p.status === 'open')!;
        await page.goto(url(`/packages/polls/canvass/index?id=${encodeURIComponent(decision.id)}`));
        await onScreen(page).getByRole('checkbox', { name: /已上门$/ }).first().waitFor();
      },
    },
    {
      name: 'a closed poll with its exports',
      persona: 'committee',
      open: async (page) => {
        const election = (await polls(page)).find((p) => p.kind === 'election' && p.status === 'published')!;
        await page.goto(url(`/packages/polls/detail/index?id=${encodeURIComponent(election.id)}`));
        await onScreen(page).getByRole('button', { name: '导出 Excel（逐户投票表）' }).click();
        await onScreen(page).getByRole('link', { name: /\.xlsx$/ }).waitFor();
      },
    },
    {
      name: 'moving a closing time',
      persona: 'committee',
      open: async (page) => {
        const decision = (await polls(page)).find((p) => p.kind === 'decision' && p.status === 'open')!;
        await page.goto(url(`/packages/polls/detail/index?id=${encodeURIComponent(decision.id)}`));
        await onScreen(page).getByRole('button', { name: '修改截止时间' }).click();
        await onScreen(page).getByRole('textbox', { name: '修改原因' }).waitFor();
      },
    },
  ];

  for (const mode of ['normal', 'elder'] as const) {
    for (const c of screens) {
      it(`${c.name} has no serious WCAG 2 A/AA violation in ${mode} mode`, async () => {
        const page = await env.page(c.persona, mode === 'elder');
        await c.open(page);
        expect(await page.locator('[role=dialog]:visible, .nut-popup:visible, .taro__toast:visible').count()).toBe(0);
        expect(await seriousViolations(page)).toEqual([]);
        if (mode === 'elder') expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
      });
    }
  }
});
