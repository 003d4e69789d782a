import { fireEvent, screen, within } from '@testing-library/react';
import ClaimPage from '../../src/packages/people/claim/index';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const buildings = {
  compound: { name: '僑亞小區' },
  buildings: [
    { id: 'b:19栋', name: '19栋', zone: '橋東', unitCount: 2 },
    { id: 'b:3栋', name: '3栋', zone: '海韻', unitCount: 1 },
  ],
};
const units19 = {
  units: [
    { id: 'u:19栋-1单元-301', label: '19栋1单元301', room: '301', unit: '1单元', areaText: '89.5㎡' },
    { id: 'u:19栋-1单元-302', label: '19栋1单元302', room: '302', unit: '1单元', areaText: '76㎡' },
  ],
};

function fieldOf(id: string): HTMLElement {
  return document.getElementById(`${id}-field`) as HTMLElement;
}
const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

async function fillInElderMode(net: FakeNetwork) {
  net.on('/api/compound.buildings', ok(buildings));
  net.on('/api/compound.units', (body) => ok((body as { buildingId: string }).buildingId === 'b:19栋' ? units19 : { units: [] }));
  renderPage(ClaimPage, 'packages/people/claim/index');
  fireEvent.click(await screen.findByRole('radio', { name: '橋東 19栋' }));
  fireEvent.click(await screen.findByRole('radio', { name: '19栋1单元302（76㎡）' }));
  fireEvent.input(input('业主姓名'), { target: { value: '王秀英' } });
  fireEvent.input(input('手机号后四位'), { target: { value: '5678' } });
}

