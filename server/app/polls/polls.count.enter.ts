// polls.count.enter: one counter enters one paper ballot of a count round: its serial and the
// choice read, or that it is spoilt (废票) and why. Which counter is the caller's slot in the
// round (polls.count.join), never a field of the request: a committee member who holds no slot is
// refused. A counter may correct their own entry (the audit log keeps both); they never see the
// other counter's. Refuses an unknown serial.
import { enterCountInput } from '../../../src/domain/schemas/polls';
import { defineAction } from '../action';
import { conflict, forbidden, invalid } from '../errors';
import { callerOf } from '../action';
import { eventDoc } from '../events';
import { isCounted, loadPoll } from './model';
import { entryIdOf, loadSession, positionOf, slotOf, type CountEntryDoc } from './helpers/paperCount';
import { checkedChoice, refuseOtherFields } from './helpers/voters';
import { allowed } from '../../../src/domain/permissions';
import { pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const enterCount = defineAction({
  name: 'polls.count.enter',
  summary: pollSummaries['polls.count.enter'],
  input: enterCountInput,
  roles: allowed('polls.count.enter'),
  async run(ctx, input) {
    const session = await loadSession(ctx, input.sessionId);
    const counter = slotOf(session, callerOf(ctx).userId);
    if (!counter) throw forbidden(pollRefusals.notCounterThisRound);
    const poll = await loadPoll(ctx, session.pollId);
    if (!isCounted(poll)) throw conflict(pollRefusals.notOpenYet);
    if (poll.paperCount) throw conflict(pollRefusals.countClosedNoEntry);
    positionOf(poll, input.serial);
    const entry: CountEntryDoc = { _id: entryIdOf(session._id, counter, input.serial), sessionId: session._id, counter, serial: input.serial, at: ctx.clock.now().toISOString() };
    if (input.invalid !== undefined) {
      if (input.choice !== undefined || input.choices !== undefined) throw invalid('invalid', pollRefusals.voidNoChoice);
      entry.invalid = input.invalid;
    } else {
      refuseOtherFields(poll, input);
      Object.assign(entry, checkedChoice(poll, input));
    }
    await ctx.store.transaction(async (tx) => {
      const before = await tx.get<CountEntryDoc>('countEntries', entry._id);
      await tx.set('countEntries', entry);
      await tx.insert('events', eventDoc(ctx, before ? 'count.corrected' : 'count.entered', session._id, { counter: entry.counter, serial: entry.serial, ...(before ? { before: { choice: before.choice, choices: before.choices, invalid: before.invalid } } : {}) }));
    });
    return { entry: { serial: entry.serial, counter: entry.counter } };
  },
});
