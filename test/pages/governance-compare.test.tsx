// 各小区比较: one card per compound with the same figures, the compound without a committee or a
// property company said so in words, and another period asked for when chosen.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import ComparePage from '../../src/packages/governance/compare/index';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const row = (over: Record<string, unknown>) => ({ id: 'x', name: 'x', hasCommittee: true, hasCompany: true, issues: 0, medianAcceptHours: null, medianFixHours: null, reopenRate: null, averageRating: null, votesHeld: 0, voteParticipation: null, scorecard: null, committeeTerm: { mark: 'ok', endsOn: '2029-06-30', daysLeft: 900 }, ...over });
const data = {
  scope: '旭光社区',
  from: '2026-01-01T00:00:00Z',
  to: '2026-03-31T00:00:00Z',
  rows: [row({ id: 'qiaoya', name: '侨亚小区', issues: 12, medianAcceptHours: 5.5, reopenRate: 8.3, votesHeld: 2, voteParticipation: 71.4 }), row({ id: 'jinxiu', name: '锦绣花园', scorecard: { quarter: '2026年第三季度', total: 86.5, grade: '良好' }, committeeTerm: { mark: 'soon', endsOn: '2027-01-21', daysLeft: 45 } }),
    row({ id: 'yangguang', name: '阳光苑', hasCommittee: false, hasCompany: false, committeeTerm: { mark: 'none', endsOn: null, daysLeft: null } })],
};

describe('各小区比较 page', () => {
  beforeEach(() => freshLaunch());

  it('shows each compound’s figures under its name, and what it lacks', async () => {
    fakeNetwork().on('/api/compounds.compare', ok(data));
    renderPage(ComparePage, 'packages/governance/compare/index');
    expect(await screen.findByRole('heading', { name: '旭光社区:各小区比较' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '侨亚小区' })).toBeTruthy();
    expect(screen.getByText('12 件')).toBeTruthy();
    expect(screen.getByText('5.5 小时')).toBeTruthy();
    expect(screen.getByText('71.4%')).toBeTruthy();
    expect(screen.getByText('没有物业公司')).toBeTruthy();
  });

  it('shows each committee’s term, marks one ending within 90 days in words, and says 未成立业委会 where there is none', async () => {
    fakeNetwork().on('/api/compounds.compare', ok(data));
    renderPage(ComparePage, 'packages/governance/compare/index');
    await screen.findByRole('heading', { name: '侨亚小区' });
    expect(screen.getByText('2029-06-30 到期')).toBeTruthy();
    expect(screen.getByText('⚠ 2027-01-21 到期(还有 45 天),请准备换届')).toBeTruthy();
    expect(screen.getByText('未成立业委会')).toBeTruthy();
    expect(screen.getAllByText('业委会任期')).toHaveLength(3);
  });

  it('shows the latest quarter’s scorecard, and 暂无 where none was submitted', async () => {
    fakeNetwork().on('/api/compounds.compare', ok(data));
    renderPage(ComparePage, 'packages/governance/compare/index');
    await screen.findByRole('heading', { name: '锦绣花园' });
    expect(screen.getByText('86.5 分(良好,2026年第三季度)')).toBeTruthy();
    expect(screen.getAllByText('季度考评')).toHaveLength(3);
  });

  it('asks for another period when one is chosen', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.compare', ok(data));
    renderPage(ComparePage, 'packages/governance/compare/index');
    await screen.findByRole('heading', { name: '侨亚小区' });
    fireEvent.click(screen.getByText('近一年'));
    await waitFor(() => expect(net.calls.at(-1)!.body).toEqual({ days: 365 }));
    expect(net.calls[0].body).toEqual({ days: 90 });
  });
});
