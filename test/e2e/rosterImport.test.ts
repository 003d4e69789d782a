// The roster import in a real browser against `npm start`: the committee chooses a 2,000-flat CSV
// (its base64 alone is over callFunction's 100 KB, so it could never travel inside the call), the
// page puts it on /upload (the browser's wx.cloud.uploadFile) and sends only its id; the check
// passes, the import goes in several presses showing 已导入 n/2000 户, and the new buildings appear.
import { browserSuite, hasChromium, onScreen } from './browser';

const d = hasChromium ? describe : describe.skip;
jest.setTimeout(300_000);

const FLATS = 2000;
const csv = () =>
  '楼栋,单元,房号,面积,业主姓名,电话\r\n' +
  Array.from({ length: FLATS }, (_, i) => `${61 + Math.floor(i / 100)},1,${1000 + i},88.5,业主${i}号,1390000${String(i).padStart(4, '0')}`).join('\r\n') +
  '\r\n';

d('roster import in the browser', () => {
  const env = browserSuite();

  it('uploads a 2,000-flat file, sends only its id, and imports it whole', async () => {
    const page = await env.signedIn('committee');
    const bodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/roster.import')) bodies.push(r.postData() ?? '');
    });
    await page.goto(`${env.app.base}/#/packages/people/roster-import/index`);
    const screen = onScreen(page);
    const bytes = Buffer.from(csv());
    expect(Math.ceil((bytes.length * 4) / 3)).toBeGreaterThan(100 * 1024);
    await screen.locator('input[type=file]').setInputFiles({ name: '全小区.csv', mimeType: 'text/csv', buffer: bytes });
    await screen.getByText(/已选择：全小区\.csv/).waitFor();
    await screen.getByRole('button', { name: '先检查' }).click();
    await screen.getByText(`检查通过：共 ${FLATS} 户，可以正式导入。`).waitFor();
    await screen.getByRole('button', { name: '正式导入' }).click();
    await screen.getByText(new RegExp(`已导入 ${FLATS} 户，20 栋楼`), { exact: false }).first().waitFor({ timeout: 120_000 });
    // Every call carried the file id, never the file.
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) {
      expect(body.length).toBeLessThan(1000);
      expect(JSON.parse(body).fileId).toMatch(/^local:\/\/gongzhi\/uploads\/[0-9a-f]{32}\/[0-9a-f]+\.csv$/);
    }
    const { buildings } = await env.api(page, 'compound.buildings');
    expect(buildings.filter((b) => /^(6[1-9]|7\d|80)栋$/.test(b.name)).map((b) => b.unitCount)).toEqual(Array(20).fill(100));
  });
});
