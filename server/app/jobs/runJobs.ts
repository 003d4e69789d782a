// Timed work, run by the cloud timer function and by the local host's job loop. Every step is
// idempotent (deterministic ids, compare-and-set marks), so a repeated or overlapping run never
// creates a task or sends a message twice.
import { AUTO_CLOSE_DAYS, FOLLOW_UP_DAYS } from '../../../src/domain/issues';
import { occurrences } from '../../../src/domain/recurrence';
import { slaOf } from '../../../src/domain/compoundSettings';
import { settingsOf } from '../tenancy/helpers/settings';
import type { Ctx, Deps } from '../context';
import { applyTransition } from '../issues/helpers/applyTransition';
import type { IssueDoc } from '../issues/model';
import type { TaskDoc, UserDoc } from '../model';
import type { RecurrenceDoc } from '../tasks/model';
import { notifyAssignee } from '../tasks/notices';
import { StoreError } from '../../store/port';
import { isScopedStore } from '../../store/scoped';
import { compoundDeps, deploymentDeps } from '../tenancy/helpers/scope';
import { AppError } from '../errors';
import { closeDuePolls } from '../polls/helpers/tally';
import { finishOpenings } from '../polls/helpers/opening';
import { continueFanouts, remindClosingPolls } from '../polls/notices';
import { runVolunteerJobs } from '../volunteers/jobs';
import { continueRosterImports } from '../people/helpers/rosterStaging';
import { jobDocs } from '../people/roster.import';
import { walkCompounds, type WalkReport } from './compoundWalk';
import { PAGES, messagePage } from '../../../src/routes';
import { commonServerText } from '../../../src/copy/common';

const DAY = 86_400_000;
/** Recurring tasks appear this long before they are due, so staff see tomorrow's work. */
export const LOOKAHEAD_MS = DAY;

export interface JobReport {
  tasksCreated: number;
  autoClosed: number;
  followUps: number;
  slaAlerts: number;
  /** Openings left part-way (opening.ts) taken to `open`. */
  pollsOpened: number;
  pollsClosed: number;
  /** Poll notices handed to the notifier (closing reminders and the rest of opened/published). */
  pollNotices: number;
  /** Messages whose backoff had passed and were tried again. */
  messagesRetried: number;
  /** Roster imports left part-way (people/rosterStaging.ts) taken to the end. */
  rosterImports: number;
  volunteers: { activitiesCreated: number; shiftReminders: number; seatsRepaired: number };
}

export async function generateRecurringTasks(ctx: Ctx, now: Date): Promise<number> {
  let created = 0;
  const horizon = new Date(now.getTime() + LOOKAHEAD_MS);
  const recurrences = await ctx.store.find<RecurrenceDoc>('recurrences', { where: { active: true }, limit: 100 });
  for (const rec of recurrences) {
    const from = new Date(rec.generatedUntil);
    for (const at of occurrences(rec.rule, from, horizon)) {
      const task: TaskDoc = {
        _id: `task:rec:${rec._id}:${at.toISOString()}`,
        issueId: null,
        title: rec.title,
        description: '',
        kind: rec.kind,
        assigneeId: rec.assigneeId,
        status: 'open',
        // Due at the occurrence plus its duration: "Monday 08:00, four hours".
        dueAt: new Date(at.getTime() + rec.durationHours * 3_600_000).toISOString(),
        createdBy: 'system',
        createdAt: now.toISOString(),
        recurrenceId: rec._id,
        ...(rec.route ? { route: rec.route } : {}),
      };
      try {
        await ctx.store.insert('tasks', task);
        created++;
        if (task.assigneeId) await notifyAssignee(ctx, task, task.assigneeId);
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      }
    }
    await ctx.store.updateIf('recurrences', rec._id, { generatedUntil: rec.generatedUntil }, { generatedUntil: horizon.toISOString() });
  }
  return created;
}

export async function autoCloseDone(ctx: Ctx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - AUTO_CLOSE_DAYS * DAY).toISOString();
  const stale = await ctx.store.find<IssueDoc>('issues', { where: { status: 'done', doneAt: { $lt: cutoff } }, orderBy: [['doneAt', 'asc']], limit: 100 });
  let closed = 0;
  for (const issue of stale) {
    try {
      await applyTransition(ctx, issue, 'autoClose', ['system']);
      closed++;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'conflict')) throw error; // the reporter answered meanwhile
    }
  }
  return closed;
}

export async function sendFollowUps(ctx: Ctx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - FOLLOW_UP_DAYS * DAY).toISOString();
  const closed = await ctx.store.find<IssueDoc>('issues', { where: { status: 'closed', closedAt: { $lt: cutoff }, followUpAt: null }, orderBy: [['closedAt', 'asc']], limit: 100 });
  let sent = 0;
  for (const issue of closed) {
    if (issue.rating || !issue.reporterId || issue.closedAs === 'not_fixed') {
      await ctx.store.updateIf('issues', issue._id, { followUpAt: null }, { followUpAt: 'skipped' });
      continue;
    }
    const marked = await ctx.store.updateIf('issues', issue._id, { followUpAt: null }, { followUpAt: now.toISOString() });
    if (!marked) continue;
    await ctx.notifier.send({ kind: 'issue.followUp', toUserId: issue.reporterId, dedupeKey: `issue.followUp:${issue._id}`, fields: { thing: commonServerText.fixedQuestion(issue.place.label), phrase: commonServerText.pleaseRate }, page: messagePage(PAGES.issueDetail, { id: issue._id }) });
    await ctx.store.insert('events', { _id: `ev:${now.toISOString()}:followup:${issue._id}`, at: now.toISOString(), actorId: 'system', type: 'issue.followUp', subject: issue._id, data: {} });
    sent++;
  }
  return sent;
}

