// polls.proxy.record: the committee records an owner's written authorisation (委托书) for one poll:
// which unit, who votes for it (a signed-in user), and the photo of the signed paper. The proxy's
// ballot is then marked as such. Refuses a unit not in the poll's frozen roster, a closed poll,
// a photo this app did not store, and a second authorisation for the same owner (409).
import { recordProxyInput } from '../../../src/domain/schemas/polls';
import { defineAction, callerOf } from '../action';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import type { UserDoc } from '../model';
import { assertAcceptsBallots, isCounted, loadPoll, proxyId, type ProxyDoc } from './model';
import { frozenHolderOfUnit } from './helpers/roster';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const recordProxy = defineAction({
  name: 'polls.proxy.record',
  summary: pollSummaries['polls.proxy.record'],
  input: recordProxyInput,
  roles: allowed('polls.proxy.record'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await loadPoll(ctx, input.pollId);
    if (poll.kind === 'consultation') throw conflict(pollRefusals.consultationNoProxy);
    assertAcceptsBallots(poll, ctx.clock.now());
    if (!isCounted(poll)) throw conflict(pollRefusals.notOpenYet);
    if (!ctx.files.owns(input.photoFileId)) throw invalid('photoFileId', pollRefusals.proxyPhotoNotOurs);
    const proxyUser = await ctx.store.get<UserDoc>('users', input.proxyUserId);
    if (!proxyUser) throw notFound(pollFields.proxy);
    const holder = await frozenHolderOfUnit(ctx, poll, input.unitId);
    if (!holder) throw invalid('unitId', pollRefusals.unitNotInFrozenRoster);
    const earlier = await ctx.store.find<ProxyDoc>('pollProxies', { where: { pollId: poll._id, holderId: holder.holderId }, limit: 1 });
    if (earlier.length) throw conflict(pollRefusals.ownerAlreadyProxied, { unitId: earlier[0].unitId });
    const doc: ProxyDoc = {
      _id: proxyId(poll._id, input.unitId),
      pollId: poll._id,
      unitId: input.unitId,
      holderId: holder.holderId,
      proxyUserId: proxyUser._id,
      photoFileId: input.photoFileId,
      recordedBy: caller.userId,
      at: ctx.clock.now().toISOString(),
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('pollProxies', doc);
      await tx.insert('events', eventDoc(ctx, 'poll.proxy_recorded', poll._id, { unitId: doc.unitId, holderId: doc.holderId, proxyUserId: doc.proxyUserId, photoFileId: doc.photoFileId }));
    });
    return { proxy: { id: doc._id, unitId: doc.unitId, proxyUserId: doc.proxyUserId, units: holder.units.map((u) => u.label) } };
  },
});
