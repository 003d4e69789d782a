// 登记委托书 (committee): the flat is picked by building and unit, the proxy found by name (phone
// masked) and the signed paper photographed; nothing is sent until all three are there; a field
// the server refuses is shown under that field with everything typed kept; a recorded proxy is
// confirmed and the form is ready for the next paper. Only fetch is faked.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import PollProxyPage from '../../src/packages/polls/proxy/index';
import { demoPng } from '../../server/demo/activity';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/polls/proxy/index';
const POLL = 'poll:repaint';
const PNG = Buffer.from(demoPng([200, 190, 170]));
const bodiesOf = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body as Record<string, unknown>);

function open(): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/compound.buildings', ok({ compound: { name: '侨亚小区' }, buildings: [{ id: 'b:19', name: '19栋', zone: '桥东', units: 24 }] }));
  net.on('/api/compound.units', ok({ units: [{ id: 'u:19--303', label: '19栋303', areaText: '89.50㎡' }, { id: 'u:19--304', label: '19栋304', areaText: '92.00㎡' }] }));
  net.on('/api/users.list', ok({ users: [{ id: 'user:li', name: '李明', roles: ['resident'], phoneMasked: '138****5678' }, { id: 'user:li2', name: '李明', roles: [], phoneMasked: '139****0001' }] }));
  net.on('/api/photos.upload', ok({ fileId: 'file:letter', url: '/files/letter.png', bytes: PNG.length, type: 'image/png' }));
  (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL) }, path: `/${ROUTE}` };
  renderPage(PollProxyPage, ROUTE);
  return net;
}

const select = (name: RegExp, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

async function fill() {
  await screen.findByRole('option', { name: '桥东 19栋' });
  select(/^楼栋/, 'b:19');
  await screen.findByRole('option', { name: '19栋303' });
  select(/^委托的房屋/, 'u:19--303');
  fireEvent.input(screen.getByRole('textbox', { name: /代理人姓名/ }), { target: { value: '李明' } });
  fireEvent.click(screen.getByRole('button', { name: '查找代理人' }));
  fireEvent.click(await screen.findByRole('radio', { name: '李明 · 138****5678' }));
}

describe('登记委托书 (recording a proxy)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('sends nothing until the flat, the proxy and the photo are there, saying which is missing', async () => {
    const net = open();
    fireEvent.click(await screen.findByRole('button', { name: '登记委托书' }));
    expect(await screen.findByText('请先选择委托房屋所在的楼栋')).toBeTruthy();
    await fill();
    fireEvent.click(screen.getByRole('button', { name: '登记委托书' }));
    expect(await screen.findByText('请拍下签字的委托书')).toBeTruthy();
    expect(bodiesOf(net, 'polls.proxy.record')).toEqual([]);
    // The two people named 李明 are told apart by their masked phones.
    expect(screen.getByRole('radio', { name: '李明 · 139****0001' })).toBeTruthy();
    expect(bodiesOf(net, 'users.list')).toEqual([{ q: '李明' }]);
  });

  it('shows a refused field under it and keeps what was picked, then records and clears for the next paper', async () => {
    const net = open();
    await fill();
    const input = screen.getByLabelText(/签字的委托书照片（必填）：/) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([PNG], 'letter.png', { type: 'image/png' })] } });
    await waitFor(() => expect(bodiesOf(net, 'photos.upload')).toHaveLength(1));
    // Wait until the upload's answer is taken in (the button is no longer busy): a tap before that is dropped.
    await waitFor(() => expect(screen.getByRole('button', { name: '登记委托书' }).getAttribute('aria-disabled')).not.toBe('true'));

    net.on('/api/polls.proxy.record', refused(400, { code: 'invalid', message: '这套房屋不在本次表决开始时的名册上', field: 'unitId' }));
    fireEvent.click(screen.getByRole('button', { name: '登记委托书' }));
    expect(await screen.findByText('这套房屋不在本次表决开始时的名册上')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /^委托的房屋/ }) as HTMLSelectElement).value).toBe('u:19--303');
    expect(screen.getByRole('radio', { name: '李明 · 138****5678' }).getAttribute('aria-checked')).toBe('true');

    net.on('/api/polls.proxy.record', ok({ proxy: { id: `proxy:${POLL}:u:19--303`, unitId: 'u:19--303', proxyUserId: 'user:li', units: ['19栋303'] } }));
    fireEvent.click(screen.getByRole('button', { name: '登记委托书' }));
    expect(await screen.findByText('已登记：19栋303 由 李明 代为投票。可以继续登记下一份。')).toBeTruthy();
    expect(bodiesOf(net, 'polls.proxy.record').at(-1)).toEqual({ pollId: POLL, unitId: 'u:19--303', proxyUserId: 'user:li', photoFileId: 'file:letter' });
    expect((screen.getByRole('textbox', { name: /代理人姓名/ }) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('radio', { name: '李明 · 138****5678' })).toBeNull();
  });

  it("names the flat left unpicked under its field, in the action's own words, and keeps the proxy picked", async () => {
    const net = open();
    await screen.findByRole('option', { name: '桥东 19栋' });
    select(/^楼栋/, 'b:19');
    fireEvent.input(screen.getByRole('textbox', { name: /代理人姓名/ }), { target: { value: '李明' } });
    fireEvent.click(screen.getByRole('button', { name: '查找代理人' }));
    fireEvent.click(await screen.findByRole('radio', { name: '李明 · 138****5678' }));
    fireEvent.click(screen.getByRole('button', { name: '登记委托书' }));
    const unitField = document.getElementById('proxy-unit-field') as HTMLElement;
    expect(await within(unitField).findByText('请选择委托的房屋')).toBeTruthy();
    expect(screen.getByText('请拍下签字的委托书')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '李明 · 138****5678' }).getAttribute('aria-checked')).toBe('true');
    expect((screen.getByRole('textbox', { name: /代理人姓名/ }) as HTMLInputElement).value).toBe('李明');
    expect(bodiesOf(net, 'polls.proxy.record')).toEqual([]);
  });
});
