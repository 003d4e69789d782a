// polls.count.sign: a counter or a scrutineer of a round signs what its review shows: the
// readings, the voids and the number returned, named by the review's digest. A signature covers
// that digest only: an entry corrected afterwards leaves it behind, and the close needs both
// counters and a scrutineer to have signed what the round shows at closing time.
// Refuses a round that does not agree (409), a digest that is no longer current (409: look
// again), and anyone who is not one of the round's counters or scrutineers (403).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, forbidden, notFound } from '../errors';
import { eventDoc } from '../events';
import { isCounted, loadPoll } from './model';
import { isScrutineer, loadSession, review, slotOf, type CountSessionDoc, type Signer } from './helpers/paperCount';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const signCount = defineAction({
  name: 'polls.count.sign',
  summary: pollSummaries['polls.count.sign'],
  input: z.object({ sessionId: id(pollFields.countSession), digest: z.string({ error: pollRefusals.checkBeforeSigning }).regex(/^[0-9a-f]{16}$/, pollRefusals.digestMalformed) }).strict(),
  roles: allowed('polls.count.sign'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const session = await loadSession(ctx, input.sessionId);
    const slot = slotOf(session, caller.userId);
    const as: Signer | null = slot ? (`counter${slot}` as Signer) : isScrutineer(session, caller.userId) ? 'scrutineer' : null;
    if (!as) throw forbidden(pollRefusals.signersOnly);
    const poll = await loadPoll(ctx, session.pollId);
    if (!isCounted(poll)) throw conflict(pollRefusals.notOpenYet);
    if (poll.paperCount) throw conflict(pollRefusals.countClosed);
    const now = await review(ctx, poll, session);
    if (!now.agrees) throw conflict(pollRefusals.roundDisagrees, { differences: now.differences.length });
    if (now.digest !== input.digest) throw conflict(pollRefusals.entriesChangedBeforeSigning, { digest: now.digest });
    const at = ctx.clock.now().toISOString();
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get<CountSessionDoc>('countSessions', session._id);
      if (!current) throw notFound(pollFields.countSession);
      const signoffs = [...(current.signoffs ?? []).filter((s) => s.userId !== caller.userId), { userId: caller.userId, name: caller.name, at, as, digest: input.digest }];
      await tx.update('countSessions', session._id, { signoffs });
      await tx.insert('events', eventDoc(ctx, 'count.signed', session._id, { pollId: poll._id, as, digest: input.digest }));
    });
    return { signed: { as, at, digest: input.digest } };
  },
});
