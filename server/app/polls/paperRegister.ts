// polls.paper.register: the committee's register of paper ballots to print and hand out: one
// numbered ballot per unit of the frozen roster (P0001… in roster order), 100 a page. Each read
// is logged.
import { z } from 'zod';
import { defineAction } from '../action';
import { id, skip } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { isCounted, loadPoll } from './model';
import { snapshotRange } from './roster';
import { serialOf } from './paperCount';
import { recordEvent } from '../events';
import { allowed } from '../../../src/domain/permissions';

export const paperRegister = defineAction({
  name: 'polls.paper.register',
  summary: '纸质选票登记表:按冻结名册每户一张编号选票(P0001 起),每页 100 张',
  input: z.object({ pollId: id('表决'), skip }).strict(),
  roles: allowed('polls.paper.register'),
  async run(ctx, input) {
    const poll = await loadPoll(ctx, input.pollId);
    if (!isCounted(poll) || poll.kind === 'consultation') throw conflict('投票开始后才有纸质选票登记表(征询没有纸质选票)', { status: poll.status });
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
