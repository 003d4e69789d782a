// The 议事 forms check what was typed with the action's own schema (src/domain/schemas/governance.ts)
// before anything is sent: each refused field's message under that field, the typed input kept,
// nothing on the network; and the server's own refusal of a field lands under the same field.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import NewMeetingPage from '../../src/packages/governance/meeting-new/index';
import NoticesPage from '../../src/packages/governance/notices/index';
import PlanPage from '../../src/packages/governance/plan/index';
import PlanItemPage from '../../src/packages/governance/plan-item/index';
import InspectionPage from '../../src/packages/governance/inspection/index';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const fieldOf = (id: string) => document.getElementById(`${id}-field`) as HTMLElement;
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement | HTMLTextAreaElement;
const sent = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body);
const FIX = '有几处需要改一下，请看红字提示';

function route(path: string, params: Record<string, string>) {
  (Current as { router: unknown }).router = { params, path: `/${path}` };
}

beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
afterEach(() => {
  (Current as { router: unknown }).router = null;
});

describe('安排会议 (meeting-new)', () => {
  function open() {
    const net = fakeNetwork();
    net.on('/api/meetings.tabled', ok({ issues: [] }));
    renderPage(NewMeetingPage, 'packages/governance/meeting-new/index');
    return net;
  }

  it('names an empty name and an empty agenda under their fields before sending, keeping the place as typed', async () => {
    const net = open();
    await screen.findByText('目前没有提交三方议定的报事');
    fireEvent.input(box('会议名称'), { target: { value: '  ' } });
    fireEvent.input(box('开会地点'), { target: { value: '社区活动室' } });
    fireEvent.click(screen.getByRole('button', { name: '安排会议' }));
    expect(within(fieldOf('title')).getByText('请填写会议名称')).toBeTruthy();
    expect(within(fieldOf('issueIds')).getByText('请至少选一项议程')).toBeTruthy();
    expect(screen.getByText(FIX)).toBeTruthy();
    expect(box('会议名称').value).toBe('  ');
    expect(box('开会地点').value).toBe('社区活动室');
    expect(sent(net, 'meetings.schedule')).toEqual([]);
  });

  it('sends the trimmed input the schema made, and shows the server’s refusal of the place under it', async () => {
    const net = open();
    net.on('/api/meetings.schedule', refused(400, { code: 'invalid', message: '开会地点里有看不见的控制字符,请删掉后再提交', field: 'place' }));
    await screen.findByText('目前没有提交三方议定的报事');
    fireEvent.change(box('其他议题（每行一项）'), { target: { value: ' 天然气入户 \n\n 停车位 ' } });
    fireEvent.click(screen.getByRole('button', { name: '安排会议' }));
    expect(await within(fieldOf('place')).findByText('开会地点里有看不见的控制字符,请删掉后再提交')).toBeTruthy();
    expect(box('其他议题（每行一项）').value).toBe(' 天然气入户 \n\n 停车位 ');
    const [body] = sent(net, 'meetings.schedule') as Array<{ title: string; place: string; issueIds: string[]; freeItems: string[]; at: string }>;
    expect(body).toMatchObject({ title: '三方联动会议', place: '党群驿站', issueIds: [], freeItems: ['天然气入户', '停车位'] });
    expect(Number.isNaN(Date.parse(body.at))).toBe(false);
  });
});

describe('发布公告 (notices)', () => {
  it('names an empty body under its field before sending, keeping the title', async () => {
    const net = fakeNetwork();
    net.on('/api/notices.list', ok({ canPublish: true, notices: [], more: false }));
    renderPage(NoticesPage, 'packages/governance/notices/index');
    fireEvent.click(await screen.findByRole('button', { name: '发布公告' }));
    fireEvent.input(box('标题'), { target: { value: '停水通知' } });
    fireEvent.change(box('内容'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: '发布' }));
    expect(within(fieldOf('body')).getByText('请填写公告内容')).toBeTruthy();
    expect(within(fieldOf('title')).queryByText(/请填写/)).toBeNull();
    expect(box('标题').value).toBe('停水通知');
    expect(sent(net, 'notices.publish')).toEqual([]);
  });
});

