// polls.exportRecount: a closed poll's or election's recount file (the frozen roster and every
// ballot) for `npm run recount` (docs/recount.md). Every read is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { recordEvent } from '../events';
import { pollBallots, snapshotUnits } from './roster';
import { recountFileOf } from './tally';
import { allowed } from '../../../src/domain/permissions';
import { closedPoll } from './closedPoll';

export const exportRecount = defineAction({
  name: 'polls.exportRecount',
  summary: '导出已截止表决或选举的复核文件(冻结名册和全部选票),可用 npm run recount 独立复核;每次导出都留痕',
  input: z.object({ pollId: id('表决') }).strict(),
  roles: allowed('polls.exportRecount'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    if (poll.kind === 'consultation') throw conflict('征询没有法定计票,不需要复核文件');
    const [units, ballots] = await Promise.all([snapshotUnits(ctx, poll), pollBallots(ctx, poll._id)]);
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'recount' });
    return { file: recountFileOf(poll, units, ballots), fileName: `${poll.title}-复核文件.json` };
  },
});
