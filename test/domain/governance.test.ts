import { decisionProgress, partyOf, planState, previousQuarter, quarterLabel, quarterOf, quarterRange, yuan } from '../../src/domain/governance';

const now = new Date('2026-03-02T09:00:00Z');

describe('decision progress', () => {
  it('is done when every task is done, in progress once one moved, open before', () => {
    expect(decisionProgress({ dueAt: '2026-04-01T00:00:00Z', tasks: ['done', 'done'] }, now)).toEqual({ state: 'done', overdue: false });
    expect(decisionProgress({ dueAt: '2026-04-01T00:00:00Z', tasks: ['done', 'open'] }, now).state).toBe('in_progress');
    expect(decisionProgress({ dueAt: '2026-04-01T00:00:00Z', tasks: ['open'] }, now).state).toBe('open');
  });

  it('follows the linked issue when there is no task: fixed or awaiting confirmation is done, closed unfixed is not', () => {
    const due = '2026-04-01T00:00:00Z';
    expect(decisionProgress({ dueAt: due, tasks: [], issue: { status: 'done' } }, now).state).toBe('done');
    expect(decisionProgress({ dueAt: due, tasks: [], issue: { status: 'closed', closedAs: 'fixed' } }, now).state).toBe('done');
    expect(decisionProgress({ dueAt: due, tasks: [], issue: { status: 'closed', closedAs: 'not_fixed' } }, now).state).toBe('open');
    expect(decisionProgress({ dueAt: due, tasks: [], issue: { status: 'in_progress' } }, now).state).toBe('in_progress');
  });

  it('is overdue past its date unless done', () => {
    expect(decisionProgress({ dueAt: '2026-03-01T00:00:00Z', tasks: ['open'] }, now).overdue).toBe(true);
    expect(decisionProgress({ dueAt: '2026-03-01T00:00:00Z', tasks: ['done'] }, now).overdue).toBe(false);
  });
});

describe('quarters in China time', () => {
  it('puts 1 April 00:30 in Beijing (31 March UTC) in the second quarter', () => {
    expect(quarterOf(new Date('2026-03-31T16:30:00Z'))).toBe('2026Q2');
    expect(quarterOf(new Date('2026-03-31T15:59:59Z'))).toBe('2026Q1');
  });
  it('spans a quarter from its first Beijing midnight to the next quarter’s', () => {
    expect(quarterRange('2026Q1')).toEqual({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') });
    expect(quarterRange('2025Q4').to).toEqual(new Date('2025-12-31T16:00:00Z'));
    expect(previousQuarter('2026Q1')).toBe('2025Q4');
    expect(previousQuarter('2026Q3')).toBe('2026Q2');
    expect(quarterLabel('2026Q4')).toBe('2026年第四季度');
  });
});

describe('parties and plan', () => {
  it('seats the community first, then the committee, then the property manager; others have no seat', () => {
    expect(partyOf(['committee', 'community'])).toBe('community');
    expect(partyOf(['owner', 'committee'])).toBe('committee');
    expect(partyOf(['manager'])).toBe('property');
    expect(partyOf(['owner', 'staff'])).toBeNull();
  });
  it('names a plan item’s state by its progress and writes budgets in whole yuan', () => {
    expect([planState(0).label, planState(1).label, planState(99).label, planState(100).label]).toEqual(['未开始', '推进中', '推进中', '已完成']);
    expect(yuan(2600000)).toBe('2,600,000 元');
  });
});
