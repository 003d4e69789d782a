// polls.close: the committee closes an open poll by hand (before or instead of its closing time)
// and it is counted at once. Refuses a poll that is not open (409 with its state).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { badState, loadPoll } from './model';
import { closeNow, settle } from './tally';

export const closePoll = defineAction({
  name: 'polls.close',
  summary: '截止投票并计票;只能截止正在进行的投票',
  input: z.object({ pollId: id('表决') }).strict(),
  roles: ['committee'],
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await settle(ctx, await loadPoll(ctx, input.pollId));
    if (poll.status !== 'open') throw badState(poll, poll.status === 'draft' || poll.status === 'opening' ? '投票还没有开始' : '投票已经截止了');
    const closed = await closeNow(ctx, poll, caller.userId);
    if (!closed) throw badState({ ...poll, status: 'closed' }, '投票已经截止了');
    return { poll: { id: closed._id, status: closed.status, closedAt: closed.closedAt, result: closed.result!.kind === 'consultation' ? 'counted' : closed.result!.result } };
  },
});
