import { screen, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import ResultsPage from '../../src/packages/polls/results/index';
import { fakeNetwork, ok, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/polls/results/index';
const f = (num: string, den: string) => ({ num, den });
const poll = {
  id: 'poll:e1',
  kind: 'election',
  kindLabel: '选举',
  title: '选举业委会',
  description: '',
  status: 'published',
  statusLabel: '已公示',
  allowChange: false,
  closesAt: null,
  createdAt: '2026-11-20T01:00:00Z',
  openedAt: null,
  closedAt: null,
  publishedAt: '2026-11-25T01:00:00Z',
  seats: 5,
  threshold: '>1/2',
  candidates: Array.from({ length: 6 }, (_, i) => ({ id: `c${i + 1}`, name: `候选人${i + 1}`, statement: '' })),
};
const quorum = { area: f('60000', '90000'), heads: f('6', '9'), threshold: '>=2/3', areaMet: true, headsMet: true, met: true };
const cand = (id: string, rank: number | null, qualified = true) => ({ id, area: f('40000', '60000'), heads: f('4', '6'), qualified, rank });

function open(result: FixtureOf<'polls.results'>['result']) {
  const net = fakeNetwork();
  net.on('/api/polls.results', ok({ poll, result }));
  (Current as { router: unknown }).router = { params: { id: encodeURIComponent(poll.id) }, path: `/${ROUTE}` };
  renderPage(ResultsPage, ROUTE);
  return net;
}

describe('表决结果 (results)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('reports a tie as a tie, the elected by name, and the arithmetic as fractions in a table', async () => {
    open({
      kind: 'election',
      seats: 5,
      result: 'counted',
      outcome: 'tie',
      elected: ['c1', 'c2', 'c3', 'c4'],
      tie: ['c5', 'c6'],
      tieSeats: 1,
      vacancies: 0,
      totals: {},
      tally: { seats: 5, quorum, candidates: [cand('c1', 1), cand('c2', 1), cand('c3', 1), cand('c4', 1), cand('c5', 5), cand('c6', 5)], elected: [], tie: null, tieSeats: 1, vacancies: 0, result: 'tie' },
      channels: { online: 6, paper: 0, proxy: 0 },
      countedAt: '2026-11-25T00:00:00Z',
    });
    const outcome = await screen.findByText(/当选：候选人1、候选人2、候选人3、候选人4/);
    expect(outcome.textContent).toContain('候选人5、候选人6 得票相同，争 1 个名额');
    const table = screen.getByRole('table', { name: '法定门槛与实际结果' });
    const row = within(table).getByRole('row', { name: /参与面积/ });
    expect(row.textContent).toContain('600.00/900.00 ㎡');
    expect(within(table).getByRole('row', { name: /参与人数/ }).textContent).toContain('6/9 人');
    expect(within(screen.getByRole('table', { name: '候选人' })).getByRole('rowheader', { name: '候选人5（名次 5）' })).toBeTruthy();
  });

  it('says when too few took part, whatever the votes', async () => {
    open({
      kind: 'decision',
      item: 6,
      itemLabel: '筹集维修资金',
      threshold: '>=3/4',
      result: 'no_quorum',
      totals: {},
      votes: { yes: { heads: 2, area: '200.00' }, no: { heads: 0, area: '0.00' }, abstain: { heads: 0, area: '0.00' } },
      tally: { item: 6, quorum: { ...quorum, area: f('20000', '90000'), heads: f('2', '9'), areaMet: false, headsMet: false, met: false }, approval: { area: f('20000', '20000'), heads: f('2', '2'), threshold: '>=3/4', areaMet: true, headsMet: true, met: true }, result: 'no_quorum' },
      channels: { online: 2, paper: 0, proxy: 0 },
      countedAt: '2026-11-25T00:00:00Z',
    });
    expect(await screen.findByText(/未达到参与人数要求/)).toBeTruthy();
    expect(screen.queryByText('通过')).toBeNull();
    expect(within(screen.getByRole('table', { name: '法定门槛与实际结果' })).getByRole('row', { name: /同意人数/ }).textContent).toContain('2/2 人');
  });
});
