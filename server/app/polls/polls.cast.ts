// polls.cast: a verified owner (or their recorded proxy) votes once for all of their units, online;
// a consultation takes one answer per unit or per resident. A double tap, a retry, a second device
// or a unit that voted on paper gets 409 and exactly one ballot counts. `change: true` replaces the
// ballot where the poll allows it, a few times until closing (ballotChange.ts; all in the audit log). Refuses a closed poll (409).
import { castBallotInput } from '../../../src/domain/schemas/polls';
import { defineAction, callerNow } from '../action';
import { writeBallot } from './helpers/ballots';
import { checkedChoice, refuseOtherFields, seatFor } from './helpers/voters';
import { quickCast, type CastInput } from './helpers/quickCast';
import type { Ctx } from '../context';
import { allowed } from '../../../src/domain/permissions';
import { pollSummaries } from '../../../src/copy/polls';

export const castBallot = defineAction({
  name: 'polls.cast',
  summary: pollSummaries['polls.cast'],
  input: castBallotInput,
  roles: allowed('polls.cast'),
  // The common case (an owner registered at opening, their own flat) reads no user: quickCast.ts.
  defersCaller: true,
  async run(ctx, input) {
    const { ballot, changed } = (await quickCast(ctx, input)) ?? (await castCarefully(ctx, input));
    return {
      ballot: {
        id: ballot._id,
        castAt: ballot.castAt,
        changed,
        proxy: !!ballot.proxy,
        units: ballot.units.map((u) => u.label),
        // The voter keeps it to find this ballot in the published record (核对我的选票).
        receipt: ballot.receipt ?? null,
        ...(ballot.choice !== undefined ? { choice: ballot.choice } : ballot.choices !== undefined ? { choices: ballot.choices } : { option: ballot.option }),
      },
    };
  },
});

/** The general path: reads the caller, their memberships or authorisation, and the poll in a transaction. */
async function castCarefully(ctx: Ctx, input: CastInput) {
  const caller = await callerNow(ctx);
  return writeBallot(
    ctx,
    caller,
    input.pollId,
    async (poll) => {
      refuseOtherFields(poll, input);
      const choice = checkedChoice(poll, input);
      return { seat: await seatFor(ctx, caller, poll, input.unitId), choice };
    },
    { channel: 'online', change: input.change },
  );
}