describe('年度计划 (plan create)', () => {
  async function open() {
    const net = fakeNetwork();
    net.on('/api/plan.list', ok({ year: 2026, canEdit: true, items: [], budgetYuan: 0, done: 0 }));
    renderPage(PlanPage, 'packages/governance/plan/index');
    fireEvent.click(await screen.findByRole('button', { name: '新增计划项目' }));
    fireEvent.input(box('项目名称'), { target: { value: '电动车充电棚' } });
    return net;
  }

  it('names every refused field at once: no owner, a budget that is not whole yuan, unreadable milestones', async () => {
    const net = await open();
    fireEvent.input(box('预算（元，整数）'), { target: { value: '1.5' } });
    fireEvent.change(box('里程碑（每行一个：名称 年-月）'), { target: { value: '选址公示 六月' } });
    fireEvent.click(screen.getByRole('button', { name: '加入年度计划' }));
    expect(within(fieldOf('owner')).getByText('请填写负责人')).toBeTruthy();
    expect(within(fieldOf('budgetYuan')).getByText('预算应是整数(元)')).toBeTruthy();
    expect(within(fieldOf('milestones')).getByText('每行写"名称 年-月"，例如：招标定施工单位 2026-06')).toBeTruthy();
    expect(screen.getByText(FIX)).toBeTruthy();
    expect(box('预算（元，整数）').value).toBe('1.5');
    expect(box('项目名称').value).toBe('电动车充电棚');
    expect(sent(net, 'plan.create')).toEqual([]);
  });

  it('asks for an empty budget by name, and sends numbers and milestones once all is well', async () => {
    const net = await open();
    net.on('/api/plan.create', ok({ item: { id: 'plan:2026:t1' } }));
    fireEvent.input(box('负责人'), { target: { value: ' 周经理 ' } });
    fireEvent.click(screen.getByRole('button', { name: '加入年度计划' }));
    expect(within(fieldOf('budgetYuan')).getByText('请填写预算(元)')).toBeTruthy();
    expect(sent(net, 'plan.create')).toEqual([]);

    fireEvent.input(box('预算（元，整数）'), { target: { value: '30000' } });
    fireEvent.change(box('里程碑（每行一个：名称 年-月）'), { target: { value: '选址公示 2026-06' } });
    fireEvent.click(screen.getByRole('button', { name: '加入年度计划' }));
    await waitFor(() => expect(sent(net, 'plan.create')).toHaveLength(1));
    expect(sent(net, 'plan.create')[0]).toEqual({ year: 2026, title: '电动车充电棚', description: '', party: 'property', owner: '周经理', budgetYuan: 30000, funding: 'gongjian', milestones: [{ title: '选址公示', due: '2026-06' }] });
  });
});

describe('更新进度 (plan-item move)', () => {
  it('refuses a progress over 100 and a reason under four characters under their fields, keeping both', async () => {
    const net = fakeNetwork();
    const item = { id: 'plan:2026:water', year: 2026, title: '二次供水改造', description: '', party: 'property', partyLabel: '物业', owner: '周经理', budgetYuan: 1000, budgetText: '1,000 元', funding: 'gongjian', fundingLabel: '共建项目', milestones: [], progress: 20, state: 'ongoing', stateLabel: '推进中', followers: 0, version: 3, updatedAt: '2026-06-01T00:00:00Z' };
    net.on('/api/plan.get', ok({ item, changes: [], following: false, canEdit: true }));
    route('packages/governance/plan-item/index', { id: 'plan%3A2026%3Awater' });
    renderPage(PlanItemPage, 'packages/governance/plan-item/index');
    fireEvent.input(await screen.findByRole('textbox', { name: '新的进度（0–100）' }), { target: { value: '150' } });
    fireEvent.change(box('变更理由（居民会看到）'), { target: { value: '漏水' } });
    fireEvent.click(screen.getByRole('button', { name: '保存变更' }));
    expect(within(fieldOf('progress')).getByText('进度不能超过 100')).toBeTruthy();
    expect(within(fieldOf('reason')).getByText('变更理由至少要4个字')).toBeTruthy();
    expect(box('新的进度（0–100）').value).toBe('150');
    expect(box('变更理由（居民会看到）').value).toBe('漏水');
    expect(sent(net, 'plan.move')).toEqual([]);
  });
});

describe('季度现场检查 (inspection)', () => {
  function open() {
    const net = fakeNetwork();
    net.on('/api/inspections.get', ok({ quarter: '2026Q4', label: '2026年第四季度', canInspect: true, canAnswer: false, inspection: null }));
    route('packages/governance/inspection/index', { quarter: '2026Q4' });
    renderPage(InspectionPage, 'packages/governance/inspection/index');
    return net;
  }

  it('refuses a note with an invisible control character under that item’s note, before sending', async () => {
    const net = open();
    const note = (await screen.findByRole('textbox', { name: '消防安全：检查记录（可不填）' })) as HTMLInputElement;
    fireEvent.input(note, { target: { value: '灭火器过期\u202e' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(within(fieldOf('note-fire')).getByText('检查记录里有看不见的控制字符,请删掉后再提交')).toBeTruthy();
    expect(within(fieldOf('note-cleaning')).queryByText(/控制字符/)).toBeNull();
    expect(note.value).toBe('灭火器过期\u202e');
    expect(sent(net, 'inspections.save')).toEqual([]);
  });

  it('shows the server’s refusal of one item’s note under that note, keeping what was typed', async () => {
    const net = open();
    net.on('/api/inspections.save', refused(400, { code: 'invalid', message: '检查记录不能超过200个字', field: 'items.1.note' }));
    fireEvent.input(await screen.findByRole('textbox', { name: '绿化养护：检查记录（可不填）' }), { target: { value: '草坪斑秃' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(fieldOf('note-greening')).findByText('检查记录不能超过200个字')).toBeTruthy();
    expect(box('绿化养护：检查记录（可不填）').value).toBe('草坪斑秃');
    expect(sent(net, 'inspections.save')).toHaveLength(1);
  });
});