export async function sendSlaAlerts(ctx: Ctx, now: Date): Promise<number> {
  // The compound's own acceptance time (小区设置), else 24 h.
  const sla = slaOf(await settingsOf(ctx.store));
  const cutoff = new Date(now.getTime() - sla.acceptHours * 3_600_000).toISOString();
  const late = await ctx.store.find<IssueDoc>('issues', { where: { status: 'reported', createdAt: { $lt: cutoff } }, orderBy: [['createdAt', 'asc']], limit: 100 });
  if (late.length === 0) return 0;
  const managers = await ctx.store.find<UserDoc>('users', { where: { roles: { $has: 'manager' } }, limit: 20 });
  let sent = 0;
  for (const issue of late) {
    for (const manager of managers) {
      // The dedupe key makes a second run a no-op for the same issue.
      await ctx.notifier.send({ kind: 'issue.overdue', toUserId: manager._id, dedupeKey: `issue.overdue:${issue._id}:${manager._id}`, fields: { thing: commonServerText.notAcceptedInTime(issue.place.label), time: issue.createdAt }, page: messagePage(PAGES.issueDetail, { id: issue._id }) });
      sent++;
    }
  }
  return sent;
}

/**
 * Timed work of the compounds, each on its own view of the store (a job never mixes compounds).
 * Deps already scoped to one compound run that compound alone; the deployment's deps walk the
 * compounds from where the last run stopped, as many as fit in this run (compoundWalk.ts).
 */
export async function runJobs(deps: Deps, budgetOps?: number): Promise<JobReport & { walk?: WalkReport }> {
  if (isScopedStore(deps.store)) return runCompoundJobs(oneRun(deps));
  const root = deploymentDeps(deps);
  let total: JobReport | null = null;
  const walk = await walkCompounds(root, async (compoundId) => {
    total = addReports(total, await runCompoundJobs(oneRun(compoundDeps(root, compoundId))));
  }, budgetOps);
  return { ...addReports(total, null), walk };
}

/** A compound's deps for one run: its notifier reads the compound's settings once for the run's messages. */
const oneRun = (deps: Deps): Deps => (deps.notifier.forCall ? { ...deps, notifier: deps.notifier.forCall() } : deps);

function addReports(a: JobReport | null, b: JobReport | null): JobReport {
  const zero: JobReport = { tasksCreated: 0, autoClosed: 0, followUps: 0, slaAlerts: 0, pollsOpened: 0, pollsClosed: 0, pollNotices: 0, messagesRetried: 0, rosterImports: 0, volunteers: { activitiesCreated: 0, shiftReminders: 0, seatsRepaired: 0 } };
  const x = a ?? zero;
  const y = b ?? zero;
  const sum = (k: Exclude<keyof JobReport, 'volunteers'>) => x[k] + y[k];
  return {
    tasksCreated: sum('tasksCreated'), autoClosed: sum('autoClosed'), followUps: sum('followUps'), slaAlerts: sum('slaAlerts'),
    pollsOpened: sum('pollsOpened'), pollsClosed: sum('pollsClosed'), pollNotices: sum('pollNotices'), messagesRetried: sum('messagesRetried'), rosterImports: sum('rosterImports'),
    volunteers: {
      activitiesCreated: x.volunteers.activitiesCreated + y.volunteers.activitiesCreated,
      shiftReminders: x.volunteers.shiftReminders + y.volunteers.shiftReminders,
      seatsRepaired: x.volunteers.seatsRepaired + y.volunteers.seatsRepaired,
    },
  };
}

async function runCompoundJobs(deps: Deps): Promise<JobReport> {
  const ctx: Ctx = { ...deps, caller: null, compoundId: (deps.store as { compoundId?: string }).compoundId };
  const now = deps.clock.now();
  return {
    tasksCreated: await generateRecurringTasks(ctx, now),
    autoClosed: await autoCloseDone(ctx, now),
    followUps: await sendFollowUps(ctx, now),
    slaAlerts: await sendSlaAlerts(ctx, now),
    pollsOpened: await finishOpenings(deps),
    pollsClosed: await closeDuePolls(deps),
    pollNotices: (await remindClosingPolls(ctx, now)) + (await continueFanouts(ctx)),
    messagesRetried: (await deps.notifier.retryDue?.(now)) ?? 0,
    rosterImports: await continueRosterImports(deps, jobDocs),
    volunteers: await runVolunteerJobs(ctx, now),
  };
}
