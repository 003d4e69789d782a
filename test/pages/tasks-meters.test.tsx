import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import MeterRoundPage from '../../src/packages/tasks/meters/index';
import { failedEntries, pendingEntries } from '../../src/services/offlineQueue';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/tasks/meters/index';
const PERIOD = '2025-11';

const meters = {
  meters: [
    { id: 'meter:u:19栋--101', label: '19栋101', last: { period: '2025-10', value: '1000.00', consumption: '12.00' } },
    { id: 'meter:u:19栋--102', label: '19栋102', last: { period: '2025-10', value: '2000.50', consumption: '8.50' } },
    { id: 'meter:u:19栋--201', label: '19栋201', last: { period: PERIOD, value: '3010.00', consumption: '10.00' } },
    { id: 'meter:u:19栋--202', label: '19栋202', last: null },
  ],
};

function open(net: FakeNetwork = fakeNetwork(), params: Record<string, string> = { route: encodeURIComponent('桥东'), period: PERIOD }) {
  net.on('/api/meters.route', ok(meters));
  (Current as { router: unknown }).router = { params, path: `/${ROUTE}` };
  renderPage(MeterRoundPage, ROUTE);
  return net;
}

const card = (n: number) => document.getElementById(`meter-${n}`) as HTMLElement;
const input = (label: string) => screen.getByRole('textbox', { name: `${label} 本次读数` }) as HTMLInputElement;
const reads = (net: FakeNetwork) => net.calls.filter((c) => c.path === '/api/meters.read').map((c) => c.body);
const reading = (value: string, over: Record<string, unknown> = {}) => ({ reading: { id: 'r', period: PERIOD, value, consumption: '10.00', leakSuspected: false, issueId: null, ...over }, replay: false });

