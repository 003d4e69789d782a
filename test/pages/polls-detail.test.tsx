import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import PollDetailPage from '../../src/packages/polls/detail/index';
import { fakeNetwork, ok, refused, type FakeNetwork, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/polls/detail/index';
const owner = { user: { id: 'user:demo-owner', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] };
const committee = { user: { id: 'user:demo-committee', name: '张建国', roles: ['owner', 'committee'], phone: null }, units: [], claims: [] };

const base = { description: '', status: 'open', statusLabel: '投票中', allowChange: false, closesAt: '2026-12-31T10:00:00Z', createdAt: '2026-11-20T01:00:00Z', openedAt: '2026-11-20T02:00:00Z', closedAt: null, publishedAt: null };
const decision = { ...base, id: 'poll:d1', kind: 'decision', kindLabel: '表决', title: '筹集维修资金', item: 6, itemLabel: '筹集建筑物及其附属设施的维修资金', threshold: '>=3/4' };
const election = {
  ...base,
  id: 'poll:e1',
  kind: 'election',
  kindLabel: '选举',
  title: '选举业委会',
  seats: 5,
  threshold: '>1/2',
  candidates: Array.from({ length: 6 }, (_, i) => ({ id: `c${i + 1}`, name: `候选人${i + 1}`, statement: `简介${i + 1}` })),
};
const canVote = { canVote: true, units: ['19栋301', '19栋302'], proxy: false, ballot: null };
const progress = {
  pollId: 'poll:d1',
  status: 'open',
  overall: { heads: { num: '1', den: '9' }, area: { num: '10000', den: '90000' }, areaText: { voted: '100.00', total: '900.00' }, units: { voted: 2, total: 10 }, quorum: { threshold: '>=2/3', areaMet: false, headsMet: false, met: false } },
  buildings: [{ id: 'b:19栋', name: '19栋', units: { voted: 2, total: 10 }, heads: { voted: 1, total: 9 }, area: { voted: '100.00', total: '900.00' } }],
};

function open(poll: FixtureOf<'polls.get'>['poll'], me: FixtureOf<'polls.get'>['me'] = canVote, who: FixtureOf<'me'> = owner): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/polls.get', ok({ poll, me }));
  net.on('/api/me', ok(who));
  net.on('/api/polls.progress', ok(progress));
  (Current as { router: unknown }).router = { params: { id: encodeURIComponent((poll as { id: string }).id) }, path: `/${ROUTE}` };
  renderPage(PollDetailPage, ROUTE);
  return net;
}

const casts = (net: FakeNetwork) => net.calls.filter((c) => c.path === '/api/polls.cast').map((c) => c.body);

