// 核对我的选票: the owner's ballots with their receipt codes, and the results page's public record
// found by that code (or not), with the count certificate shown beside the result.
import { fireEvent, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import MyBallotsPage from '../../src/packages/polls/mine/index';
import { PublicRecord } from '../../src/packages/polls/results/PublicRecord';
import { Certificate } from '../../src/packages/polls/results/Certificate';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const RECEIPT = 'R-7K3MA-9QXTP';
const record = {
  format: 'gongzhi-public-record/1',
  kind: 'decision',
  item: 5,
  pollId: 'poll:d1',
  heads: [
    { head: 'H0123456789ab', areas: ['64.80'] },
    { head: 'H0123456789ac', areas: ['80.00', '90.00'] },
  ],
  ballots: [
    { ref: RECEIPT, head: 'H0123456789ab', area: '64.80', choice: 'yes' },
    { ref: 'P0002,P0003', head: 'H0123456789ac', area: '170.00', choice: 'no' },
  ],
  published: {},
};

beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
afterEach(() => ((Current as { router: unknown }).router = null));

it('lists my ballots with their receipt code, and offers the check once published', async () => {
  const net = fakeNetwork();
  net.on('/api/polls.myBallots', ok({ items: [{ pollId: 'poll:d1', title: '外墙翻新', kind: 'decision', status: 'published', units: ['19栋301'], channel: 'online', castAt: '2026-11-20T02:00:00Z', ref: RECEIPT, choice: 'yes' }] }));
  renderPage(MyBallotsPage, 'packages/polls/mine/index');
  expect(await screen.findByText(`回执码：${RECEIPT}`)).toBeTruthy();
  expect(screen.getByText('我的意见：同意')).toBeTruthy();
  expect(screen.getByRole('button', { name: '到“外墙翻新”的计票明细中核对' })).toBeTruthy();
});

it('finds a receipt or a paper serial in the public record, and says when it is not there', async () => {
  const net = fakeNetwork();
  net.on('/api/polls.publicRecord', ok({ file: record, fileName: '外墙翻新-计票明细.json' }));
  renderPage(() => <PublicRecord pollId='poll:d1' initialRef={RECEIPT.toLowerCase()} />, 'packages/polls/results/index');
  fireEvent.click(screen.getByRole('button', { name: '查找' }));
  expect(await screen.findByText(`找到了：${RECEIPT} 计入业主 H0123456789ab（面积 64.80 ㎡），意见：同意。`)).toBeTruthy();
  expect(screen.getByText('共计入 2 张选票，名册共 2 位业主。')).toBeTruthy();
  fireEvent.input(screen.getByRole('textbox', { name: '回执码或纸质选票编号' }), { target: { value: 'P0003' } });
  fireEvent.click(screen.getByRole('button', { name: '查找' }));
  expect(await screen.findByText(/找到了：P0002,P0003 计入业主 H0123456789ac/)).toBeTruthy();
  fireEvent.input(screen.getByRole('textbox', { name: '回执码或纸质选票编号' }), { target: { value: 'R-XXXXX-XXXXX' } });
  fireEvent.click(screen.getByRole('button', { name: '查找' }));
  expect(await screen.findByText(/计票明细里没有 R-XXXXX-XXXXX/)).toBeTruthy();
  expect(net.calls.filter((c) => c.path === '/api/polls.publicRecord')).toHaveLength(1);
});

it('shows the certificate: who counted and watched, discrepancies and how settled, voids', () => {
  const cert = {
    closedAt: '2026-11-20T10:00:00Z',
    closedBy: '张建国',
    counters: ['张建国', '陈丽华'],
    scrutineers: ['何书记'],
    issued: 608,
    returned: 2,
    notReturned: 606,
    valid: 2,
    invalid: 0,
    ballotsRecorded: 2,
    voids: [],
    rounds: [{ round: 1, startedAt: '2026-11-20T09:00:00Z', returned: 2, counters: ['张建国', '陈丽华'] as [string, string], scrutineers: ['何书记'], agrees: true, differences: 0, corrections: 1, signoffs: [] }],
    discrepancies: [{ round: 1, serial: 'P0012', counter1: null, counter2: { choice: 'no' }, settled: '计票人 2 核对后更正(2026-11-20T09:30:00Z)' }],
    photoUrl: null,
  };
  renderPage(() => <Certificate cert={cert} />, 'packages/polls/results/index');
  expect(screen.getByText('计票人：张建国、陈丽华；监票人：何书记')).toBeTruthy();
  expect(screen.getByText('发出 608 张 = 收回 2 + 未收回 606；收回 2 = 有效 2 + 作废 0；计入 2 户。')).toBeTruthy();
  expect(screen.getByText('第 1 轮 P0012：计票人 2 核对后更正(2026-11-20T09:30:00Z)')).toBeTruthy();
  expect(screen.getByText('没有作废的选票。')).toBeTruthy();
});
