// The stored issue, who may see it, and what the caller is to it (reporter, assignee, role).
import type { Category, ClosedAs, IssueStatus, Mover } from '../../../src/domain/issues';
import type { Caller, Ctx } from '../context';
import type { TaskDoc } from '../model';
import { notFound } from '../errors';
import { isStaffSide as staffSide, issueMoverRoles } from '../../../src/domain/permissions/issues';
import { newId } from '../../../src/domain/ids';
import { issueFields } from '../../../src/copy/issues';

export type Place = { kind: 'unit'; unitId: string; label: string } | { kind: 'common'; code: string; label: string } | { kind: 'building'; buildingId: string; part: string; label: string };

export interface IssueDoc {
  _id: string;
  category: Category;
  place: Place;
  /** `unit:<id>`, `common:<code>` or `building:<id>:<part>`: what "the same place" means for the duplicate hint. */
  placeKey: string;
  buildingId: string | null;
  description: string;
  photos: string[];
  visibility: 'public' | 'private';
  status: IssueStatus;
  closedAs?: ClosedAs;
  /** The person whose problem it is: they confirm and rate. Null when reported for someone without the app. */
  reporterId: string | null;
  reporterName: string;
  /** How neighbours see the reporter ("19栋 王**"); the full name only to the reporter and the property side. */
  reporterShown?: string;
  /** Who actually entered it (differs when reported on behalf). */
  createdBy: string;
  onBehalf?: { name: string; unitLabel?: string; toldBy: 'app' | 'in_person'; byName?: string };
  source: 'resident' | 'meter';
  seconds: number;
  comments: number;
  priorityKey: number;
  createdAt: string;
  updatedAt: string;
  acceptedAt?: string;
  firstActionAt?: string;
  doneAt?: string;
  closedAt?: string;
  reopenCount: number;
  /** Why the reporter said it was not fixed, the last time. */
  reopenReason?: string;
  rating?: { stars: number; comment: string; at: string };
  [key: string]: unknown;
}


export function isStaffSide(caller: Caller): boolean {
  return staffSide(caller);
}

export function isReporter(issue: IssueDoc, caller: Caller): boolean {
  return issue.reporterId === caller.userId || issue.createdBy === caller.userId;
}

/** Private issues: only the reporter and the property staff see them; for anyone else they do not exist. */
export function canSee(issue: IssueDoc, caller: Caller): boolean {
  return issue.visibility === 'public' || isReporter(issue, caller) || isStaffSide(caller);
}

export async function loadVisibleIssue(ctx: Ctx, caller: Caller, issueId: string): Promise<IssueDoc> {
  const issue = await ctx.store.get<IssueDoc>('issues', issueId);
  if (!issue || !canSee(issue, caller)) throw notFound(issueFields.thisIssue);
  return issue;
}

export async function issueTasks(ctx: Ctx, issueId: string): Promise<TaskDoc[]> {
  return ctx.store.find<TaskDoc>('tasks', { where: { issueId }, limit: 100 });
}

export function moversFor(issue: IssueDoc, caller: Caller, tasks: readonly TaskDoc[]): Mover[] {
  const movers: Mover[] = [];
  if (isReporter(issue, caller)) movers.push('reporter');
  if (tasks.some((t) => t.assigneeId === caller.userId)) movers.push('assignee');
  movers.push(...issueMoverRoles(caller));
  return movers;
}

export function newIssueId(now: Date): string {
  return newId('issue', now);
}
