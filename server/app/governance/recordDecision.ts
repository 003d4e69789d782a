// meetings.decide: a present attendee records a decision: what was decided, which party and
// person does it, by when; in the same step it becomes a task on the dispatch board (the
// tasks model, opened the way tasks.create opens one) and/or is linked to the tabled issue,
// which is then accepted with the decision as the reason. Refuses once the minutes are approved.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText, text } from '../../../src/domain/fields';
import { DECISIONS_MAX, PARTY_CODES } from '../../../src/domain/governance';
import type { Mover } from '../../../src/domain/issues';
import type { Ctx } from '../context';
import { conflict, forbidden, invalid } from '../errors';
import { eventDoc } from '../events';
import { applyTransition } from '../issues/applyTransition';
import type { IssueDoc } from '../issues/model';
import { openTask, prepareTask } from '../tasks/openTask';
import type { Tx } from '../../store/port';
import type { Decision, MeetingDoc } from './model';
import { isPresent, loadMeeting } from './getMeeting';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';

const input = z
  .object({
    meetingId: id('会议'),
    agendaId: id('议程').optional(),
    text: text('决定事项', { max: 200 }),
    party: z.enum(PARTY_CODES as [string, ...string[]], { error: '请选择负责的一方' }),
    doer: text('负责人', { max: 20 }),
    dueAt: z.iso.datetime({ error: '请选择完成时间', offset: true }),
    /** `task`: becomes a task now; `issue`: only linked to its tabled issue; `none`: recorded only. */
    then: z.enum(['task', 'issue', 'none'], { error: '请选择怎么落实' }).default('task'),
    taskTitle: optionalText('工单标题', 40),
    assigneeId: id('员工').nullable().optional(),
  })
  .strict();

async function appendDecision(ctx: Ctx, tx: Tx, meetingId: string, decision: Decision): Promise<Decision> {
  const current = await tx.get<MeetingDoc>('meetings', meetingId);
  if (!current || current.status !== 'held') throw conflict('纪要已经通过公布,不能再加决定事项', { status: current?.status });
  if (current.decisions.length >= DECISIONS_MAX) throw invalid('text', `一次会议最多 ${DECISIONS_MAX} 项决定`);
  const numbered = { ...decision, id: `d${current.decisions.length + 1}` };
  await tx.update('meetings', meetingId, { decisions: [...current.decisions, numbered] });
  await tx.insert('events', eventDoc(ctx, 'meeting.decision', meetingId, { decisionId: numbered.id, text: numbered.text, taskIds: numbered.taskIds, issueId: numbered.issueId }));
  return numbered;
}

export const recordDecision = defineAction({
  name: 'meetings.decide',
  summary: '记录会议决定:做什么、谁负责、何时完成,一步转为工单或关联报事',
  input,
  roles: allowed('meetings.decide'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict('纪要已经通过公布,不能再加决定事项', { status: meeting.status });
    if (meeting.status !== 'held') throw conflict('请先登记出席,再记录决定', { status: meeting.status });
    if (!isPresent(meeting, caller)) throw forbidden('只有出席会议的人可以记录决定');
    await requireClean(ctx, caller, [['text', input.text]]);
    const agenda = input.agendaId ? meeting.agenda.find((a) => a.id === input.agendaId) : undefined;
    if (input.agendaId && !agenda) throw invalid('agendaId', '议程里没有这一项');
    const issueId = agenda?.issueId ?? null;
    if (input.then === 'issue' && !issueId) throw invalid('then', '只有报事议题可以关联报事');
    if (Date.parse(input.dueAt) < ctx.clock.now().getTime() - 60_000) throw invalid('dueAt', '完成时间不能早于现在');
    if (input.assigneeId && !caller.roles.includes('manager')) throw invalid('assigneeId', '只有物业经理可以指定员工,其他人记录后工单进入派单看板');
    if (meeting.decisions.length >= DECISIONS_MAX) throw invalid('text', `一次会议最多 ${DECISIONS_MAX} 项决定`);

    // The meeting's word settles a tabled issue: accepted, with the decision on its timeline.
    if (issueId) {
      const issue = await ctx.store.get<IssueDoc>('issues', issueId);
      if (issue?.status === 'tabled') {
        const movers = (['manager', 'committee', 'community'] as const).filter((r) => caller.roles.includes(r)) as Mover[];
        await applyTransition(ctx, issue, 'decide', movers, { note: `三方联动会议决定:${input.text}` });
      }
    }
    const decision: Decision = {
      id: '',
      agendaId: agenda?.id ?? null,
      text: input.text,
      party: input.party as Decision['party'],
      doer: input.doer,
      dueAt: new Date(input.dueAt).toISOString(),
      issueId,
      taskIds: [],
      by: caller.name,
      at: ctx.clock.now().toISOString(),
    };
    let saved: Decision;
    if (input.then === 'task') {
      const prepared = await prepareTask(ctx, {
        issueId,
        title: input.taskTitle || input.text.slice(0, 40),
        description: `三方联动会议(${meeting.title})决定:${input.text}。负责人:${input.doer}`,
        kind: 'repair',
        assigneeId: input.assigneeId ?? null,
        dueAt: decision.dueAt,
        createdBy: caller.userId,
      });
      const opened = await openTask(ctx, prepared, (tx) => appendDecision(ctx, tx, meeting._id, { ...decision, taskIds: [prepared.task._id] }));
      saved = opened.extra!;
    } else {
      saved = await ctx.store.transaction((tx) => appendDecision(ctx, tx, meeting._id, decision));
    }
    return { decision: { id: saved.id, taskIds: saved.taskIds, issueId: saved.issueId } };
  },
});
