// 纸质票计票 (the paper count): a round is started, each counter joins a slot with their own
// account and enters ballots on the pad, the review (followed live) lists every ballot the two read
// differently, the totals checks and the voids, counters and scrutineers sign, and closing is
// refused (the server's 409) until two rounds agree and are signed. Only fetch is faked; the answers
// are shaped like the server's polls.count.* outputs.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import PollCountPage from '../../src/packages/polls/count/index';
import { demoPng } from '../../server/demo/activity';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/polls/count/index';
const POLL = 'poll:repaint';
const SESSION = `countSession:${POLL}:1`;
const PNG = Buffer.from(demoPng([10, 120, 60]));

const poll = {
  poll: {
    id: POLL,
    kind: 'decision',
    kindLabel: '表决',
    title: '外墙翻新使用维修资金',
    description: '',
    status: 'open',
    statusLabel: '投票中',
    allowChange: false,
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    createdAt: new Date().toISOString(),
    openedAt: new Date().toISOString(),
    closedAt: null,
    publishedAt: null,
    item: 5,
    itemLabel: '使用维修资金',
    threshold: '2/3',
    roster: { units: 4, holders: 4, area: '400.00' },
  },
  me: { canVote: false },
};

function review(over: Record<string, unknown> = {}) {
  return {
    session: { id: SESSION, round: 1, counters: ['王芳', '李强'], scrutineers: ['赵敏'], startedAt: new Date().toISOString() },
    issued: 4,
    returned: 3,
    notReturned: 1,
    totals: { counter1: { entered: 3, valid: 3, invalid: 0 }, counter2: { entered: 3, valid: 3, invalid: 0 } },
    differences: [],
    agrees: true,
    readings: 3,
    voids: [],
    digest: '0123456789abcdef',
    pollId: POLL,
    closed: false,
    me: { slot: 1, scrutineer: false, signed: false },
    signoffs: [],
    signedComplete: false,
    ...over,
  };
}

function open(net: FakeNetwork = fakeNetwork(), roles: string[] = ['owner', 'committee'], params: Record<string, string> = {}): FakeNetwork {
  net.on('/api/polls.get', ok(poll));
  net.on('/api/me', ok({ user: { id: 'user:demo-committee', name: '王芳', roles, phone: null }, units: [], claims: [] }));
  net.on('/api/polls.count.join', (body) => ok({ session: { id: SESSION, round: 1, pollId: POLL }, me: { slot: (body as { slot?: number }).slot ?? null, scrutineer: !(body as { slot?: number }).slot } }));
  net.on('/api/polls.count.review', ok(review()));
  net.on('/api/polls.count.start', ok({ session: { id: SESSION, round: 1, issued: 4, returned: 3 } }));
  net.on('/api/polls.count.enter', (body) => ok({ entry: { serial: (body as { serial: string }).serial, counter: 1 } }));
  (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL), ...params }, path: `/${ROUTE}` };
  renderPage(PollCountPage, ROUTE);
  return net;
}

const bodiesOf = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body as Record<string, unknown>);
const type = (name: string | RegExp, value: string) => fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } });

async function startAndJoin(counter: 1 | 2 = 1) {
  type('收回的选票张数', '3');
  fireEvent.click(screen.getByRole('button', { name: '开始这一轮' }));
  expect(await screen.findByText(/第 1 轮已开始/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: `以计票人 ${counter} 身份加入第 1 轮` }));
  await screen.findByText(`第 1 轮 · 计票人 ${counter}`);
}