describe('表决详情 (poll page)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('says what is decided, the threshold, my units and the participation in numbers', async () => {
    open(decision);
    expect(await screen.findByText('表决事项（民法典第二百七十八条第6项）：筹集建筑物及其附属设施的维修资金')).toBeTruthy();
    expect(screen.getByText('需参与面积、人数均达四分之三同意')).toBeTruthy();
    expect(screen.getByText('我这一票代表的房屋：19栋301、19栋302')).toBeTruthy();
    // 2/3 of 900.00 m² is 600.00 m²; 2/3 of 9 heads is 6.
    expect(await screen.findByText('已参与 100.00 ㎡ / 需 600.00 ㎡（共 900.00 ㎡，已参与 100.00 ㎡）')).toBeTruthy();
    expect(screen.getByText('已参与 1 人 / 需 6 人（共 9 人，已参与 1 人）')).toBeTruthy();
    expect(screen.getByText(/19栋：已投 2\/10 户，1\/9 人/)).toBeTruthy();
  });

  it('tells an owner named as scrutineer, and opens the paper count at that round', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    open(decision, { ...canVote, scrutineerRound: 2 });
    expect(await screen.findByText('您被推选为监票人（纸质票计票第 2 轮）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '去监票' }));
    expect(navigateTo.mock.calls[0][0].url).toBe('/packages/polls/count/index?id=poll%3Ad1&round=2');
    navigateTo.mockRestore();
  });

  it('sends the chosen word after the inline confirm step', async () => {
    const net = open(decision);
    const group = await screen.findByRole('radiogroup', { name: '请选择' });
    fireEvent.click(within(group).getByRole('radio', { name: '反对' }));
    expect(within(group).getByRole('radio', { name: '反对' }).getAttribute('aria-checked')).toBe('true');
    net.on('/api/polls.cast', ok({ ballot: { id: 'b1', castAt: '2026-11-25T02:00:00Z', changed: false, proxy: false, units: ['19栋301'], choice: 'no' } }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }));
    expect(screen.getByText('请核对您的选择：反对')).toBeTruthy();
    expect(casts(net)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '确认投票' }));
    await waitFor(() => expect(casts(net)).toEqual([{ pollId: 'poll:d1', choice: 'no' }]));
    expect(await screen.findByText(/投票成功/)).toBeTruthy();
  });

  it('lets an owner pick at most `seats` candidates, with the counter', async () => {
    const net = open(election);
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes).toHaveLength(6);
    for (const b of boxes.slice(0, 6)) fireEvent.click(b);
    expect(screen.getByText(/已选 5\/5/)).toBeTruthy();
    const checked = screen.getAllByRole('checkbox').filter((b) => b.getAttribute('aria-checked') === 'true');
    expect(checked).toHaveLength(5);
    expect(screen.getByRole('checkbox', { name: '候选人6：简介6' }).getAttribute('aria-disabled')).toBe('true');
    // Unticking one frees a place.
    fireEvent.click(screen.getByRole('checkbox', { name: '候选人1：简介1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '候选人6：简介6' }));
    expect(screen.getByText(/已选 5\/5/)).toBeTruthy();
    net.on('/api/polls.cast', ok({ ballot: { id: 'b1', castAt: '2026-11-25T02:00:00Z', changed: false, proxy: false, units: ['19栋301'], choices: ['c2', 'c3', 'c4', 'c5', 'c6'] } }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }));
    fireEvent.click(screen.getByRole('button', { name: '确认投票' }));
    await waitFor(() => expect(casts(net)).toEqual([{ pollId: 'poll:e1', choices: ['c2', 'c3', 'c4', 'c5', 'c6'] }]));
  });

  it('asks whose vote it is when I may vote for two owners, and votes for the one chosen', async () => {
    const seats = [
      { unitId: 'u:19--301', units: ['19栋301'], proxy: false },
      { unitId: 'u:19--303', units: ['19栋303'], proxy: true },
    ];
    const net = open(decision, { canVote: true, units: ['19栋301'], proxy: false, ballot: null, seats });
    const chooser = await screen.findByRole('radiogroup', { name: '为哪一套房屋投票' });
    // Without a choice, my own flat is the one shown as chosen.
    expect(within(chooser).getByRole('radio', { name: '19栋301（本人）' }).getAttribute('aria-checked')).toBe('true');
    net.on('/api/polls.get', (body) =>
      (body as { unitId?: string }).unitId === 'u:19--303' ? ok({ poll: decision, me: { canVote: true, units: ['19栋303'], proxy: true, ballot: null, seats } }) : ok({ poll: decision, me: canVote }),
    );
    fireEvent.click(within(chooser).getByRole('radio', { name: '19栋303（代理）' }));
    expect(await screen.findByText('您是受委托的代理人')).toBeTruthy();
    expect(screen.getByText('我这一票代表的房屋：19栋303')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '请选择' })).getByRole('radio', { name: '弃权' }));
    net.on('/api/polls.cast', ok({ ballot: { id: 'b1', castAt: '2026-11-25T02:00:00Z', changed: false, proxy: true, units: ['19栋303'], choice: 'abstain' } }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }));
    fireEvent.click(screen.getByRole('button', { name: '确认投票' }));
    await waitFor(() => expect(casts(net)).toEqual([{ pollId: 'poll:d1', unitId: 'u:19--303', choice: 'abstain' }]));
  });

  it('shows a 409 (already voted) in plain words', async () => {
    const net = open(decision);
    fireEvent.click(await screen.findByRole('radio', { name: '同意' }));
    net.on('/api/polls.cast', refused(409, { code: 'conflict', message: '这户已经投过票了,每户只能投一次' }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }));
    fireEvent.click(screen.getByRole('button', { name: '确认投票' }));
    expect(await screen.findByText('这户已经投过票了,每户只能投一次')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('这户已经投过票了');
  });

  it('shows my earlier choice and offers 改票 starting from it where allowed', async () => {
    const net = open({ ...decision, allowChange: true }, { canVote: false, units: ['19栋301'], ballot: { channel: 'online', castAt: '2026-11-21T00:00:00Z', changes: 0, canChange: true, choice: 'yes' } });
    expect(await screen.findByText('您的选择：同意')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '改票（从现在的选择改起）' }));
    expect(screen.getByRole('radio', { name: '同意' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: '弃权' }));
    net.on('/api/polls.cast', ok({ ballot: { id: 'b1', castAt: '2026-11-25T02:00:00Z', changed: true, proxy: false, units: ['19栋301'], choice: 'abstain' } }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }));
    fireEvent.click(screen.getByRole('button', { name: '确认投票' }));
    await waitFor(() => expect(casts(net)).toEqual([{ pollId: 'poll:d1', choice: 'abstain', change: true }]));
  });

  it('changes an election ballot by adding one candidate to the two already chosen, keeping them', async () => {
    const net = open({ ...election, allowChange: true }, { canVote: false, units: ['19栋301'], ballot: { channel: 'online', castAt: '2026-11-21T00:00:00Z', changes: 1, canChange: true, choices: ['c1', 'c2'] } });
    fireEvent.click(await screen.findByRole('button', { name: '改票（从现在的选择改起）' }));
    const checked = () => screen.getAllByRole('checkbox').filter((b) => b.getAttribute('aria-checked') === 'true').map((b) => b.getAttribute('aria-label'));
    expect(checked()).toEqual(['候选人1：简介1', '候选人2：简介2']);
    fireEvent.click(screen.getByRole('checkbox', { name: '候选人3：简介3' }));
    net.on('/api/polls.cast', ok({ ballot: { id: 'b1', castAt: '2026-11-25T02:00:00Z', changed: true, proxy: false, units: ['19栋301'], choices: ['c1', 'c2', 'c3'] } }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：核对' }));
    fireEvent.click(screen.getByRole('button', { name: '确认投票' }));
    await waitFor(() => expect(casts(net)).toEqual([{ pollId: 'poll:e1', choices: ['c1', 'c2', 'c3'], change: true }]));
  });

  it('gives the committee 结束投票 with an inline confirm, and the units not yet voted', async () => {
    const net = open(decision, canVote, committee);
    net.on('/api/polls.nonVoters', ok({ items: [{ unitId: 'u:1', label: '19栋101', buildingId: 'b:19栋' }], hasMore: false, nextSkip: 1 }));
    net.on('/api/polls.close', ok({ poll: { id: 'poll:d1', status: 'closed', closedAt: 'x', result: 'no_quorum' } }));
    fireEvent.click(await screen.findByRole('button', { name: '查看尚未投票的房屋' }));
    expect(await screen.findByText('19栋101')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '结束投票' }));
    expect(net.calls.filter((c) => c.path === '/api/polls.close')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(net.calls.filter((c) => c.path === '/api/polls.close').map((c) => c.body)).toEqual([{ pollId: 'poll:d1', opId: expect.any(String) }]));
  });

  it('shows how far a long close got and presses again with the same operation id until it is closed', async () => {
    const net = open(decision, canVote, committee);
    const answers = [
      { poll: { id: 'poll:d1', status: 'closing', closing: { seatsDone: 300, seatsTotal: 608 } } },
      { poll: { id: 'poll:d1', status: 'closed', closedAt: 'x', result: 'no_quorum' } },
    ];
    let n = 0;
    net.on('/api/polls.close', () => ok(answers[Math.min(n++, answers.length - 1)]));
    fireEvent.click(await screen.findByRole('button', { name: '结束投票' }));
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    expect(await screen.findByText('正在结束投票：已封存 300/608 户的票位，请稍候…')).toBeTruthy();
    await waitFor(() => expect(net.calls.filter((c) => c.path === '/api/polls.close')).toHaveLength(2));
    const bodies = net.calls.filter((c) => c.path === '/api/polls.close').map((c) => c.body as { opId: string });
    expect(bodies[0].opId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(bodies[1].opId).toBe(bodies[0].opId);
    await waitFor(() => expect(screen.queryByText(/已封存/)).toBeNull());
  });

  it('takes a close left under way further when the page opens, showing its progress', async () => {
    const net = open({ ...decision, status: 'closing', statusLabel: '正在截止' }, { ...canVote, canVote: false }, committee);
    net.on('/api/polls.close', ok({ poll: { id: 'poll:d1', status: 'closing', closing: { seatsDone: 300, seatsTotal: 608 } } }));
    expect(await screen.findByText('正在结束投票：已封存 300/608 户的票位，请稍候…')).toBeTruthy();
    expect(net.calls.filter((c) => c.path === '/api/polls.close').length).toBeGreaterThan(0);
  });
  it('shows how many owners a long opening registered and presses again with the same operation id until it is open', async () => {
    const net = open({ ...decision, status: 'draft', statusLabel: '草稿', openedAt: null }, { ...canVote, canVote: false }, committee);
    const answers = [
      { poll: { id: 'poll:d1', status: 'opening', opening: { holdersDone: 300, holdersTotal: 2200 } } },
      { poll: { id: 'poll:d1', status: 'open', roster: { units: 2200, holders: 2200, areaCenti: 1 } } },
    ];
    let n = 0;
    net.on('/api/polls.open', () => ok(answers[Math.min(n++, answers.length - 1)]));
    fireEvent.click(await screen.findByRole('button', { name: '开始投票' }));
    // Opening freezes the roster: the page asks once more, in place, before it starts.
    fireEvent.click(await screen.findByRole('button', { name: '确定开始投票' }));
    expect(await screen.findByText('正在开始投票：已登记 300/2200 位业主，请稍候…')).toBeTruthy();
    await waitFor(() => expect(net.calls.filter((c) => c.path === '/api/polls.open')).toHaveLength(2));
    const bodies = net.calls.filter((c) => c.path === '/api/polls.open').map((c) => c.body as { opId: string });
    expect(bodies[0].opId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(bodies[1].opId).toBe(bodies[0].opId);
    await waitFor(() => expect(screen.queryByText(/已登记/)).toBeNull());
  });

  it('takes an opening left under way further when the page opens, showing its progress', async () => {
    const net = open({ ...decision, status: 'opening', statusLabel: '正在开启', openedAt: null }, { ...canVote, canVote: false }, committee);
    net.on('/api/polls.open', ok({ poll: { id: 'poll:d1', status: 'opening', opening: { holdersDone: 600, holdersTotal: 2200 } } }));
    expect(await screen.findByText('正在开始投票：已登记 600/2200 位业主，请稍候…')).toBeTruthy();
  });
});

