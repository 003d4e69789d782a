// polls.paper.register: the committee's register of paper ballots to print and hand out: one
// numbered ballot per unit of the frozen roster (P0001… in roster order), 100 a page. Each read
// is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id, skip } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { isCounted, loadPoll } from './model';
import { snapshotRange } from './helpers/roster';
import { serialOf } from './helpers/paperCount';
import { recordEvent } from '../events';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const paperRegister = defineAction({
  name: 'polls.paper.register',
  summary: pollSummaries['polls.paper.register'],
  input: z.object({ pollId: id(pollFields.poll), skip }).strict(),
  roles: allowed('polls.paper.register'),
  async run(ctx, input) {
    const poll = await loadPoll(ctx, input.pollId);
    if (!isCounted(poll) || poll.kind === 'consultation') throw conflict(pollRefusals.registerAfterOpening, { status: poll.status });
    const from = input.skip ?? 0;
    const units = await snapshotRange(ctx, poll, from, Math.min(from + 100, poll.roster.units));
    // Who printed or read the register, and which part (audit.poll shows it).
    await recordEvent(ctx, 'poll.register_read', poll._id, { skip: from });
    return {
      issued: poll.roster.units,
      items: units.map((u, i) => ({ serial: serialOf(from + i), unitId: u.id, label: u.label })),
      hasMore: from + units.length < poll.roster.units,
      nextSkip: from + units.length,
    };
  },
});
