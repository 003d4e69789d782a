// Moves an issue along its workflow: the one place that checks the rule, writes the new state
// with a compare-and-set on the old one, appends the event and tells the reporter. Every caller
// (the transition action, tasks, the timed jobs) goes through here.
import { CLOSED_AS_BY_TRANSITION, STATUS_LABELS, TRANSITIONS, checkTransition, type Mover, type TransitionName } from '../../../../src/domain/issues';
import { ISSUE_STATUS_PHRASES } from '../../../../src/domain/notifications';
import type { Ctx } from '../../context';
import { AppError, conflict, forbidden, invalid } from '../../errors';
import { eventDoc } from '../../events';
import type { IssueDoc } from '../model';
import { PAGES, messagePage } from '../../../../src/routes';
import { issueRefusals, issueServerText } from '../../../../src/copy/issues';

export async function applyTransition(
  ctx: Ctx,
  issue: IssueDoc,
  name: TransitionName,
  movers: readonly Mover[],
  given: { note?: string; photos?: string[] } = {},
): Promise<IssueDoc> {
  // The three-party agenda is read by the committee, the community and, once published, every
  // resident: a private issue (only its reporter and the property see it) never goes there.
  if (name === 'table' && issue.visibility === 'private') throw conflict(issueRefusals.privateCannotTable);
  const verdict = checkTransition(name, issue.status, movers, given);
  if (!verdict.ok) {
    if (verdict.reason === 'not_allowed') throw forbidden(issueRefusals.notYourStep);
    if (verdict.reason === 'wrong_state') throw conflict(issueRefusals.wrongStatus(STATUS_LABELS[issue.status], name === 'finish' ? issueRefusals.stepFinish : issueRefusals.stepOther), { status: issue.status });
    if (verdict.reason === 'note_required') throw invalid('note', name === 'finish' ? issueRefusals.finishNoteMissing : issueRefusals.reasonMissing);
    throw invalid('photos', issueRefusals.afterPhotoMissing);
  }
  const at = ctx.clock.now().toISOString();
  const patch: Record<string, unknown> = { status: verdict.to, updatedAt: at };
  if (name === 'accept' || (name === 'decide' && !issue.acceptedAt)) patch.acceptedAt = at;
  if (name === 'start' && !issue.firstActionAt) patch.firstActionAt = at;
  if (name === 'finish') patch.doneAt = at;
  // The reporter's reason stays on the issue, so the dispatch board's card can show it.
  if (name === 'reopen') Object.assign(patch, { reopenCount: issue.reopenCount + 1, reopenReason: given.note ?? '' });
  const closedAs = CLOSED_AS_BY_TRANSITION[name];
  if (closedAs) Object.assign(patch, { closedAt: at, closedAs });

  const updated = await ctx.store.transaction(async (tx) => {
    const current = await tx.get<IssueDoc>('issues', issue._id);
    // Someone else moved it between our read and this write: answer with what it is now.
    if (!current || current.status !== issue.status) throw new AppError('conflict', issueRefusals.changedMeanwhile, undefined, { status: current?.status });
    await tx.update('issues', issue._id, patch);
    await tx.insert('events', eventDoc(ctx, 'issue.transition', issue._id, { transition: name, status: verdict.to, ...(given.note ? { note: given.note } : {}), ...(given.photos?.length ? { photos: given.photos } : {}) }));
    return { ...current, ...patch } as IssueDoc;
  });

  if (updated.reporterId && !movers.includes('reporter')) {
    await ctx.notifier.send({
      kind: 'issue.status',
      toUserId: updated.reporterId,
      dedupeKey: `issue.status:${issue._id}:${name}:${at}`,
      fields: { thing: `${updated.place.label}:${updated.description.slice(0, 12)}`, phrase: closedAs ? issueServerText.closed : (ISSUE_STATUS_PHRASES[updated.status] ?? STATUS_LABELS[updated.status].slice(0, 5)), time: at, ...(given.note ? { note: given.note.slice(0, 20) } : {}) },
      page: messagePage(PAGES.issueDetail, { id: issue._id }),
      // "已完成，请确认" is the message the reporter must get (else the fix closes unconfirmed):
      // every lesser progress message leaves one grant for it.
      ...(updated.status === 'done' ? {} : { reserve: 1 }),
    });
  }
  return updated;
}

export const USER_TRANSITIONS = (Object.keys(TRANSITIONS) as TransitionName[]).filter((n) => n !== 'autoClose');