describe('开始投票时提醒我 (reminder before a poll opens)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
    process.env.TARO_ENV = 'h5';
  });
  const draft = { ...decision, id: 'poll:draft', status: 'draft', statusLabel: '草稿', openedAt: null };
  const notYet = { canVote: false, units: ['19栋301'], proxy: false, ballot: null };

  it('asks WeChat for the vote-opened template inside the tap, records the answer and says how many are left', async () => {
    const T = Taro as unknown as Record<string, unknown>;
    const request = jest.fn((o: { tmplIds: string[]; success: (r: Record<string, string>) => void }) => o.success({ errMsg: 'requestSubscribeMessage:ok', 'T-open': 'accept' }));
    T.requestSubscribeMessage = request;
    T.getSetting = jest.fn(async () => ({ subscriptionsSetting: { mainSwitch: true, itemSettings: {} } }));
    const net = open(draft, notYet);
    let left = 0;
    net.on('/api/subscriptions.templates', () => ok({ templates: [{ kind: 'poll.opened', templateId: 'T-open', title: '投票开始提醒', refused: false, always: false, left }], mainSwitch: true }));
    net.on('/api/subscriptions.record', () => {
      left += 1;
      return ok({ accepted: 1 });
    });
    expect(await screen.findByText('还没有设置开始投票提醒。')).toBeTruthy();
    process.env.TARO_ENV = 'weapp';
    fireEvent.click(screen.getByRole('button', { name: '开始投票时提醒我' }));
    // Synchronously within the tap: WeChat shows its panel only there.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][0].tmplIds).toEqual(['T-open']);
    expect(await screen.findByText('已设置：投票开始时会通过微信提醒你（还能收到 1 次）。')).toBeTruthy();
    expect(net.calls.find((c) => c.path === '/api/subscriptions.record')?.body).toEqual({ results: { 'T-open': 'accept' }, settings: { mainSwitch: true, items: {} } });
  });

  it('is not offered once the poll is open', async () => {
    open(decision);
    expect(await screen.findByText('筹集维修资金')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '开始投票时提醒我' })).toBeNull();
  });

  it('is not offered to a resident who is not an owner', async () => {
    open(draft, notYet, { ...owner, user: { ...owner.user, roles: ['resident'] } });
    expect(await screen.findByText('筹集维修资金')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '开始投票时提醒我' })).toBeNull();
  });
});
