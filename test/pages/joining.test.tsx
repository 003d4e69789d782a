// Joining a compound: the welcome a card or QR code opens (switching to its compound first, the
// claim flow for a newcomer, straight in for a member), 找小区 (search, a field's refusal under the
// field, paging, choosing one) and 邀请邻居 (the QR of the link in the browser build).
import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro, { Current } from '@tarojs/taro';
import JoinPage from '../../src/packages/people/join/index';
import FindCompoundPage from '../../src/packages/people/find/index';
import InvitePage from '../../src/packages/people/invite/index';
import { enterCompound } from '../../src/services/joining';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const JINXIU = { id: 'jinxiu', name: '锦绣花园', city: '武汉市', district: '新洲区', street: '阳逻街道', community: '旭光社区', flats: 96 };
const YANGGUANG = { id: 'yangguang', name: '阳光苑', city: '武汉市', district: '新洲区', street: '阳逻街道', community: '旭光社区', flats: 30 };
const route = (path: string, params: Record<string, string> = {}) => ((Current as { router: unknown }).router = { params, path: `/${path}` });
const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data;

afterEach(() => {
  (Current as { router: unknown }).router = null;
  jest.restoreAllMocks();
});

describe('the welcome of a compound', () => {
  beforeEach(() => freshLaunch({ 'gz.compound': 'qiaoya' }));

  it('switches to the compound the card names before asking about it, and leads a newcomer into the claim flow', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/compounds.about', ok({ compound: { ...JINXIU, hasCommittee: true }, member: false }));
    route('packages/people/join/index', { compound: 'jinxiu' });
    renderPage(JoinPage, 'packages/people/join/index');
    expect(await screen.findByText('欢迎来到锦绣花园')).toBeTruthy();
    expect(net.calls[0].headers['x-gongzhi-compound']).toBe('jinxiu');
    expect(stored('gz.compound')).toBe('jinxiu');
    expect(screen.getByText('武汉市 新洲区 阳逻街道 旭光社区')).toBeTruthy();
    expect(screen.getByText(/共 96 户/)).toBeTruthy();
    fireEvent.click(screen.getByText('认证我的房屋'));
    expect(navigateTo.mock.calls[0][0].url).toBe('/packages/people/claim/index');
  });

  it('reads a mini-program code’s scene the same way', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.about', ok({ compound: { ...YANGGUANG, hasCommittee: false }, member: false }));
    route('packages/people/join/index', { scene: 'c%3Dyangguang' });
    renderPage(JoinPage, 'packages/people/join/index');
    expect(await screen.findByText('欢迎来到阳光苑')).toBeTruthy();
    expect(net.calls[0].headers['x-gongzhi-compound']).toBe('yangguang');
    expect(screen.getByText(/还没有业主委员会/)).toBeTruthy();
  });

  it('takes a member straight into the compound', async () => {
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' });
    fakeNetwork().on('/api/compounds.about', ok({ compound: { ...JINXIU, hasCommittee: true }, member: true }));
    route('packages/people/join/index', { compound: 'jinxiu' });
    renderPage(JoinPage, 'packages/people/join/index');
    fireEvent.click(await screen.findByText('进入小区'));
    expect(screen.getByText('你已在锦绣花园')).toBeTruthy();
    expect(screen.queryByText('认证我的房屋')).toBeNull();
    expect(reLaunch.mock.calls[0][0].url).toBe('/pages/home/index');
  });

  it('says so when the link names no compound that exists, and offers the search', async () => {
    fakeNetwork().on('/api/compounds.about', refused(404, { code: 'not_found', message: '小区不存在', field: 'compound' }));
    route('packages/people/join/index', { compound: 'nowhere' });
    renderPage(JoinPage, 'packages/people/join/index');
    expect(await screen.findByText(/没有找到这个小区/)).toBeTruthy();
    expect(screen.getByText('找小区')).toBeTruthy();
  });
});

describe('opening the app with a compound', () => {
  beforeEach(() => freshLaunch({ 'gz.compound': 'qiaoya' }));

  it('switches to it and leads someone who is not a member to its welcome', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/compounds.about', ok({ compound: { ...JINXIU, hasCommittee: true }, member: false }));
    expect(enterCompound({ path: 'pages/home/index', query: { compound: 'jinxiu' } })).toBe(true);
    expect(stored('gz.compound')).toBe('jinxiu');
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/people/join/index?compound=jinxiu' }));
    expect(net.calls[0].headers['x-gongzhi-compound']).toBe('jinxiu');
  });

  it('leaves a member on the page the card opened, and ignores a launch naming no compound', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/compounds.about', ok({ compound: { ...JINXIU, hasCommittee: true }, member: true }));
    enterCompound({ path: 'packages/issues/detail/index', query: { id: 'i1', compound: 'jinxiu' } });
    await waitFor(() => expect(net.calls).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(navigateTo).not.toHaveBeenCalled();
    expect(enterCompound({ path: 'pages/home/index', query: { compound: 'Bad Id' } })).toBe(false);
    expect(stored('gz.compound')).toBe('jinxiu');
  });
});

