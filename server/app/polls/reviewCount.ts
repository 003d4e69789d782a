// polls.count.review: a count round's comparison: both counters' totals against the ballots
// returned and issued (issued = returned + not returned; returned = valid + invalid), and every
// ballot where the two entries differ or one is missing.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { isCounted, loadPoll } from './model';
import { loadSession, review } from './paperCount';

export const reviewCount = defineAction({
  name: 'polls.count.review',
  summary: '核对一轮计票:两位计票人的合计、与收回张数是否相符,列出每张不一致的选票',
  input: z.object({ sessionId: id('计票场次') }).strict(),
  roles: ['committee'],
  async run(ctx, input) {
    const session = await loadSession(ctx, input.sessionId);
    const poll = await loadPoll(ctx, session.pollId);
    if (!isCounted(poll)) throw conflict('投票还没有开始');
    const { readings, ...shown } = await review(ctx, poll, session);
    return { ...shown, readings: readings.size };
  },
});
