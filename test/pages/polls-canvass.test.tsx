// 上门动员名单 (canvassing list): one building's flats not yet voted, by floor, with the visited
// tick, and the same list as an Excel or CSV file for the building shown. Only fetch is faked.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import CanvassPage from '../../src/packages/polls/canvass/index';
import { fakeNetwork, ok, refused, type FakeNetwork, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/polls/canvass/index';
const POLL = 'poll:lift';
const BUILDINGS = [
  { id: 'b:3栋', name: '3栋' },
  { id: 'b:19栋', name: '19栋' },
];
const door = (label: string, floor: number) => ({ unitId: `u:${label}`, label, floor, owner: `业主${label}`, phone: '138****0001', visited: null });
const LISTS: Record<string, NonNullable<FixtureOf<'polls.canvass'>['items']>> = { 'b:3栋': [door('3栋101', 1)], 'b:19栋': [door('19栋101', 1), door('19栋201', 2), door('19栋202', 2)] };

const bodiesOf = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body as Record<string, unknown>);

function canvassNetwork(): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/polls.get', ok({ poll: { id: POLL, title: '加装电梯' }, me: { canVote: false } }));
  net.on('/api/polls.canvass', (body) => {
    const id = (body as { buildingId?: string }).buildingId ?? 'b:3栋';
    return ok({ building: { ...BUILDINGS.find((b) => b.id === id), units: 30 }, buildings: BUILDINGS, items: LISTS[id], hasMore: false, nextSkip: 30 });
  });
  return net;
}

describe('上门动员名单 (canvassing list)', () => {
  const created: Blob[] = [];
  beforeEach(() => {
    freshLaunch({ 'gongzhi.elderOffered': true });
    created.length = 0;
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
      created.push(b);
      return `blob:test/${created.length}`;
    };
  });
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('exports the building shown as CSV and Excel, and offers the file by name with its row count', async () => {
    const net = canvassNetwork();
    net.on('/api/polls.canvassExport', (body) => {
      const { format } = body as { format: 'csv' | 'xlsx' };
      return ok({ file: { fileName: `加装电梯-上门动员名单-19栋.${format}`, format, mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/octet-stream', base64: btoa('x'), rows: 3 } });
    });
    (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL), building: encodeURIComponent('b:19栋') }, path: `/${ROUTE}` };
    renderPage(CanvassPage, ROUTE);
    expect(await screen.findByText('19栋：3 户还没有投票')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '导出 CSV（本楼名单）' }));
    const csv = await screen.findByRole('link', { name: '下载 加装电梯-上门动员名单-19栋.csv' });
    expect(csv.getAttribute('href')).toBe('blob:test/1');
    expect(screen.getByText('已生成 加装电梯-上门动员名单-19栋.csv，共 3 行')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel（本楼名单）' }));
    expect(await screen.findByRole('link', { name: '下载 加装电梯-上门动员名单-19栋.xlsx' })).toBeTruthy();
    expect(bodiesOf(net, 'polls.canvassExport')).toEqual([
      { pollId: POLL, buildingId: 'b:19栋', format: 'csv' },
      { pollId: POLL, buildingId: 'b:19栋', format: 'xlsx' },
    ]);
  });

  it('exports the building chosen after switching, and says so when the export is refused', async () => {
    const net = canvassNetwork();
    net.on('/api/polls.canvassExport', refused(403, { code: 'forbidden', message: '只有业委会成员可以导出上门动员名单' }));
    (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL) }, path: `/${ROUTE}` };
    renderPage(CanvassPage, ROUTE);
    expect(await screen.findByText('3栋：1 户还没有投票')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '19栋' }));
    expect(await screen.findByText('19栋：3 户还没有投票')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel（本楼名单）' }));
    expect(await screen.findByText('只有业委会成员可以导出上门动员名单')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(bodiesOf(net, 'polls.canvassExport')).toEqual([{ pollId: POLL, buildingId: 'b:19栋', format: 'xlsx' }]);
  });

  it('offers no export for a building where everyone has voted', async () => {
    const net = canvassNetwork();
    LISTS['b:3栋'] = [];
    (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL) }, path: `/${ROUTE}` };
    renderPage(CanvassPage, ROUTE);
    expect(await screen.findByText('3栋的业主都已投票。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull();
    expect(bodiesOf(net, 'polls.canvassExport')).toEqual([]);
    LISTS['b:3栋'] = [door('3栋101', 1)];
  });

  it('ticks a door as visited; a refused tick is said and the door stays as it was', async () => {
    const net = canvassNetwork();
    (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL), building: encodeURIComponent('b:19栋') }, path: `/${ROUTE}` };
    renderPage(CanvassPage, ROUTE);
    const tick = await screen.findByRole('checkbox', { name: '19栋201 已上门' });
    net.on('/api/polls.canvass.visit', refused(409, { code: 'conflict', message: '投票已经截止,不用再上门了' }));
    fireEvent.click(tick);
    expect(await screen.findByText('投票已经截止,不用再上门了')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '19栋201 已上门' }).getAttribute('aria-checked')).toBe('false');

    net.on('/api/polls.canvass.visit', ok({ visited: { byName: '陈志愿', at: '2026-12-01T02:00:00.000Z' } }));
    fireEvent.click(screen.getByRole('checkbox', { name: '19栋201 已上门' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '19栋201 已上门' }).getAttribute('aria-checked')).toBe('true'));
    expect(screen.queryByText('投票已经截止,不用再上门了')).toBeNull();
    expect(bodiesOf(net, 'polls.canvass.visit')).toEqual([
      { pollId: POLL, unitId: 'u:19栋201', visited: true },
      { pollId: POLL, unitId: 'u:19栋201', visited: true },
    ]);
  });
});
