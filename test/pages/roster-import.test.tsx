import { fireEvent, screen, waitFor } from '@testing-library/react';
import RosterImportPage from '../../src/packages/people/roster-import/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROSTER_ID = `local://gongzhi/uploads/${'f'.repeat(32)}/${'0'.repeat(16)}.csv`;
const CSV = '楼栋,单元,房号,面积,业主,电话\n19,1,301,89.50,王秀英,13812345678\n';

function chooseFile(text: string, name = '名册.csv') {
  const input = screen.getByLabelText('选择文件') as HTMLInputElement;
  const file = new File([text], name, { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('导入业主名册 (roster import)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('uploads the file to storage once and sends only its id, for a check first, then the import', async () => {
    const net = fakeNetwork();
    net.on('/upload', () => ok({ fileId: ROSTER_ID }));
    net.on('/api/roster.import', (body) => ok({ imported: 1, buildings: 1, holders: 1, dryRun: (body as { dryRun: boolean }).dryRun }));
    renderPage(RosterImportPage, 'packages/people/roster-import/index');

    chooseFile(CSV);
    expect(await screen.findByText(/已选择：名册\.csv/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '先检查' }));
    expect(await screen.findByText('检查通过：共 1 户，可以正式导入。')).toBeTruthy();

    // The bytes go to the upload route (wx.cloud.uploadFile in WeChat); the action gets the id alone.
    expect(net.calls[0].path).toBe('/upload');
    expect(Buffer.from(net.calls[0].body as ArrayBuffer).toString('utf8')).toBe(CSV);
    const sent = net.calls[1].body as Record<string, unknown>;
    expect(sent).toMatchObject({ fileId: ROSTER_ID, fileName: '名册.csv', dryRun: true });
    expect(JSON.stringify(sent)).not.toContain('王秀英');

    fireEvent.click(screen.getByRole('button', { name: '正式导入' }));
    // Said in place (a toast repeats it outside 长辈模式).
    expect(await screen.findByText('已导入 1 户，1 栋楼，1 位业主。', { selector: '.gz-notice__text' })).toBeTruthy();
    // Not uploaded again: the import names the same file.
    expect(net.calls.map((c) => c.path)).toEqual(['/upload', '/api/roster.import', '/api/roster.import']);
    expect(net.calls[2].body).toMatchObject({ fileId: ROSTER_ID, dryRun: false });
  });

  it('shows how far a big import got and sends the same file and operation id until it is done', async () => {
    const net = fakeNetwork();
    let n = 0;
    net.on('/api/roster.import', () =>
      ok(n++ === 0 ? { status: 'importing', progress: { done: 300, total: 608 }, imported: 608, buildings: 9, holders: 550, dryRun: false } : { status: 'done', imported: 608, buildings: 9, holders: 550, dryRun: false }),
    );
    renderPage(RosterImportPage, 'packages/people/roster-import/index');
    chooseFile(CSV);
    expect(await screen.findByText(/已选择：名册\.csv/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '正式导入' }));
    expect(await screen.findByText('正在导入：已导入 300/608 户，请稍候（全部导入后才会出现在名册里）…')).toBeTruthy();
    expect(await screen.findByText('已导入 608 户，9 栋楼，550 位业主。', { selector: '.gz-notice__text' })).toBeTruthy();
    const [first, second] = net.calls.filter((c) => c.path === '/api/roster.import').map((c) => c.body as { opId: string; fileId: string });
    expect(first.opId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect([second.opId, second.fileId]).toEqual([first.opId, first.fileId]);
  });

  it('lists every bad line with its number', async () => {
    const net = fakeNetwork();
    net.on(
      '/api/roster.import',
      refused(400, {
        code: 'invalid',
        field: 'fileId',
        message: '名册有 2 行有问题,没有导入任何一行。第 3 行:面积不是数字',
        details: { errors: [{ line: 3, reason: '面积不是数字' }, { line: 7, reason: '缺少房号' }] },
      }),
    );
    renderPage(RosterImportPage, 'packages/people/roster-import/index');

    chooseFile(CSV);
    await screen.findByText(/已选择/);
    fireEvent.click(screen.getByRole('button', { name: '先检查' }));

    expect(await screen.findByText('名册中有 2 行需要修改：')).toBeTruthy();
    expect(screen.getByText('第 3 行')).toBeTruthy();
    expect(screen.getByText('面积不是数字')).toBeTruthy();
    expect(screen.getByText('第 7 行')).toBeTruthy();
    expect(screen.getByText('缺少房号')).toBeTruthy();
    expect(screen.getByText(/已选择：名册\.csv/)).toBeTruthy();
  });

  it('asks for a file before sending anything', async () => {
    const net = fakeNetwork();
    renderPage(RosterImportPage, 'packages/people/roster-import/index');
    fireEvent.click(screen.getByRole('button', { name: '正式导入' }));
    await waitFor(() => expect(screen.getByText('请先选择文件')).toBeTruthy());
    expect(net.calls).toHaveLength(0);
  });
});
