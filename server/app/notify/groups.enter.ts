// groups.enter: the app was opened from a card in a WeChat group. The group is resolved from the
// platform's proof (the cloudID of getGroupEnterInfo; locally, in demo mode, a simulated group
// name), never from an id the caller types; the item the card showed is recorded as shared into
// that group, and the caller may then list the group's items (本群). Private issues are never
// listed. The group's record belongs to the compound of the call: the card carries its compound
// (`?compound=`, src/domain/joining.ts) and the app switches to it first, so a group entered from
// compound A's card lists A's items alone (groups.items reads only the call's compound).
// Refuses a proof that does not resolve (400, field `cloudId`).
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { defineAction, callerOf } from '../action';
import { invalid } from '../errors';
import { id } from '../../../src/domain/fields';
import type { IssueDoc } from '../issues/model';
import type { PollDoc } from '../polls/model';
import type { Ctx } from '../context';
import { StoreError } from '../../store/port';
import { allowed } from '../../../src/domain/permissions';
import { notifyFields, notifyRefusals, notifyServerText, notifySummaries } from '../../../src/copy/notify';

export const SHARED_KINDS = ['issue', 'poll', 'results', 'activity'] as const;
export type SharedKind = (typeof SHARED_KINDS)[number];

export interface GroupShareDoc {
  _id: string; // groupShare:<opengid>:<kind>:<id>
  opengid: string;
  kind: SharedKind;
  itemId: string;
  title: string;
  firstAt: string;
  lastAt: string;
  opens: number;
  [key: string]: unknown;
}

/** What the client holds: not the opengid itself, a key derived from it. */
export const groupKey = (opengid: string) => `g${createHash('sha256').update(opengid).digest('hex').slice(0, 24)}`;
export const visitId = (key: string, userId: string) => `groupVisit:${key}:${userId}`;

/** The card's title as the group saw it; null when the item must not be listed in a group. */
async function titleOf(ctx: Ctx, kind: SharedKind, itemId: string): Promise<string | null> {
  if (kind === 'issue') {
    const issue = await ctx.store.get<IssueDoc>('issues', itemId);
    return issue && issue.visibility === 'public' ? `${issue.place.label}:${issue.description.slice(0, 30)}` : null;
  }
  if (kind === 'poll' || kind === 'results') {
    const poll = await ctx.store.get<PollDoc>('polls', itemId);
    if (!poll || poll.status === 'draft') return null;
    return kind === 'results' ? notifyServerText.resultsCard(poll.title) : poll.title;
  }
  const activity = await ctx.store.get<{ _id: string; title?: unknown }>('activities', itemId).catch(() => null);
  return activity && typeof activity.title === 'string' ? activity.title : null;
}

export const enterGroup = defineAction({
  name: 'groups.enter',
  summary: notifySummaries['groups.enter'],
  input: z
    .object({
      cloudId: z.string({ error: notifyRefusals.cloudIdNotText }).min(1, notifyRefusals.cloudIdEmpty).max(512, notifyRefusals.cloudIdTooLong).optional(),
      simulated: z.string({ error: notifyRefusals.fakeGroupNameNotText }).max(32, notifyRefusals.fakeGroupNameTooLong).optional(),
      item: z.object({ kind: z.enum(SHARED_KINDS, { error: notifyRefusals.sharedKindUnknown }), id: id(notifyFields.sharedItem) }).strict().optional(),
    })
    .strict(),
  roles: allowed('groups.enter'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const opengid = ctx.groups ? await ctx.groups.resolve({ cloudId: input.cloudId, simulated: input.simulated }, caller) : null;
    if (!opengid) throw invalid('cloudId', notifyRefusals.groupUnconfirmed);
    const key = groupKey(opengid);
    const at = ctx.clock.now().toISOString();
    await ctx.store.set('groupVisits', { _id: visitId(key, caller.userId), groupKey: key, opengid, userId: caller.userId, at });
    let shared = false;
    if (input.item) {
      const title = await titleOf(ctx, input.item.kind, input.item.id);
      if (title) {
        const shareId = `groupShare:${key}:${input.item.kind}:${input.item.id}`;
        try {
          await ctx.store.insert('groupShares', { _id: shareId, opengid: key, kind: input.item.kind, itemId: input.item.id, title, firstAt: at, lastAt: at, opens: 1 });
        } catch (error) {
          if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
          await ctx.store.update('groupShares', shareId, { lastAt: at, title });
          await ctx.store.increment('groupShares', shareId, { opens: 1 });
        }
        shared = true;
      }
    }
    return { group: { key, compound: ctx.compoundId ?? null }, shared };
  },
});