describe('认证业主身份 (claim)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true }));

  it('sends the chosen unit, the name and the last four digits', async () => {
    const net = fakeNetwork();
    net.on('/api/claims.submit', ok({ claim: { id: 'c1', unitId: 'u:19栋-1单元-302', unitLabel: '19栋1单元302', status: 'pending', at: '2025-11-25T00:00:00Z' } }));
    await fillInElderMode(net);

    fireEvent.click(screen.getByRole('button', { name: '提交认证' }));

    expect(await screen.findByText('已提交，请等待业委会审核')).toBeTruthy();
    expect(net.calls.find((c) => c.path === '/api/compound.units')?.body).toEqual({ buildingId: 'b:19栋' });
    expect(net.calls.find((c) => c.path === '/api/claims.submit')?.body).toEqual({ unitId: 'u:19栋-1单元-302', name: '王秀英', phoneLast4: '5678' });
  });

  it('keeps everything typed and shows the server message under the field it names after a 400', async () => {
    const net = fakeNetwork();
    net.on('/api/claims.submit', refused(400, { code: 'invalid', message: '姓名最多 20 个字', field: 'name' }));
    await fillInElderMode(net);

    fireEvent.click(screen.getByRole('button', { name: '提交认证' }));

    const message = await within(fieldOf('name')).findByText('姓名最多 20 个字');
    expect(message).toBeTruthy();
    expect(within(fieldOf('phoneLast4')).queryByText('姓名最多 20 个字')).toBeNull();
    expect(input('业主姓名').value).toBe('王秀英');
    expect(input('业主姓名').getAttribute('aria-invalid')).toBe('true');
    expect(input('手机号后四位').value).toBe('5678');
    expect(screen.getByRole('radio', { name: '橋東 19栋' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: '19栋1单元302（76㎡）' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByText('已提交，请等待业委会审核')).toBeNull();
  });

  it('shows a refusal that names no field (409) above the submit button, keeping the form', async () => {
    const net = fakeNetwork();
    net.on('/api/claims.submit', refused(409, { code: 'conflict', message: '这套房屋的认证申请正在审核中' }));
    await fillInElderMode(net);

    fireEvent.click(screen.getByRole('button', { name: '提交认证' }));

    expect(await screen.findByText('这套房屋的认证申请正在审核中')).toBeTruthy();
    expect(input('业主姓名').value).toBe('王秀英');
  });

  it('checks the form before sending: nothing goes out until the phone digits are four', async () => {
    const net = fakeNetwork();
    await fillInElderMode(net);
    fireEvent.input(input('手机号后四位'), { target: { value: '56' } });

    fireEvent.click(screen.getByRole('button', { name: '提交认证' }));

    expect(within(fieldOf('phoneLast4')).getByText('手机号后四位应是 4 个数字')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/claims.submit')).toBe(false);
  });

  it('checks the claim with the action’s schema before sending: nothing chosen asks for the building, an empty name and short digits are named, what was typed stays', async () => {
    const net = fakeNetwork();
    net.on('/api/compound.buildings', ok(buildings));
    renderPage(ClaimPage, 'packages/people/claim/index');
    await screen.findByRole('radio', { name: '橋東 19栋' });
    fireEvent.input(input('业主姓名'), { target: { value: '  ' } });
    fireEvent.input(input('手机号后四位'), { target: { value: '12' } });

    fireEvent.click(screen.getByRole('button', { name: '提交认证' }));

    expect(within(fieldOf('buildingId')).getByText('请选择楼栋')).toBeTruthy();
    expect(within(fieldOf('name')).getByText('请填写姓名')).toBeTruthy();
    expect(within(fieldOf('phoneLast4')).getByText('手机号后四位应是 4 个数字')).toBeTruthy();
    expect(input('业主姓名').value).toBe('  ');
    expect(input('手机号后四位').value).toBe('12');
    expect(net.calls.some((c) => c.path === '/api/claims.submit')).toBe(false);
  });

  it('asks for the unit under its own field once the building is chosen, and sends the trimmed name', async () => {
    const net = fakeNetwork();
    net.on('/api/claims.submit', ok({ claim: { id: 'c1', unitId: 'u:19栋-1单元-302', unitLabel: '19栋1单元302', status: 'pending', at: '2025-11-25T00:00:00Z' } }));
    net.on('/api/compound.buildings', ok(buildings));
    net.on('/api/compound.units', ok(units19));
    renderPage(ClaimPage, 'packages/people/claim/index');
    fireEvent.click(await screen.findByRole('radio', { name: '橋東 19栋' }));
    await screen.findByRole('radio', { name: '19栋1单元302（76㎡）' });
    fireEvent.input(input('业主姓名'), { target: { value: ' 王秀英 ' } });
    fireEvent.input(input('手机号后四位'), { target: { value: '5678' } });
    fireEvent.click(screen.getByRole('button', { name: '提交认证' }));
    expect(within(fieldOf('unitId')).getByText('请选择房号')).toBeTruthy();
    expect(within(fieldOf('buildingId')).queryByText('请选择楼栋')).toBeNull();
    expect(net.calls.some((c) => c.path === '/api/claims.submit')).toBe(false);

    fireEvent.click(screen.getByRole('radio', { name: '19栋1单元302（76㎡）' }));
    fireEvent.click(screen.getByRole('button', { name: '提交认证' }));
    expect(await screen.findByText('已提交，请等待业委会审核')).toBeTruthy();
    expect(net.calls.find((c) => c.path === '/api/claims.submit')?.body).toEqual({ unitId: 'u:19栋-1单元-302', name: '王秀英', phoneLast4: '5678' });
  });

  it('says so when the roster has not been imported yet', async () => {
    fakeNetwork().on('/api/compound.buildings', ok({ compound: { name: '' }, buildings: [] }));
    renderPage(ClaimPage, 'packages/people/claim/index');
    expect(await screen.findByText(/小区名册还没有导入/)).toBeTruthy();
  });

  it('offers the buildings and units in a labelled list outside 长辈模式', async () => {
    freshLaunch({ 'gongzhi.elderOffered': true });
    const net = fakeNetwork();
    net.on('/api/compound.buildings', ok(buildings));
    net.on('/api/compound.units', ok(units19));
    renderPage(ClaimPage, 'packages/people/claim/index');

    fireEvent.change(await screen.findByRole('combobox', { name: '楼栋' }), { target: { value: 'b:19栋' } });
    const unit = await screen.findByRole('combobox', { name: '房号' });
    fireEvent.change(unit, { target: { value: 'u:19栋-1单元-301' } });

    expect((unit as HTMLSelectElement).value).toBe('u:19栋-1单元-301');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(net.calls.find((c) => c.path === '/api/compound.units')?.body).toEqual({ buildingId: 'b:19栋' });
  });
});
