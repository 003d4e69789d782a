// polls.count.join: the caller takes a place in a count round, as counter 1 or 2 or as a
// scrutineer (监票). A counter slot belongs to the account that joined it, and one account holds
// at most one place in a round: not both slots, not a slot and a scrutineer's seat. Counters are
// committee members; scrutineers are the community, committee members not counting this round, or
// owners the committee named when starting it. Joining again the same place is a no-op.
// Runs in a transaction on the round's document, so two people taking one slot at once cannot
// both win (CloudBase: the second transaction conflicts on the written document and is retried;
// https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/Database.runTransaction.md).
import { defineAction, callerOf } from '../action';
import { joinCountInput } from '../../../src/domain/schemas/polls';
import type { Caller } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { eventDoc } from '../events';
import type { PollDoc } from './model';
import { isScrutineer, slotOf, type CountSessionDoc } from './helpers/paperCount';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

function scrutineerAs(session: CountSessionDoc, caller: Caller): 'community' | 'committee' | 'owner' | null {
  if (caller.roles.includes('community')) return 'community';
  if (caller.roles.includes('committee')) return 'committee';
  if (caller.roles.includes('owner') && session.named.includes(caller.userId)) return 'owner';
  return null;
}

export const joinCount = defineAction({
  name: 'polls.count.join',
  summary: pollSummaries['polls.count.join'],
  input: joinCountInput,
  roles: allowed('polls.count.join'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const seat = { userId: caller.userId, name: caller.name, at: ctx.clock.now().toISOString() };
    const session = await ctx.store.transaction(async (tx) => {
      const s = await tx.get<CountSessionDoc>('countSessions', input.sessionId);
      if (!s) throw notFound(pollFields.countSession);
      const current: CountSessionDoc = { ...s, slots: s.slots ?? [null, null], scrutineers: s.scrutineers ?? [], named: s.named ?? [], signoffs: s.signoffs ?? [] };
      const poll = await tx.get<PollDoc>('polls', current.pollId);
      if (poll?.paperCount) throw conflict(pollRefusals.countClosed);
      const mine = slotOf(current, caller.userId);
      if (input.as === 'counter') {
        if (!caller.roles.includes('committee')) throw forbidden(pollRefusals.counterNotCommittee);
        if (mine === input.slot) return current;
        if (mine) throw conflict(pollRefusals.alreadyOtherCounter(mine), { slot: mine });
        if (isScrutineer(current, caller.userId)) throw conflict(pollRefusals.scrutineerCannotCount);
        const taken = current.slots[input.slot! - 1];
        if (taken) throw conflict(pollRefusals.slotTaken(input.slot, taken.name), { slot: input.slot, name: taken.name });
        current.slots[input.slot! - 1] = seat;
      } else {
        if (isScrutineer(current, caller.userId)) return current;
        if (mine) throw conflict(pollRefusals.counterCannotScrutinise(mine), { slot: mine });
        const as = scrutineerAs(current, caller);
        if (!as) throw forbidden(pollRefusals.scrutineerNotAllowed);
        current.scrutineers = [...current.scrutineers, { ...seat, as }];
      }
      await tx.update('countSessions', current._id, { slots: current.slots, scrutineers: current.scrutineers });
      await tx.insert('events', eventDoc(ctx, 'count.joined', current._id, { pollId: current.pollId, as: input.as, ...(input.slot ? { slot: input.slot } : {}) }));
      return current;
    });
    return {
      session: { id: session._id, round: session.round, pollId: session.pollId },
      me: { slot: slotOf(session, caller.userId), scrutineer: isScrutineer(session, caller.userId) },
    };
  },
});
