// Service levels the property company answers to: accept within 24 h, first action within 72 h
// (configurable per compound). An item past either bound is overdue for the manager.
export interface Sla {
  acceptHours: number;
  firstActionHours: number;
}

export const DEFAULT_SLA: Sla = { acceptHours: 24, firstActionHours: 72 };

export interface SlaFacts {
  createdAt: string;
  acceptedAt?: string | null;
  firstActionAt?: string | null;
  status: string;
}

const HOUR = 3_600_000;

export function slaState(issue: SlaFacts, now: Date, sla: Sla = DEFAULT_SLA): { acceptOverdue: boolean; actionOverdue: boolean } {
  if (issue.status === 'rejected' || issue.status === 'closed') return { acceptOverdue: false, actionOverdue: false };
  const age = now.getTime() - new Date(issue.createdAt).getTime();
  const acceptOverdue = !issue.acceptedAt && issue.status === 'reported' && age > sla.acceptHours * HOUR;
  const actionOverdue = !issue.firstActionAt && ['reported', 'accepted', 'tabled'].includes(issue.status) && age > sla.firstActionHours * HOUR;
  return { acceptOverdue, actionOverdue };
}
