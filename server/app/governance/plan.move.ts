// plan.move: a party moves an item: a new progress percentage and/or a milestone reached, always
// with the reason, which goes into the item's public change log. Everyone following the item is
// told (plan.moved). Refuses a move over a newer version and a move that changes nothing.
import { movePlanItemInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import type { Ctx } from '../context';
import { requireParty, type PlanChangeDoc, type PlanItemDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { PAGES, messagePage } from '../../../src/routes';
import { governanceFields, governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

/** What became of the followers' messages: sent, refused for want of a grant, or still on the way. */
interface Told {
  sent: number;
  noGrant: number;
  waiting: number;
}

async function tellFollowers(ctx: Ctx, item: PlanItemDoc, change: PlanChangeDoc): Promise<Told> {
  const told: Told = { sent: 0, noGrant: 0, waiting: 0 };
  // Followers are paged by _id (≤ 100 a page) so a popular item still reaches everyone.
  let after = '';
  for (;;) {
    const page = await ctx.store.find<{ _id: string; userId: string }>('planFollows', {
      where: { itemId: item._id, ...(after ? { _id: { $gt: after } } : {}) },
      orderBy: [['_id', 'asc']],
      limit: 100,
    });
    for (const f of page) {
      const dedupeKey = `plan.moved:${change._id}:${f.userId}`;
      await ctx.notifier.send({
        kind: 'plan.moved',
        toUserId: f.userId,
        dedupeKey,
        fields: { title: item.title, progress: `${change.to}%`, reason: change.reason },
        page: messagePage(PAGES.planItem, { id: item._id }),
      });
      // Counted from the outbox, so the screen never says people were told when nothing went out.
      const status = (await ctx.store.get<{ _id: string; status: string }>('outbox', `msg:${dedupeKey}`))?.status;
      if (status === 'sent') told.sent++;
      else if (status === 'no_grant' || status === 'skipped') told.noGrant++;
      else told.waiting++;
    }
    if (page.length < 100) return told;
    after = page[page.length - 1]._id;
  }
}

export const movePlanItem = defineAction({
  name: 'plan.move',
  summary: governanceSummaries['plan.move'],
  input: movePlanItemInput,
  roles: allowed('plan.move'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    requireParty(caller);
    const item = await ctx.store.get<PlanItemDoc>('planItems', input.itemId);
    if (!item) throw notFound(governanceFields.planItem);
    if (input.milestone !== undefined && !item.milestones[input.milestone]) throw invalid('milestone', governanceRefusals.noSuchMilestone);
    const reached = input.milestone !== undefined && !item.milestones[input.milestone].done ? input.milestone : undefined;
    if (input.progress === item.progress && reached === undefined) throw invalid('progress', governanceRefusals.progressUnchanged);
    const milestones = item.milestones.map((m, i) => (i === reached ? { ...m, done: true } : m));
    const now = ctx.clock.now().toISOString();
    const change: PlanChangeDoc = {
      _id: `planChange:${item._id}:${input.version + 1}`,
      itemId: item._id,
      at: now,
      by: caller.userId,
      byName: caller.name,
      from: item.progress,
      to: input.progress,
      milestone: reached === undefined ? null : item.milestones[reached].title,
      reason: input.reason,
    };
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get<PlanItemDoc>('planItems', item._id);
      if (!current || current.version !== input.version) throw conflict(governanceRefusals.planItemChangedMeanwhile, { version: current?.version });
      await tx.update('planItems', item._id, { progress: input.progress, milestones, version: input.version + 1, updatedAt: now });
      // The change's id is the version it made: a lost race cannot write a second log entry.
      await tx.insert('planChanges', change);
      await tx.insert('events', eventDoc(ctx, 'plan.moved', item._id, { from: change.from, to: change.to, milestone: change.milestone, reason: change.reason }));
    });
    const told = await tellFollowers(ctx, { ...item, progress: input.progress }, change);
    return { item: { id: item._id, progress: input.progress, version: input.version + 1 }, told };
  },
});
