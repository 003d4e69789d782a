// polls.exportRecount: a closed poll's or election's recount file (the frozen roster and every
// ballot) for `npm run recount` (docs/recount.md). Every read is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { recordEvent } from '../events';
import { pollBallots, snapshotUnits } from './helpers/roster';
import { recountFileOf } from './helpers/tally';
import { allowed } from '../../../src/domain/permissions';
import { closedPoll } from './helpers/closedPoll';
import { pollFields, pollRefusals, pollServerText, pollSummaries } from '../../../src/copy/polls';

export const exportRecount = defineAction({
  name: 'polls.exportRecount',
  summary: pollSummaries['polls.exportRecount'],
  input: z.object({ pollId: id(pollFields.poll) }).strict(),
  roles: allowed('polls.exportRecount'),
  async run(ctx, input) {
    const poll = await closedPoll(ctx, input.pollId);
    if (poll.kind === 'consultation') throw conflict(pollRefusals.consultationNoRecount);
    const [units, ballots] = await Promise.all([snapshotUnits(ctx, poll), pollBallots(ctx, poll._id)]);
    await recordEvent(ctx, 'poll.ballots_read', poll._id, { what: 'recount' });
    return { file: recountFileOf(poll, units, ballots), fileName: pollServerText.recountFileName(poll.title) };
  },
});
