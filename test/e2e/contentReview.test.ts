// A falsely refused text in a real browser against `npm start`: a resident's comment is held by the
// content check (the local word list stands in for WeChat's), the committee reads it on
// 待人工复核的文字 and publishes it as written; the resident's comment then shows on the issue, and
// the decision in the record. The screen passes axe-core's WCAG 2 A/AA rules in normal mode and in
// 长辈模式 (24 px text, 80 px controls, and the confirmation on the page, not in a pop-up).
import { browserSuite, elderSizes, hasChromium, onScreen, seriousViolations } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

const HELD = 'packages/governance/held/index';
const TEXT = '单元门口贴满了代开发票的小广告，物业能不能清理一下';

d('待人工复核的文字 in the browser', () => {
  const env = browserSuite({ timezoneId: 'Asia/Shanghai' });
  let issueId = '';

  beforeAll(async () => {
    const resident = await env.signedIn('resident');
    issueId = (await env.api(resident, 'issues.feed', {})).items[0].id;
    await expect(env.api(resident, 'issues.comment', { issueId, text: TEXT })).rejects.toThrow(/已提交人工复核/);
    await resident.context().close();
  });

  for (const elder of [false, true]) {
    it(`shows the held text with no serious WCAG 2 A/AA violation in ${elder ? '长辈' : 'normal'} mode${elder ? ', 24 px text and 80 px controls' : ''}`, async () => {
      const page = await env.signedIn('committee', elder);
      await page.goto(`${env.app.base}/#/${HELD}`);
      await onScreen(page).getByText(TEXT).waitFor();
      if (elder) await page.locator('.gz-page.elder:visible').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      if (elder) expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
      // The confirmation opens on the page, never as a modal, and is checked the same way.
      await onScreen(page).getByRole('button', { name: /^照原文发布/ }).click();
      await onScreen(page).getByText(/发布后所有能看到这类内容的居民都会看到原文/).waitFor();
      expect(await page.locator('.nut-dialog:visible, .nut-popup:visible').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      if (elder) expect(await elderSizes(page)).toEqual({ small: [], tiny: [] });
      await page.context().close();
    });
  }

  it('the committee publishes it as written; the resident\'s comment shows on the issue and the decision in the record', async () => {
    const page = await env.signedIn('committee');
    await page.goto(`${env.app.base}/#/${HELD}`);
    const screen = onScreen(page);
    await screen.getByText(TEXT).waitFor();
    await screen.getByRole('button', { name: /^照原文发布/ }).click();
    await screen.getByRole('button', { name: '确定照原文发布' }).click();
    await screen.getByText('已发布这条报事评论').waitFor();
    await screen.getByText('没有待复核的文字。').waitFor();
    await screen.locator('#held-history').getByText(/人工复核后发布/).waitFor();
    await page.context().close();

    const owner = await env.signedIn('owner');
    await owner.goto(`${env.app.base}/#/packages/issues/detail/index?id=${encodeURIComponent(issueId)}`);
    await onScreen(owner).getByText(TEXT).waitFor();
    await owner.context().close();
  });
});
