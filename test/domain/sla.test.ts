import { DEFAULT_SLA, slaState, type SlaFacts } from '../../src/domain/sla';

const HOUR = 3_600_000;
const CREATED = '2025-03-01T00:00:00.000Z';
const T0 = Date.parse(CREATED);
const at = (ms: number) => new Date(T0 + ms);
const issue = (status: string, extra: Partial<SlaFacts> = {}): SlaFacts => ({ createdAt: CREATED, status, ...extra });
const NEITHER = { acceptOverdue: false, actionOverdue: false };

describe('DEFAULT_SLA', () => {
  it('is accept within 24 h, first action within 72 h', () => {
    expect(DEFAULT_SLA).toEqual({ acceptHours: 24, firstActionHours: 72 });
  });
});

describe('slaState: accepting within 24 h', () => {
  it('a new report is not overdue at creation', () => {
    expect(slaState(issue('reported'), at(0))).toEqual(NEITHER);
  });

  it('is not accept-overdue at exactly 24 h', () => {
    expect(slaState(issue('reported'), at(24 * HOUR)).acceptOverdue).toBe(false);
  });

  it('is accept-overdue at 24 h + 1 ms', () => {
    expect(slaState(issue('reported'), at(24 * HOUR + 1))).toEqual({ acceptOverdue: true, actionOverdue: false });
  });

  it('stops being accept-overdue once accepted, however late', () => {
    expect(slaState(issue('accepted', { acceptedAt: '2025-03-05T00:00:00Z' }), at(48 * HOUR)).acceptOverdue).toBe(false);
    expect(slaState(issue('accepted'), at(48 * HOUR)).acceptOverdue).toBe(false);
  });

  it('honours an acceptedAt even on an issue still marked reported', () => {
    expect(slaState(issue('reported', { acceptedAt: '2025-03-01T01:00:00Z' }), at(30 * HOUR)).acceptOverdue).toBe(false);
  });

  it('treats acceptedAt null like absent', () => {
    expect(slaState(issue('reported', { acceptedAt: null }), at(24 * HOUR + 1)).acceptOverdue).toBe(true);
  });

  it.each(['accepted', 'tabled', 'in_progress', 'done', 'reopened', 'rejected', 'closed'])('is never accept-overdue when %s', (status) => {
    expect(slaState(issue(status), at(1000 * HOUR)).acceptOverdue).toBe(false);
  });
});

describe('slaState: first action within 72 h', () => {
  it.each(['reported', 'accepted', 'tabled'])('a %s issue is not action-overdue at exactly 72 h, and is at 72 h + 1 ms', (status) => {
    expect(slaState(issue(status), at(72 * HOUR)).actionOverdue).toBe(false);
    expect(slaState(issue(status), at(72 * HOUR + 1)).actionOverdue).toBe(true);
  });

  it('an unanswered report past 72 h is both accept- and action-overdue', () => {
    expect(slaState(issue('reported'), at(72 * HOUR + 1))).toEqual({ acceptOverdue: true, actionOverdue: true });
  });

  it('an accepted issue is action-overdue but not accept-overdue past 72 h', () => {
    expect(slaState(issue('accepted', { acceptedAt: '2025-03-01T02:00:00Z' }), at(100 * HOUR))).toEqual({ acceptOverdue: false, actionOverdue: true });
  });

  it('stops being action-overdue once a first action is recorded', () => {
    expect(slaState(issue('accepted', { firstActionAt: '2025-03-02T00:00:00Z' }), at(100 * HOUR)).actionOverdue).toBe(false);
    expect(slaState(issue('accepted', { firstActionAt: null }), at(100 * HOUR)).actionOverdue).toBe(true);
  });

  it.each(['in_progress', 'done', 'reopened'])('is never action-overdue when %s (work has begun)', (status) => {
    expect(slaState(issue(status), at(1000 * HOUR))).toEqual(NEITHER);
  });
});

describe('slaState: finished issues', () => {
  it.each(['rejected', 'closed'])('a %s issue is never overdue, however old and whatever its facts', (status) => {
    expect(slaState(issue(status), at(10_000 * HOUR))).toEqual(NEITHER);
    expect(slaState(issue(status, { acceptedAt: null, firstActionAt: null }), at(10_000 * HOUR))).toEqual(NEITHER);
  });
});

describe('slaState: configuration and times', () => {
  const sla = { acceptHours: 2, firstActionHours: 8 };

  it('uses a compound’s own bounds, exactly at the boundary', () => {
    expect(slaState(issue('reported'), at(2 * HOUR), sla)).toEqual(NEITHER);
    expect(slaState(issue('reported'), at(2 * HOUR + 1), sla)).toEqual({ acceptOverdue: true, actionOverdue: false });
    expect(slaState(issue('accepted'), at(8 * HOUR), sla).actionOverdue).toBe(false);
    expect(slaState(issue('accepted'), at(8 * HOUR + 1), sla).actionOverdue).toBe(true);
  });

  it('a custom SLA does not fall back to the default bounds', () => {
    const lax = { acceptHours: 48, firstActionHours: 96 };
    expect(slaState(issue('reported'), at(30 * HOUR), lax)).toEqual(NEITHER);
    expect(slaState(issue('tabled'), at(80 * HOUR), lax)).toEqual(NEITHER);
  });

  it('reads createdAt with any UTC offset as the same instant', () => {
    const cst = issue('reported', { createdAt: '2025-03-01T08:00:00+08:00' });
    expect(slaState(cst, at(24 * HOUR))).toEqual(NEITHER);
    expect(slaState(cst, at(24 * HOUR + 1)).acceptOverdue).toBe(true);
  });

  it('is not overdue when now is before createdAt (clock skew)', () => {
    expect(slaState(issue('reported'), at(-100 * HOUR))).toEqual(NEITHER);
  });
});
