// polls.count.start: a committee member starts a round of the paper count: how many came back in
// the box, and optionally the owners the committee named as scrutineers (监票). The two counter
// slots are empty: each is taken by the account that joins it (polls.count.join), never named
// here. Each start is a new round; closing needs the last two rounds to agree. Refuses more
// returned than issued, and a named scrutineer who is not a verified owner.
import { defineAction, callerOf } from '../action';
import { startCountInput } from '../../../src/domain/schemas/polls';
import { conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import type { UserDoc } from '../model';
import { acceptsBallots, isCounted, loadPoll } from './model';
import { sessionIdOf, type CountSessionDoc } from './helpers/paperCount';
import { allowed } from '../../../src/domain/permissions';
import { pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const startCount = defineAction({
  name: 'polls.count.start',
  summary: pollSummaries['polls.count.start'],
  input: startCountInput,
  roles: allowed('polls.count.start'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await loadPoll(ctx, input.pollId);
    if (!isCounted(poll) || poll.kind === 'consultation' || !acceptsBallots(poll, ctx.clock.now())) {
      throw conflict(pollRefusals.countBeforeClosing, { status: poll.status });
    }
    if (poll.paperCount) throw conflict(pollRefusals.countClosed);
    if (input.returned > poll.roster.units) throw invalid('returned', pollRefusals.returnedOverIssued(poll.roster.units));
    const named = [...new Set(input.scrutineers ?? [])];
    for (const [i, userId] of named.entries()) {
      const user = await ctx.store.get<UserDoc>('users', userId);
      if (!user?.roles.includes('owner')) throw invalid(`scrutineers.${i}`, pollRefusals.scrutineerNotOwner);
    }
    const round = (await ctx.store.count('countSessions', { pollId: poll._id })) + 1;
    const session: CountSessionDoc = {
      _id: sessionIdOf(poll._id, round),
      pollId: poll._id,
      round,
      returned: input.returned,
      slots: [null, null],
      scrutineers: [],
      named,
      signoffs: [],
      startedAt: ctx.clock.now().toISOString(),
      startedBy: caller.userId,
    };
    // Two members starting at once compute the same round: the store's uniqueness lets one win.
    await ctx.store.insert('countSessions', session);
    await recordEvent(ctx, 'count.started', poll._id, { sessionId: session._id, round, returned: session.returned, named: named.length });
    return { session: { id: session._id, round, issued: poll.roster.units, returned: session.returned } };
  },
});