describe('抄水表 (meter round)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
    jest.restoreAllMocks();
  });

  it('lists the route’s meters in walking order with the last reading and what is done this month', async () => {
    const net = open();
    expect(await screen.findByRole('heading', { level: 1, name: '抄水表：桥东线' })).toBeTruthy();
    await screen.findByText('19栋101');
    expect(net.calls.find((c) => c.path === '/api/meters.route')?.body).toEqual({ route: '桥东' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['19栋101', '19栋102', '19栋201', '19栋202']);
    expect(within(card(1)).getByText('上次（2025年10月）：1000.00，用量 12.00 方')).toBeTruthy();
    expect(within(card(3)).getByText('本期已抄：3010.00')).toBeTruthy();
    expect(within(card(4)).getByText('没有上次读数（新表）')).toBeTruthy();
    expect(screen.getByText('2025年11月 · 已抄 1 / 4 块')).toBeTruthy();
    expect(screen.getByText('没有待发送的记录')).toBeTruthy();
  });

  it('corrects a mistyped reading with a reason and says the false leak report was withdrawn', async () => {
    const net = open();
    net.on('/api/meters.read', ok(reading('1900.00', { consumption: '900.00', leakSuspected: true, issueId: 'issue:x' })));
    net.on('/api/meters.correct', (body) => ok({ reading: { id: 'r', period: PERIOD, value: String((body as { value: string }).value), consumption: '10.00', leakSuspected: false, issueId: 'issue:x' }, leakReport: { id: 'issue:x', withdrawn: true } }));
    await screen.findByText('19栋101');
    fireEvent.input(input('19栋101'), { target: { value: '1900' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    expect(await within(card(1)).findByText(/疑似漏水/)).toBeTruthy();

    fireEvent.click(within(card(1)).getByRole('button', { name: '更正读数：19栋101' }));
    fireEvent.input(screen.getByRole('textbox', { name: '19栋101 正确的读数' }), { target: { value: '1010' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正：19栋101' }));
    // The reason is asked for before anything is sent, by the schema the server parses with, under the field.
    expect(await within(document.getElementById('correct-1-reason-field') as HTMLElement).findByText('请填写更正原因')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/meters.correct')).toBe(false);
    fireEvent.input(screen.getByRole('textbox', { name: '19栋101 更正原因' }), { target: { value: '多按了一个 9' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正：19栋101' }));
    expect(await within(card(1)).findByText('已更正为：1010（本期用量 10.00 方）')).toBeTruthy();
    expect(within(card(1)).getByText('之前按错误读数报的“疑似漏水”已撤回。')).toBeTruthy();
    expect(within(card(1)).queryByText(/⚠ 疑似漏水/)).toBeNull();
    expect(net.calls.find((c) => c.path === '/api/meters.correct')?.body).toEqual({ meterId: 'meter:u:19栋--101', period: PERIOD, value: '1010', reason: '多按了一个 9' });
  });

  it('offers a correction on a meter already read this month and shows the server’s refusal by the field', async () => {
    const net = open();
    net.on('/api/meters.correct', refused(400, { code: 'invalid', message: '读数 3000.00 比上次 3000.00 还小', field: 'value' }));
    await screen.findByText('19栋201');
    fireEvent.click(within(card(3)).getByRole('button', { name: '更正读数：19栋201' }));
    fireEvent.input(screen.getByRole('textbox', { name: '19栋201 正确的读数' }), { target: { value: '3000' } });
    fireEvent.input(screen.getByRole('textbox', { name: '19栋201 更正原因' }), { target: { value: '看错了' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正：19栋201' }));
    expect(await within(card(3)).findByText(/比上次 3000.00 还小/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '19栋201 正确的读数' }) as HTMLInputElement).value).toBe('3000');
  });

  it('saves a reading typed on the numeric keypad and says what it used', async () => {
    const net = open();
    net.on('/api/meters.read', (body) => ok(reading(String((body as { value: string }).value), { consumption: '12.34' })));
    await screen.findByText('19栋101');
    expect(input('19栋101').getAttribute('inputmode')).toBe('decimal');

    fireEvent.input(input('19栋101'), { target: { value: '1012.34' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));

    expect(await within(card(1)).findByText('已保存：1012.34（本期用量 12.34 方）')).toBeTruthy();
    expect(reads(net)).toEqual([{ meterId: 'meter:u:19栋--101', period: PERIOD, value: '1012.34', replaced: false }]);
    expect(screen.getByText('2025年11月 · 已抄 2 / 4 块')).toBeTruthy();
  });

  it('shows a refused value’s message next to that meter and keeps what was typed', async () => {
    const net = open();
    net.on('/api/meters.read', refused(400, { code: 'invalid', field: 'value', message: '读数 1999.00 比上次 2000.50 还小;如果换了新表,请勾选"已换表"' }));
    await screen.findByText('19栋102');

    fireEvent.input(input('19栋102'), { target: { value: '1999' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋102' }));

    expect(await within(card(2)).findByText('读数 1999.00 比上次 2000.50 还小;如果换了新表,请勾选"已换表"')).toBeTruthy();
    expect(within(card(1)).queryByText(/比上次/)).toBeNull();
    expect(input('19栋102').value).toBe('1999');
    expect(input('19栋102').getAttribute('aria-invalid')).toBe('true');
    expect(failedEntries()).toEqual([]);
    expect(pendingEntries()).toEqual([]);
  });

  it('sends 已换表 with the reading', async () => {
    const net = open();
    net.on('/api/meters.read', ok(reading('5.00', { consumption: '5.00' })));
    await screen.findByText('19栋102');
    fireEvent.input(input('19栋102'), { target: { value: '5' } });
    const box = screen.getByRole('checkbox', { name: '19栋102 已换表' });
    expect(box.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(box);
    expect(box.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋102' }));
    await within(card(2)).findByText(/已保存：5.00/);
    expect(reads(net)).toEqual([{ meterId: 'meter:u:19栋--102', period: PERIOD, value: '5', replaced: true }]);
  });

  it('says plainly when a reading looks like a leak', async () => {
    const net = open();
    net.on('/api/meters.read', ok(reading('1080.00', { consumption: '80.00', leakSuspected: true, issueId: 'issue:leak' })));
    await screen.findByText('19栋101');
    fireEvent.input(input('19栋101'), { target: { value: '1080' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    expect(await within(card(1)).findByText('⚠ 疑似漏水：本期用量 80.00 方，是平时的 3 倍以上。已自动报给物业经理，请上门查看。')).toBeTruthy();
  });

  it('checks the number before sending', async () => {
    const net = open();
    await screen.findByText('19栋101');
    fireEvent.input(input('19栋101'), { target: { value: '12.345' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    expect(await within(card(1)).findByText('读数应是数字，最多两位小数，例如 1234.56')).toBeTruthy();
    fireEvent.input(input('19栋101'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    expect(await within(card(1)).findByText('请填写读数')).toBeTruthy();
    expect(reads(net)).toEqual([]);
  });

  it('without signal keeps readings on the phone ("N 条待发送") and sends each once when the network returns', async () => {
    const net = open();
    net.on('/api/meters.read', (body) => ok(reading(String((body as { value: string }).value))));
    await screen.findByText('19栋101');
    const online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

    fireEvent.input(input('19栋101'), { target: { value: '1010' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    expect(await screen.findByText('1 条待发送')).toBeTruthy();
    expect(within(card(1)).getByText('1010 已保存在手机上，待发送')).toBeTruthy();

    fireEvent.input(input('19栋202'), { target: { value: '15.5' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋202' }));
    expect(await screen.findByText('2 条待发送')).toBeTruthy();
    expect(screen.getByText('没有网络：记录已保存在手机上，有信号后会自动发送。')).toBeTruthy();
    expect(reads(net)).toEqual([]);

    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await within(card(1)).findByText(/已发送：1010/)).toBeTruthy();
    expect(await within(card(4)).findByText(/已发送：15.5/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('没有待发送的记录')).toBeTruthy());
    expect(reads(net).map((b) => (b as { meterId: string }).meterId)).toEqual(['meter:u:19栋--101', 'meter:u:19栋--202']);
  });

  it('without signal catches a value below the last reading at once, with the server’s words', async () => {
    const net = open();
    await screen.findByText('19栋102');
    jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    fireEvent.input(input('19栋102'), { target: { value: '1999' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋102' }));
    expect(await within(card(2)).findByText('读数 1999.00 比上次 2000.50 还小;如果换了新表,请勾选"已换表"')).toBeTruthy();
    expect(pendingEntries()).toEqual([]);
    expect(reads(net)).toEqual([]);
  });

  it('puts a reading refused after waiting on the phone back next to its meter, to be fixed', async () => {
    const net = open();
    await screen.findByText('19栋101');
    const online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    fireEvent.input(input('19栋101'), { target: { value: '1010' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    await screen.findByText('1 条待发送');

    net.on('/api/meters.read', refused(409, { code: 'conflict', message: '这块表 2025-11 已经抄过了,读数是 1009.00' }));
    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await within(card(1)).findByText('这块表 2025-11 已经抄过了,读数是 1009.00')).toBeTruthy();
    expect(screen.getByText('没有发送成功（1 条）')).toBeTruthy();
    expect(input('19栋101').value).toBe('1010');

    // Fixed and saved again: the refused entry goes away.
    net.on('/api/meters.read', ok(reading('1009.00')));
    fireEvent.input(input('19栋101'), { target: { value: '1009' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    expect(await within(card(1)).findByText(/已保存：1009.00/)).toBeTruthy();
    expect(screen.queryByText(/没有发送成功/)).toBeNull();
  });

  it('asks for a route when none is given', async () => {
    fakeNetwork().on('/api/meters.route', refused(400, { code: 'invalid', message: '请填写抄表路线', field: 'route' }));
    (Current as { router: unknown }).router = { params: {}, path: `/${ROUTE}` };
    renderPage(MeterRoundPage, ROUTE);
    expect(await screen.findByText('没有指定抄表路线。请从抄表任务进入。')).toBeTruthy();
  });

  it('works in 长辈模式 with everything said in place', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    const net = open();
    net.on('/api/meters.read', refused(400, { code: 'invalid', field: 'value', message: '读数 1.00 比上次 1000.00 还小;如果换了新表,请勾选"已换表"' }));
    await screen.findByText('19栋101');
    expect(document.querySelector('.gz-page.elder')).toBeTruthy();
    fireEvent.input(input('19栋101'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: '保存读数：19栋101' }));
    expect(await within(card(1)).findByText(/比上次 1000.00 还小/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
