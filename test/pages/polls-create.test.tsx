import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CreatePage from '../../src/packages/polls/create/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';
import { fromChina, inChina } from '../../src/domain/chinaTime';

const ROUTE = 'packages/polls/create/index';
const field = (id: string) => document.getElementById(`${id}-field`) as HTMLElement;
const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const type = (id: string, value: string) => fireEvent.input(input(id), { target: { value }, detail: { value } });
const creates = (net: ReturnType<typeof fakeNetwork>) => net.calls.filter((c) => c.path === '/api/polls.create').map((c) => c.body);

describe('发起表决 (create)', () => {
  let redirectTo: jest.SpyInstance;
  beforeEach(() => {
    freshLaunch({ 'gongzhi.elderOffered': true });
    redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' });
  });
  afterEach(() => redirectTo.mockRestore());

  it('keeps everything typed after a 400 and shows the message under the field it names', async () => {
    const net = fakeNetwork();
    net.on('/api/polls.create', refused(400, { code: 'invalid', message: '候选人"李四"重名,请加以区分(如注明楼栋)', field: 'candidates.1.name' }));
    renderPage(CreatePage, ROUTE);
    fireEvent.click(screen.getByRole('radio', { name: /业委会选举/ }));
    type('title', '选举第二届业委会');
    type('cand-0-name', '李四');
    type('cand-0-statement', '退休教师');
    fireEvent.click(screen.getByRole('button', { name: '添加候选人' }));
    type('cand-1-name', '李四');
    type('cand-1-statement', '19栋业主');
    fireEvent.click(screen.getByRole('radio', { name: '7 名' }));
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));

    expect(await within(field('cand-1-name')).findByText('候选人"李四"重名,请加以区分(如注明楼栋)')).toBeTruthy();
    expect(within(field('cand-0-name')).queryByText(/重名/)).toBeNull();
    expect(input('cand-1-name').getAttribute('aria-invalid')).toBe('true');
    expect(creates(net)).toEqual([
      {
        kind: 'election',
        title: '选举第二届业委会',
        allowChange: false,
        seats: 7,
        candidates: [
          { name: '李四', statement: '退休教师' },
          { name: '李四', statement: '19栋业主' },
        ],
      },
    ]);
    expect(input('title').value).toBe('选举第二届业委会');
    expect(input('cand-1-name').value).toBe('李四');
    expect(input('cand-1-statement').value).toBe('19栋业主');
    expect(screen.getByRole('radio', { name: '7 名' }).getAttribute('aria-checked')).toBe('true');
    expect(redirectTo).not.toHaveBeenCalled();

    // Typing again clears the message.
    type('cand-1-name', '李四（19栋）');
    expect(within(field('cand-1-name')).queryByText(/重名/)).toBeNull();
  });

  it('sends a decision with its art. 278 item and opens the new poll', async () => {
    const net = fakeNetwork();
    net.on('/api/polls.create', ok({ poll: { id: 'poll:new', kind: 'decision', status: 'draft' } }));
    renderPage(CreatePage, ROUTE);
    type('title', '更换电梯');
    fireEvent.change(screen.getByRole('combobox', { name: '表决事项（民法典第二百七十八条）' }), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(redirectTo).toHaveBeenCalled());
    expect(creates(net)).toEqual([{ kind: 'decision', title: '更换电梯', allowChange: false, item: 7 }]);
    expect(redirectTo.mock.calls[0][0].url).toBe(`/packages/polls/detail/index?id=${encodeURIComponent('poll:new')}`);
  });

  it('refuses a closing time in the past, under that field, without sending', async () => {
    const net = fakeNetwork();
    renderPage(CreatePage, ROUTE);
    type('title', '更换电梯');
    fireEvent.change(input('closesAt'), { target: { value: '2020-01-01T10:00' } });
    expect(screen.getByText('将于 2020年1月1日（周三）10:00 截止')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await within(field('closesAt')).findByText('截止时间应晚于现在')).toBeTruthy();
    expect(creates(net)).toHaveLength(0);
  });

  it('sets a common voting period in one tap, says it back, and sends it', async () => {
    const net = fakeNetwork();
    net.on('/api/polls.create', ok({ poll: { id: 'poll:new', kind: 'decision', status: 'draft' } }));
    renderPage(CreatePage, ROUTE);
    type('title', '更换电梯');
    fireEvent.change(screen.getByRole('combobox', { name: '表决事项（民法典第二百七十八条）' }), { target: { value: '7' } });
    expect(screen.getByText('不设截止时间，由业委会手动结束')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '7 天后 18:00' }));
    // 18:00 China time, seven days after China's today, whatever the zone the test runs in.
    const day = inChina(Date.now()).startOf('day').add(7, 'day');
    const expected = fromChina(day.format('YYYY-MM-DD'), '18:00');
    expect(screen.getByText(new RegExp(`^将于 ${day.year()}年${day.month() + 1}月${day.date()}日（周.）18:00 截止$`))).toBeTruthy();
    expect(input('closesAt').value).toMatch(/T18:00$/);
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(creates(net)).toHaveLength(1));
    expect((creates(net)[0] as { closesAt: string }).closesAt).toBe(expected.toISOString());
  });

  it("sends nothing while the draft breaks the action's own schema: each message under its field, everything typed kept", async () => {
    const net = fakeNetwork();
    renderPage(CreatePage, ROUTE);
    type('title', '更换电梯');
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    // A decision needs its art. 278 item (the schema's words, the same the server answers with).
    expect(await within(field('item')).findByText('请选择表决事项(民法典第二百七十八条第1至9项)')).toBeTruthy();
    expect(screen.getByText('有几处需要修改，请看标红的地方')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: /业委会选举/ }));
    type('cand-0-name', '李四');
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await within(field('cand-0-statement')).findByText('请填写候选人简介')).toBeTruthy();
    expect(within(field('cand-0-name')).queryByText(/请填写/)).toBeNull();
    expect(input('cand-0-statement').getAttribute('aria-invalid')).toBe('true');
    expect(input('title').value).toBe('更换电梯');
    expect(input('cand-0-name').value).toBe('李四');
    expect(creates(net)).toHaveLength(0);
  });
});
