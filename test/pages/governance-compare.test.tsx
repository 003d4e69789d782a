// 各小区比较: one card per compound with the same figures, the compound without a committee or a
// property company said so in words, and another period asked for when chosen.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import ComparePage from '../../src/packages/governance/compare/index';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const row = (over: Record<string, unknown>) => ({ id: 'x', name: 'x', hasCommittee: true, hasCompany: true, issues: 0, medianAcceptHours: null, medianFixHours: null, reopenRate: null, averageRating: null, votesHeld: 0, voteParticipation: null, ...over });
const data = {
  scope: '旭光社区',
  from: '2026-01-01T00:00:00Z',
  to: '2026-03-31T00:00:00Z',
  rows: [row({ id: 'qiaoya', name: '侨亚小区', issues: 12, medianAcceptHours: 5.5, reopenRate: 8.3, votesHeld: 2, voteParticipation: 71.4 }), row({ id: 'yangguang', name: '阳光苑', hasCommittee: false, hasCompany: false })],
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
    expect(screen.getByText('还没有业委会,没有物业公司')).toBeTruthy();
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
