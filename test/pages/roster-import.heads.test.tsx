// The roster check shows the figures the tallies will use and asks "same person / different
// people" about namesakes; the import sends the committee's answers.
import { fireEvent, screen } from '@testing-library/react';
import RosterImportPage from '../../src/packages/people/roster-import/index';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const tally = (undecided: number) => ({ flats: 7, heads: 5 - (undecided ? 0 : 1), area: '630.50', organisations: { heads: 1, flats: 3 }, undecided });
const questions = [
  { key: '李四', name: '李四', apart: 2, rows: [ { line: 7, label: '31栋1单元301', phones: [] }, { line: 8, label: '31栋1单元302', phones: ['800****03'] } ] },
];

it('asks about namesakes after the check and sends the answer with the import', async () => {
  freshLaunch({ 'gongzhi.elderOffered': true });
  const net = fakeNetwork();
  net.on('/api/roster.import', (body) =>
    (body as { dryRun: boolean }).dryRun ? ok({ imported: 7, buildings: 1, holders: 5, dryRun: true, tally: tally(1), questions }) : ok({ imported: 7, buildings: 1, holders: 4, dryRun: false, tally: tally(0) }),
  );
  renderPage(RosterImportPage, 'packages/people/roster-import/index');
  fireEvent.change(screen.getByLabelText('选择文件'), { target: { files: [new File(['x'], '31栋.csv', { type: 'text/csv' })] } });
  await screen.findByText(/已选择/);
  fireEvent.click(screen.getByRole('button', { name: '先检查' }));
  expect(await screen.findByText('房屋 7 套，业主 5 人（按人数计），专有面积 630.50 ㎡。')).toBeTruthy();
  expect(screen.getByText('开发商和单位名下 3 套房屋按 1 人计（开发商未售出的房屋合计算一人）。')).toBeTruthy();
  expect(screen.getByText('第 7 行 · 31栋1单元301 · 无电话')).toBeTruthy();
  fireEvent.click(screen.getByRole('radio', { name: '不同的人（2 人）' }));
  fireEvent.click(screen.getByRole('button', { name: '正式导入' }));
  expect(await screen.findByText('房屋 7 套，业主 4 人（按人数计），专有面积 630.50 ㎡。')).toBeTruthy();
  // The file goes to storage first (/upload); the import calls carry only its id and the answers.
  const imports = net.calls.filter((c) => c.path === '/api/roster.import');
  expect(imports).toHaveLength(2);
  expect((imports[1].body as { decisions: Record<string, string> }).decisions).toEqual({ 李四: 'different' });
});
