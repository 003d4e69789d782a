// polls.count.review: a count round as everyone at the table follows it, live: who holds each
// counter slot and who watches, both counters' totals against the ballots returned and issued
// (issued = returned + not returned; returned = valid + invalid), every ballot where the two
// entries differ or one is missing, the voids decided for an agreeing round, and who signed what
// the round shows now. Open to the committee, the community, admins and the round's own people.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { isCounted, loadPoll } from './model';
import { assertMayFollow, isScrutineer, loadSession, review, slotOf, validSignoffs } from './helpers/paperCount';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const reviewCount = defineAction({
  name: 'polls.count.review',
  summary: pollSummaries['polls.count.review'],
  input: z.object({ sessionId: id(pollFields.countSession) }).strict(),
  roles: allowed('polls.count.review'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const session = await loadSession(ctx, input.sessionId);
    assertMayFollow(session, caller);
    const poll = await loadPoll(ctx, session.pollId);
    if (!isCounted(poll)) throw conflict(pollRefusals.notOpenYet);
    const { readings, ...shown } = await review(ctx, poll, session);
    const signed = validSignoffs(session, shown.digest);
    return {
      ...shown,
      readings: readings.size,
      pollId: poll._id,
      closed: !!poll.paperCount,
      me: { slot: slotOf(session, caller.userId), scrutineer: isScrutineer(session, caller.userId), signed: signed.valid.some((s) => s.userId === caller.userId) },
      signoffs: signed.valid.map((s) => ({ name: s.name, as: s.as, at: s.at })),
      signedComplete: signed.complete,
    };
  },
});