describe('纸质票计票 (paper count)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
    jest.restoreAllMocks();
  });

  it('starts a round with two counters, then a counter enters ballots on the pad with a running tally', async () => {
    const net = open();
    expect(await screen.findByText('外墙翻新使用维修资金')).toBeTruthy();
    await startAndJoin(1);
    expect(bodiesOf(net, 'polls.count.start')).toEqual([{ pollId: POLL, returned: 3 }]);
    // The slot is the account's: joined, never named in a request.
    expect(bodiesOf(net, 'polls.count.join')).toEqual([{ sessionId: SESSION, as: 'counter', slot: 1 }]);

    fireEvent.click(screen.getByRole('button', { name: 'P0001 记为同意' }));
    expect(await screen.findByText('P0001 已录入：同意')).toBeTruthy();
    // The serial moves on by itself.
    fireEvent.click(await screen.findByRole('button', { name: 'P0002 记为反对' }));
    expect(await screen.findByText('P0002 已录入：反对')).toBeTruthy();

    // 废票 needs a reason before it is sent.
    fireEvent.click(screen.getByRole('button', { name: 'P0003 记为废票' }));
    fireEvent.click(screen.getByRole('button', { name: '记为废票' }));
    expect(await screen.findByText('请选择或写明废票原因')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '未填写意见' }));
    fireEvent.click(screen.getByRole('button', { name: '记为废票' }));
    expect(await screen.findByText('P0003 已录入：废票（未填写意见）')).toBeTruthy();

    expect(bodiesOf(net, 'polls.count.enter')).toEqual([
      { sessionId: SESSION, serial: 'P0001', choice: 'yes' },
      { sessionId: SESSION, serial: 'P0002', choice: 'no' },
      { sessionId: SESSION, serial: 'P0003', invalid: '未填写意见' },
    ]);
    expect(screen.getByText(/同意 1 · 反对 1 · 弃权 0 · 废票 1 · 共 3 张/)).toBeTruthy();

    // A misread ballot entered again is a correction: moved in the tally, not counted twice.
    type('选票编号', '2');
    fireEvent.click(screen.getByRole('button', { name: 'P0002 记为同意' }));
    expect(await screen.findByText('P0002 已录入：同意')).toBeTruthy();
    expect(screen.getByText(/同意 2 · 反对 0 · 弃权 0 · 废票 1 · 共 3 张/)).toBeTruthy();
  });

  it('checks the returned count with the action\'s own schema: missing, a fraction or below zero is named and nothing is sent', async () => {
    const net = open();
    expect(await screen.findByText('外墙翻新使用维修资金')).toBeTruthy();
    const start = () => fireEvent.click(screen.getByRole('button', { name: '开始这一轮' }));
    start();
    expect(await screen.findByText('请填写收回的选票张数')).toBeTruthy();
    type('收回的选票张数', '2.5');
    start();
    expect(await screen.findByText('张数应为整数')).toBeTruthy();
    type('收回的选票张数', '-1');
    start();
    expect(await screen.findByText('张数不能为负')).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.start')).toEqual([]);
    expect((screen.getByRole('textbox', { name: '收回的选票张数' }) as HTMLInputElement).value).toBe('-1');
  });

  it("does not count a ballot the server refused, and says why", async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    await startAndJoin(2);
    net.on('/api/polls.count.enter', refused(400, { code: 'invalid', field: 'serial', message: '没有编号为 P0009 的选票(本次共 4 张,P0001 起)' }));
    type('选票编号', '9');
    fireEvent.click(screen.getByRole('button', { name: 'P0009 记为同意' }));
    expect(await screen.findByText('没有编号为 P0009 的选票(本次共 4 张,P0001 起)')).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.enter')[0]).toEqual({ sessionId: SESSION, serial: 'P0009', choice: 'yes' });
    expect(screen.getByText(/同意 0 · 反对 0 · 弃权 0 · 废票 0 · 共 0 张/)).toBeTruthy();
  });

  it('names an unreadable serial and an empty typed void reason under their fields, sends nothing and keeps them', async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    await startAndJoin(1);
    const serialField = () => document.getElementById('count-serial-field') as HTMLElement;
    type('选票编号', 'P12x');
    fireEvent.click(screen.getByRole('button', { name: 'P12x 记为同意' }));
    expect(await within(serialField()).findByText('选票编号格式不对（如 P0012）')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '选票编号' }) as HTMLInputElement).value).toBe('P12x');

    type('选票编号', '3');
    fireEvent.click(screen.getByRole('button', { name: 'P0003 记为废票' }));
    fireEvent.click(screen.getByRole('radio', { name: '其他原因' }));
    type('其他原因说明', '   ');
    fireEvent.click(screen.getByRole('button', { name: '记为废票' }));
    // The schema's words, the same the server answers with.
    expect(await within(document.getElementById('count-reason-field') as HTMLElement).findByText('请写明废票原因')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '其他原因' }).getAttribute('aria-checked')).toBe('true');
    expect(bodiesOf(net, 'polls.count.enter')).toEqual([]);

    // The server's refusal of the serial shows under the serial too.
    net.on('/api/polls.count.enter', refused(400, { code: 'invalid', field: 'serial', message: '没有编号为 P0003 的选票(本次共 2 张,P0001 起)' }));
    type('其他原因说明', '写了两个意见');
    fireEvent.click(screen.getByRole('button', { name: '记为废票' }));
    expect(await within(serialField()).findByText('没有编号为 P0003 的选票(本次共 2 张,P0001 起)')).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.enter')).toEqual([{ sessionId: SESSION, serial: 'P0003', invalid: '写了两个意见' }]);
    // The reason stays typed; nothing was counted.
    expect((screen.getByRole('textbox', { name: '其他原因说明' }) as HTMLInputElement).value).toBe('写了两个意见');
    fireEvent.click(screen.getByRole('button', { name: '不是废票，返回' }));
    expect(screen.getByText(/同意 0 · 反对 0 · 弃权 0 · 废票 0 · 共 0 张/)).toBeTruthy();
  });

  it('lists every ballot the two counters read differently, and the totals checks', async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    await startAndJoin(1);
    net.on(
      '/api/polls.count.review',
      ok(
        review({
          totals: { counter1: { entered: 3, valid: 3, invalid: 0 }, counter2: { entered: 2, valid: 1, invalid: 1 } },
          differences: [
            { serial: 'P0002', counter1: { choice: 'yes' }, counter2: { invalid: '未填写意见' } },
            { serial: 'P0003', counter1: { choice: 'no' }, counter2: null },
          ],
          agrees: false,
        }),
      ),
    );
    fireEvent.click(await screen.findByRole('button', { name: '核对两位计票人的录入' }));
    expect(await screen.findByText('两人录入不一致的选票（2 张）')).toBeTruthy();
    const list = document.getElementById('count-differences') as HTMLElement;
    const p2 = within(list).getByText('P0002').parentElement as HTMLElement;
    expect(within(p2).getByText('计票人 1（王芳）：同意')).toBeTruthy();
    expect(within(p2).getByText('计票人 2（李强）：废票（未填写意见）')).toBeTruthy();
    const p3 = within(list).getByText('P0003').parentElement as HTMLElement;
    expect(within(p3).getByText('计票人 2（李强）：未录入')).toBeTruthy();
    expect(screen.getByText('发出 4 = 收回 3 + 未收回 1')).toBeTruthy();
    expect(screen.getByText(/计票人 1：收回 3 = 有效 3 \+ 废票 0（相符）/)).toBeTruthy();
    expect(screen.getByText(/计票人 2：收回 3 ≠ 有效 1 \+ 废票 1（不相符）/)).toBeTruthy();
    expect(screen.getByText(/第 1 轮还不一致/)).toBeTruthy();
    for (const body of bodiesOf(net, 'polls.count.review')) expect(body).toEqual({ sessionId: SESSION });
  });

  it('says so when a round agrees', async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    await startAndJoin(1);
    net.on('/api/polls.count.review', ok(review()));
    fireEvent.click(await screen.findByRole('button', { name: '核对两位计票人的录入' }));
    expect(await screen.findByText('两人录入的每张选票都一致。')).toBeTruthy();
    expect(screen.getByText(/第 1 轮两人录入一致/)).toBeTruthy();
  });

  it('closes only after two agreeing, signed rounds: the refusal is shown, then the close sends the photo and shows the result', async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    net.on('/api/photos.upload', ok({ fileId: 'file:sheet', url: '/files/sheet.png', bytes: PNG.length, type: 'image/png' }));

    // Nothing is sent without the photo of the signed sheet; names are the accounts', never typed.
    expect(screen.queryByRole('textbox', { name: /计票人/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '结束计票' }));
    expect(await screen.findByText('请拍下签字的计票单')).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.close')).toEqual([]);

    const input = screen.getByLabelText(/签字的计票单照片（必填）：/) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([PNG], 'sheet.png', { type: 'image/png' })] } });
    await waitFor(() => expect(bodiesOf(net, 'photos.upload')).toHaveLength(1));

    net.on('/api/polls.count.close', refused(409, { code: 'conflict', message: '需要两轮一致的计票才能结束', details: { rounds: 1 } }));
    fireEvent.click(screen.getByRole('button', { name: '结束计票' }));
    expect(await screen.findByText('需要两轮一致的计票才能结束')).toBeTruthy();
    expect(screen.queryByText('纸质计票已经结束，结果已记录。')).toBeNull();

    net.on(
      '/api/polls.count.close',
      ok({
        paperCount: {
          state: 'closed',
          closedAt: new Date().toISOString(),
          closedBy: 'user:demo-committee',
          counters: ['王芳', '李强'],
          scrutineers: ['赵敏'],
          photoFileId: 'file:sheet',
          rounds: [`countSession:${POLL}:1`, `countSession:${POLL}:2`],
          issued: 4,
          returned: 3,
          notReturned: 1,
          valid: 2,
          invalid: 1,
          ballotsRecorded: 2,
          spoilt: [{ serial: 'P0003', reason: '未填写意见' }],
        },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: '结束计票' }));
    expect(await screen.findByText('纸质计票已经结束，结果已记录。')).toBeTruthy();
    expect(screen.getByText('有效 2 张，废票 1 张，计入 2 户的选票。')).toBeTruthy();
    expect(screen.getByText('P0003：未填写意见')).toBeTruthy();
    const closes = bodiesOf(net, 'polls.count.close');
    expect(closes).toHaveLength(2);
    expect(closes[1]).toEqual({ pollId: POLL, photoFileId: 'file:sheet' });
  });

  it('shows the voids and lets a counter sign what the round shows', async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    net.on('/api/polls.count.review', ok(review({ voids: [{ serial: 'P0003', reason: '该户已经在线投票(一户只能投一次)' }] })));
    await startAndJoin(1);
    expect(await screen.findByText('P0003：该户已经在线投票(一户只能投一次)')).toBeTruthy();
    expect(screen.getByText('计票人：1. 王芳；2. 李强。监票人：赵敏。')).toBeTruthy();
    net.on('/api/polls.count.sign', ok({ signed: { as: 'counter1', at: new Date().toISOString(), digest: '0123456789abcdef' } }));
    net.on('/api/polls.count.review', ok(review({ me: { slot: 1, scrutineer: false, signed: true }, signoffs: [{ name: '王芳', as: 'counter1', at: new Date().toISOString() }] })));
    fireEvent.click(screen.getByRole('button', { name: '我确认无误，签字' }));
    expect(await screen.findByText('你已签字。')).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.sign')).toEqual([{ sessionId: SESSION, digest: '0123456789abcdef' }]);
    expect(screen.queryByRole('button', { name: '我确认无误，签字' })).toBeNull();
  });

  it('lets the community join as scrutineer only: no start, no counter slot, no close', async () => {
    const net = open(fakeNetwork(), ['community']);
    net.on('/api/polls.count.review', ok(review({ me: { slot: null, scrutineer: true, signed: false } })));
    await screen.findByText('外墙翻新使用维修资金');
    expect(screen.queryByRole('button', { name: '开始这一轮' })).toBeNull();
    expect(screen.queryByRole('button', { name: /我是计票人/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '结束计票' })).toBeNull();
    type('轮次', '1');
    fireEvent.click(screen.getByRole('button', { name: '以监票人身份加入第 1 轮' }));
    expect(await screen.findByText('第 1 轮 · 监票')).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.join')).toEqual([{ sessionId: SESSION, as: 'scrutineer' }]);
    expect(screen.queryByRole('textbox', { name: '选票编号' })).toBeNull();
    expect(await screen.findByRole('button', { name: '我确认无误，签字' })).toBeTruthy();
  });

  it('names verified owners as scrutineers at the start: found by name, namesakes told apart by phone, removable', async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    const people = [
      { id: 'user:zhao1', name: '赵敏', roles: ['user', 'owner'], phoneMasked: '138****0001' },
      { id: 'user:zhao2', name: '赵敏', roles: ['user', 'owner'], phoneMasked: '139****0002' },
      { id: 'user:zhao3', name: '赵敏', roles: ['user'], phoneMasked: '137****0003' },
    ];
    net.on('/api/users.list', (body) => ok({ users: (body as { q: string }).q === '赵敏' ? people : [] }));
    fireEvent.click(screen.getByRole('button', { name: '查找业主' }));
    expect(await screen.findByText('请填写监票人姓名')).toBeTruthy();
    type(/监票人姓名/, '赵敏');
    fireEvent.click(screen.getByRole('button', { name: '查找业主' }));
    // Two owners of that name; the one who is no verified owner is not offered.
    fireEvent.click(await screen.findByRole('radio', { name: '赵敏 · 139****0002' }));
    expect(screen.queryByRole('radio', { name: '赵敏 · 137****0003' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '加为监票人：赵敏 · 139****0002' }));
    type(/监票人姓名/, '赵敏');
    fireEvent.click(screen.getByRole('button', { name: '查找业主' }));
    fireEvent.click(await screen.findByRole('radio', { name: '赵敏 · 138****0001' }));
    fireEvent.click(screen.getByRole('button', { name: '加为监票人：赵敏 · 138****0001' }));
    expect(screen.getAllByRole('button', { name: '移除监票人 赵敏' })).toHaveLength(2);
    // Taken off again: the chip of the first one chosen.
    fireEvent.click(screen.getByText('赵敏 · 139****0002 ✕'));
    expect(screen.getAllByRole('button', { name: '移除监票人 赵敏' })).toHaveLength(1);

    type(/监票人姓名/, '钱七');
    fireEvent.click(screen.getByRole('button', { name: '查找业主' }));
    expect(await screen.findByText(/没有找到已认证的业主“钱七”/)).toBeTruthy();

    type('收回的选票张数', '3');
    fireEvent.click(screen.getByRole('button', { name: '开始这一轮' }));
    expect(await screen.findByText(/已推选监票人：赵敏。/)).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.start')).toEqual([{ pollId: POLL, returned: 3, scrutineers: ['user:zhao1'] }]);
  });

  it("shows the server's refusal of a named scrutineer at the picker, and keeps the names", async () => {
    const net = open();
    await screen.findByText('外墙翻新使用维修资金');
    net.on('/api/users.list', ok({ users: [{ id: 'user:sun', name: '孙丽', roles: ['owner'], phoneMasked: null }] }));
    type(/监票人姓名/, '孙丽');
    fireEvent.click(screen.getByRole('button', { name: '查找业主' }));
    // A single match is picked at once.
    fireEvent.click(await screen.findByRole('button', { name: '加为监票人：孙丽' }));
    net.on('/api/polls.count.start', refused(400, { code: 'invalid', field: 'scrutineers.0', message: '监票人应是已认证的业主' }));
    type('收回的选票张数', '3');
    fireEvent.click(screen.getByRole('button', { name: '开始这一轮' }));
    expect(await screen.findByText('监票人应是已认证的业主')).toBeTruthy();
    expect(screen.getByRole('button', { name: '移除监票人 孙丽' })).toBeTruthy();
  });

  it('sends an owner named as scrutineer from the poll page straight to the round', async () => {
    const net = fakeNetwork();
    net.on('/api/polls.count.review', ok(review({ me: { slot: null, scrutineer: true, signed: false } })));
    open(net, ['user', 'owner'], { round: '2' });
    await screen.findByText('外墙翻新使用维修资金');
    expect(screen.queryByRole('button', { name: '开始这一轮' })).toBeNull();
    expect(screen.queryByRole('button', { name: '查找业主' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '以监票人身份加入第 2 轮' }));
    expect(await screen.findByText('第 2 轮 · 监票')).toBeTruthy();
    expect(bodiesOf(net, 'polls.count.join')).toEqual([{ sessionId: `countSession:${POLL}:2`, as: 'scrutineer' }]);
  });
});