describe('找小区', () => {
  beforeEach(() => freshLaunch({ 'gz.compound': 'qiaoya' }));

  it('searches by city, district and name, pages on, and enters the compound chosen', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/compounds.search', (body) => ((body as { page: number }).page === 1 ? ok({ items: [JINXIU], page: 1, hasMore: true }) : ok({ items: [YANGGUANG], page: 2, hasMore: false })));
    renderPage(FindCompoundPage, 'packages/people/find/index');
    fireEvent.input(screen.getByLabelText('城市'), { target: { value: '武汉市' } });
    fireEvent.input(screen.getByLabelText('区(县)'), { target: { value: '新洲区' } });
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('锦绣花园')).toBeTruthy();
    expect(net.calls[0].body).toEqual({ city: '武汉市', district: '新洲区', name: '', page: 1 });
    fireEvent.click(screen.getByText('加载更多'));
    expect(await screen.findByText('阳光苑')).toBeTruthy();
    expect(screen.getByText('锦绣花园')).toBeTruthy();
    expect(screen.queryByText('加载更多')).toBeNull();
    fireEvent.click(screen.getByText('阳光苑'));
    expect(stored('gz.compound')).toBe('yangguang');
    expect(navigateTo.mock.calls[0][0].url).toBe('/packages/people/join/index?compound=yangguang');
  });

  it('checks a district without its city on the page, before sending anything, and says when nothing matched', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.search', () => ok({ items: [], page: 1, hasMore: false }));
    renderPage(FindCompoundPage, 'packages/people/find/index');
    fireEvent.input(screen.getByLabelText('区(县)'), { target: { value: '新洲区' } });
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('请先选城市,再选区')).toBeTruthy();
    expect(document.getElementById('city-error')).toBeTruthy();
    expect(net.calls).toHaveLength(0);
    // What was typed stays; typing the city takes the refusal away.
    expect((screen.getByLabelText('区(县)') as HTMLInputElement).value).toBe('新洲区');
    fireEvent.input(screen.getByLabelText('城市'), { target: { value: '黄冈市' } });
    expect(screen.queryByText('请先选城市,再选区')).toBeNull();
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('没有找到这样的小区')).toBeTruthy();
    expect(net.calls[0].body).toEqual({ city: '黄冈市', district: '新洲区', name: '', page: 1 });
  });

  it('shows the server’s refusal under the field it names', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.search', () => refused(400, { code: 'invalid', message: '小区名称不能超过30个字', field: 'name' }));
    renderPage(FindCompoundPage, 'packages/people/find/index');
    fireEvent.input(screen.getByLabelText('小区名称'), { target: { value: '阳光' } });
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('小区名称不能超过30个字')).toBeTruthy();
    expect(document.getElementById('name-error')).toBeTruthy();
    expect(net.calls).toHaveLength(1);
  });
});

describe('邀请邻居', () => {
  beforeEach(() => freshLaunch({ 'gz.compound': 'jinxiu' }));

  it('draws a QR of the welcome link in the browser build, with the compound’s name', async () => {
    fakeNetwork().on('/api/compounds.joinCode', ok({ compound: { id: 'jinxiu', name: '锦绣花园' }, path: '/packages/people/join/index?compound=jinxiu', scene: 'c=jinxiu', image: null }));
    renderPage(InvitePage, 'packages/people/invite/index');
    expect(await screen.findByText('邀请邻居加入锦绣花园')).toBeTruthy();
    const img = await screen.findByAltText('锦绣花园的二维码:扫码打开本小区的欢迎页');
    expect(img.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    expect(screen.getByText(/#\/packages\/people\/join\/index\?compound=jinxiu$/)).toBeTruthy();
  });

  it('shows WeChat’s mini-program code when the server has one', async () => {
    fakeNetwork().on('/api/compounds.joinCode', ok({ compound: { id: 'jinxiu', name: '锦绣花园' }, path: '/packages/people/join/index?compound=jinxiu', scene: 'c=jinxiu', image: 'data:image/png;base64,iVBORw0KGgo=' }));
    renderPage(InvitePage, 'packages/people/invite/index');
    const img = await screen.findByAltText('锦绣花园的二维码:扫码打开本小区的欢迎页');
    expect(img.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });
});
