// polls.count.start: the committee starts a count of the paper ballots: how many came back in
// the box, and the two counters who will each enter every ballot. Each start is a new round;
// closing the count needs the last two rounds to agree. Refuses more returned than issued.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, text } from '../../../src/domain/fields';
import { conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import { acceptsBallots, isCounted, loadPoll } from './model';
import { sessionIdOf, type CountSessionDoc } from './paperCount';

export const startCount = defineAction({
  name: 'polls.count.start',
  summary: '开始一轮纸质选票计票:收回张数和两位计票人;须两轮一致才能结束计票',
  input: z
    .object({
      pollId: id('表决'),
      returned: z.number({ error: '请填写收回的选票张数' }).int('张数应为整数').min(0, '张数不能为负'),
      counters: z.tuple([text('计票人', { max: 20 }), text('计票人', { max: 20 })], { error: '请填写两位计票人' }),
    })
    .strict(),
  roles: ['committee'],
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await loadPoll(ctx, input.pollId);
    if (!isCounted(poll) || poll.kind === 'consultation' || !acceptsBallots(poll, ctx.clock.now())) {
      throw conflict('纸质选票须在网上投票截止前计票(先计纸质票,再截止投票)', { status: poll.status });
    }
    if (input.returned > poll.roster.units) throw invalid('returned', `收回张数不能多于发出的 ${poll.roster.units} 张`);
    if (input.counters[0] === input.counters[1]) throw invalid('counters.1', '两位计票人应是不同的人');
    const round = (await ctx.store.count('countSessions', { pollId: poll._id })) + 1;
    const session: CountSessionDoc = {
      _id: sessionIdOf(poll._id, round),
      pollId: poll._id,
      round,
      returned: input.returned,
      counters: input.counters,
      startedAt: ctx.clock.now().toISOString(),
      startedBy: caller.userId,
    };
    await ctx.store.insert('countSessions', session);
    await recordEvent(ctx, 'count.started', poll._id, { sessionId: session._id, round, returned: session.returned, counters: session.counters });
    return { session: { id: session._id, round, issued: poll.roster.units, returned: session.returned } };
  },
});
