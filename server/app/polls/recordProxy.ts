// polls.proxy.record: the committee records an owner's written authorisation (委托书) for one poll:
// which unit, who votes for it (a signed-in user), and the photo of the signed paper. The proxy's
// ballot is then marked as such. Refuses a unit not in the poll's frozen roster, a closed poll,
// a photo this app did not store, and a second authorisation for the same owner (409).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import type { UserDoc } from '../model';
import { assertAcceptsBallots, isCounted, loadPoll, proxyId, type ProxyDoc } from './model';
import { frozenHolderOfUnit } from './roster';
import { allowed } from '../../../src/domain/permissions';

export const recordProxy = defineAction({
  name: 'polls.proxy.record',
  summary: '登记委托书:为某套房屋指定代理投票人,附签字委托书照片;同一业主只能委托一次',
  input: z
    .object({
      pollId: id('表决'),
      unitId: id('房屋'),
      proxyUserId: id('代理人'),
      photoFileId: z.string({ error: '请拍下签字的委托书' }).min(1, '请拍下签字的委托书').max(300, '委托书照片格式不对'),
    })
    .strict(),
  roles: allowed('polls.proxy.record'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await loadPoll(ctx, input.pollId);
    if (poll.kind === 'consultation') throw conflict('征询不需要委托书');
    assertAcceptsBallots(poll, ctx.clock.now());
    if (!isCounted(poll)) throw conflict('投票还没有开始');
    if (!ctx.files.owns(input.photoFileId)) throw invalid('photoFileId', '委托书照片不是本系统上传的,请重新拍照上传');
    const proxyUser = await ctx.store.get<UserDoc>('users', input.proxyUserId);
    if (!proxyUser) throw notFound('代理人');
    const holder = await frozenHolderOfUnit(ctx, poll, input.unitId);
    if (!holder) throw invalid('unitId', '这套房屋不在本次表决开始时的名册上');
    const earlier = await ctx.store.find<ProxyDoc>('pollProxies', { where: { pollId: poll._id, holderId: holder.holderId }, limit: 1 });
    if (earlier.length) throw conflict('这位业主在本次表决中已有委托', { unitId: earlier[0].unitId });
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
