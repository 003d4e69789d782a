import { TERM_WARNING_DAYS, termState, termText } from '../../src/domain/committeeTerm';

const today = '2026-12-07';
const committee = (endsOn: string | null) => ({ hasCommittee: true, committeeTermEndsOn: endsOn });

describe('where a committee stands in its term', () => {
  it('says 未成立业委会 for a compound without a committee, whatever date it carries', () => {
    expect(termState({ hasCommittee: false, committeeTermEndsOn: '2027-01-01' }, today)).toEqual({ mark: 'none', endsOn: null, daysLeft: null });
    expect(termText(termState({ hasCommittee: false }, today))).toBe('未成立业委会');
  });

  it('flags a term ending exactly 90 days from today, and not one ending on day 91', () => {
    expect(TERM_WARNING_DAYS).toBe(90);
    expect(termState(committee('2027-03-07'), today)).toEqual({ mark: 'soon', endsOn: '2027-03-07', daysLeft: 90 });
    expect(termState(committee('2027-03-08'), today)).toEqual({ mark: 'ok', endsOn: '2027-03-08', daysLeft: 91 });
  });

  it('keeps the last day of the term inside it, and marks the day after as ended', () => {
    expect(termState(committee(today), today).mark).toBe('soon');
    expect(termState(committee('2026-12-06'), today)).toEqual({ mark: 'ended', endsOn: '2026-12-06', daysLeft: -1 });
  });

  it('counts calendar days across a month and a year end', () => {
    expect(termState(committee('2027-01-01'), '2026-12-31').daysLeft).toBe(1);
    expect(termState(committee('2027-03-01'), '2027-02-28').daysLeft).toBe(1);
  });

  it('says the term is unregistered when the committee has no (valid) end date', () => {
    expect(termState(committee(null), today).mark).toBe('unknown');
    expect(termState(committee('2027/01/01'), today).mark).toBe('unknown');
  });

  it('writes a line that names the date and what to do', () => {
    expect(termText(termState(committee('2027-01-06'), today))).toBe('2027-01-06 到期(还有 30 天),请准备换届');
    expect(termText(termState(committee('2026-01-06'), today))).toBe('2026-01-06 已到期,需尽快换届');
    expect(termText(termState(committee('2029-01-06'), today))).toBe('2029-01-06 到期');
  });
});
