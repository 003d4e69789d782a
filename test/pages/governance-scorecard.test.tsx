import { fireEvent, screen, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import ScorecardPage from '../../src/packages/governance/scorecard/index';
import PlanPage from '../../src/packages/governance/plan/index';
import { SCORECARD_RULES, scoreQuarter } from '../../src/domain/scorecard';
import { fakeNetwork, ok, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

/** A low item's answer, as inspections.scorecards gives it. */
type LowAnswer = NonNullable<NonNullable<NonNullable<FixtureOf<'inspections.scorecards'>['quarters']>[number]['items']>[number]>['answer'];
const item = (code: string, label: string, score: number, answer: LowAnswer = null) => ({ code, label, what: '', score, note: '', photos: [], photoUrls: [], low: score < 6, answer });
const quarter = (q: string, label: string, fire: number, answer: LowAnswer = null) => {
  const items = [item('cleaning', '环境保洁', 8), item('greening', '绿化养护', 7), item('security', '秩序安保', 8), item('repairs', '维修服务', 9), item('facilities', '设施设备', 7), item('fire', '消防安全', fire, answer)];
  const service = { medianAcceptHours: 5, medianFixHours: 30, reopenRate: 10, averageRating: 4, issues: 12, ratings: 7 };
  return { quarter: q, label, status: 'submitted', inspectorName: '何书记', submittedAt: '2026-10-04T00:00:00Z', version: 2, items, service, scorecard: scoreQuarter(items.map((i) => i.score), service) };
};
const me = (roles: string[]) => ({ user: { id: 'u', name: '周经理', roles, phone: null }, units: [], claims: [] });

describe('季度考评 (scorecard)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('compares quarters in a table (oldest first) beside the chart, and says the formula in words', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(me(['owner'])));
    net.on('/api/inspections.scorecards', ok({ rules: SCORECARD_RULES, canInspect: false, quarters: [quarter('2026Q3', '2026年第三季度', 4), quarter('2026Q2', '2026年第二季度', 8)] }));
    renderPage(ScorecardPage, 'packages/governance/scorecard/index');
    const table = await screen.findByRole('table', { name: '各季度得分' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toContain('2026年第二季度');
    expect(rows[2]).toContain('2026年第三季度');
    expect(screen.getAllByText('受理用时中位数：5 小时')).toHaveLength(2);
    expect(screen.getByText(SCORECARD_RULES[0])).toBeTruthy();
    // A resident sees the low item waiting for an answer, with no form.
    expect(screen.getByText('物业尚未答复')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交答复' })).toBeNull();
  });

  it('gives the manager a form under each unanswered low item, sending the measures and a task', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(me(['manager'])));
    net.on('/api/inspections.scorecards', ok({ rules: SCORECARD_RULES, canInspect: false, quarters: [quarter('2026Q3', '2026年第三季度', 4)] }));
    net.on('/api/inspections.answer', ok({ answer: { text: 'x', taskId: 't1', by: 'u', byName: '周经理', at: '2026-10-05T00:00:00Z' } }));
    renderPage(ScorecardPage, 'packages/governance/scorecard/index');
    fireEvent.change(await screen.findByRole('textbox', { name: '答复"消防安全"的整改措施' }), { target: { value: '更换灭火器' } });
    fireEvent.click(screen.getByRole('button', { name: '提交答复' }));
    await screen.findByText('答复已提交');
    const sent = net.calls.find((c) => c.path === '/api/inspections.answer')!.body as { quarter: string; code: string; text: string; task?: { dueAt: string } };
    expect(sent).toMatchObject({ quarter: '2026Q3', code: 'fire', text: '更换灭火器' });
    expect(Date.parse(sent.task!.dueAt)).toBeGreaterThan(Date.now());
  });

  it('checks the answer with the action’s schema first: empty measures and an unreadable due time are named under their fields, nothing is sent', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(me(['manager'])));
    net.on('/api/inspections.scorecards', ok({ rules: SCORECARD_RULES, canInspect: false, quarters: [quarter('2026Q3', '2026年第三季度', 4)] }));
    renderPage(ScorecardPage, 'packages/governance/scorecard/index');
    const measures = (await screen.findByRole('textbox', { name: '答复"消防安全"的整改措施' })) as HTMLTextAreaElement;
    fireEvent.change(measures, { target: { value: '  ' } });
    fireEvent.input(screen.getByRole('textbox', { name: '整改完成时间' }), { target: { value: '下周五' } });
    fireEvent.click(screen.getByRole('button', { name: '提交答复' }));
    const field = (id: string) => document.getElementById(`${id}-field`) as HTMLElement;
    expect(within(field('answer-fire')).getByText('请填写整改措施')).toBeTruthy();
    expect(within(field('due-fire')).getByText('请选择完成时间')).toBeTruthy();
    expect(measures.value).toBe('  ');
    expect((screen.getByRole('textbox', { name: '整改完成时间' }) as HTMLInputElement).value).toBe('下周五');
    expect(net.calls.some((c) => c.path === '/api/inspections.answer')).toBe(false);
  });
});

describe('年度计划 (plan)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('refuses unreadable milestones before sending, keeping what was typed', async () => {
    const net = fakeNetwork();
    net.on('/api/plan.list', ok({ year: 2026, canEdit: true, items: [], budgetYuan: 0, done: 0 }));
    renderPage(PlanPage, 'packages/governance/plan/index');
    fireEvent.click(await screen.findByRole('button', { name: '新增计划项目' }));
    fireEvent.input(screen.getByRole('textbox', { name: '项目名称' }), { target: { value: '电动车充电棚' } });
    fireEvent.input(screen.getByRole('textbox', { name: '预算（元，整数）' }), { target: { value: '30000' } });
    fireEvent.change(screen.getByRole('textbox', { name: '里程碑（每行一个：名称 年-月）' }), { target: { value: '选址公示 六月' } });
    fireEvent.click(screen.getByRole('button', { name: '加入年度计划' }));
    expect(await screen.findByText('每行写"名称 年-月"，例如：招标定施工单位 2026-06')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/plan.create')).toBe(false);
    expect((screen.getByRole('textbox', { name: '项目名称' }) as HTMLInputElement).value).toBe('电动车充电棚');
  });
});
