// polls.count.close: ends the paper count once the last two rounds agree with each other and
// within themselves, and both counters and a scrutineer of the last round signed what it shows
// (polls.count.sign). The counters and scrutineers are the accounts that took part, never names
// typed here; the close adds the photo of the signed tally sheet and the time, and keeps the count
// certificate (countCertificate.ts) that is published with the results. Each owner's paper ballot
// then becomes their ballot; the voids were decided and signed during the rounds (countVoids.ts).
// Refuses a count without two agreeing rounds or without the signatures (409, with what is
// missing) and a second close.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { AppError, conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import { writeBallot } from './helpers/ballots';
import { assertAcceptsBallots, ballotId, isCounted, loadPoll, type BallotDoc, type PollDoc } from './model';
import { validSignoffs } from './helpers/paperCount';
import { certificateOf, roundsOf } from './helpers/countCertificate';
import { VOTED_ONLINE, voidsOf } from './helpers/countVoids';
import { frozenHolder, type ChoiceInput } from './helpers/voters';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollServerText, pollSummaries } from '../../../src/copy/polls';

const STALE_CLOSING_MS = 2 * 60_000;

export const closeCount = defineAction({
  name: 'polls.count.close',
  summary: pollSummaries['polls.count.close'],
  input: z
    .object({
      pollId: id(pollFields.poll),
      photoFileId: z.string({ error: pollRefusals.tallyPhotoMissing }).min(1, pollRefusals.tallyPhotoMissing).max(300, pollRefusals.tallyPhotoMalformed),
    })
    .strict(),
  roles: allowed('polls.count.close'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    const poll = await loadPoll(ctx, input.pollId);
    if (!isCounted(poll) || poll.kind === 'consultation') throw conflict(pollRefusals.noPaperCount, { status: poll.status });
    assertAcceptsBallots(poll, now);
    // A close that stopped half-way (a crashed function) may be finished by a later one.
    const pending = poll.paperCount as { state?: string; at?: string } | undefined;
    const resumable = pending?.state === 'closing' && now.getTime() - Date.parse(pending.at ?? '') > STALE_CLOSING_MS;
    if (pending && !resumable) throw conflict(pollRefusals.countClosed);
    if (!ctx.files.owns(input.photoFileId)) throw invalid('photoFileId', pollRefusals.tallyPhotoNotOurs);

    const rounds = await roundsOf(ctx, poll);
    if (rounds.length < 2) throw conflict(pollRefusals.needTwoAgreeingRounds, { rounds: rounds.length });
    const [before, last] = rounds.slice(-2);
    const same = last.review.returned === before.review.returned && JSON.stringify([...last.review.readings]) === JSON.stringify([...before.review.readings]);
    if (!last.review.agrees || !before.review.agrees || !same) {
      throw conflict(pollRefusals.lastRoundsDisagree, {
        rounds: [before, last].map((r) => ({ round: r.session.round, agrees: r.review.agrees, differences: r.review.differences.length })),
        roundsDiffer: !same,
      });
    }
    const signed = validSignoffs(last.session, last.review.digest);
    if (!signed.complete) {
      throw conflict(pollRefusals.roundNeedsSignatures(last.session.round), { round: last.session.round, signed: signed.valid.map((s) => s.as) });
    }

    // Claim the close: a second press finds it taken.
    const claimed = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'open', paperCount: pending ?? null }, { paperCount: { state: 'closing', at: now.toISOString() } });
    if (!claimed) throw conflict(pollRefusals.countClosed);

    const { voids, papers } = await voidsOf(ctx, poll, last.review.readings);
    const late: typeof voids = [];
    let recorded = 0;
    for (const [holderId, list] of papers) {
      const serials = list.map((p) => p.serial).join(',');
      const holder = await frozenHolder(ctx, poll, holderId);
      if (!holder) throw new Error(`holder ${holderId} of the frozen roster has no document`);
      try {
        await writeBallot(
          ctx,
          caller,
          poll._id,
          async () => ({
            seat: { ballotId: ballotId(poll._id, holderId), key: holderId, holderId, units: holder.units, areaCenti: holder.areaCenti },
            choice: list[0].reading as ChoiceInput,
          }),
          { channel: 'paper', paper: { serial: serials } },
        );
        recorded++;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'conflict' && (error.details as { status?: string } | undefined)?.status === 'voted')) throw error;
        // Written by the interrupted close this one finishes.
        const existing = await ctx.store.get<BallotDoc>('ballots', ballotId(poll._id, holderId));
        if (existing?.channel === 'paper' && existing.paper?.serial === serials && existing.paper.recordedBy) {
          recorded++;
          continue;
        }
        // An online ballot that landed after the signatures: it was first, so the paper one yields.
        for (const p of list) late.push({ serial: p.serial, reason: pollServerText.votedOnlineAfterSigning(VOTED_ONLINE) });
      }
    }
    const spoilt = [...voids, ...late].sort((a, b) => (a.serial < b.serial ? -1 : 1));
    const certificate = await certificateOf(ctx, rounds, [before.session.round, last.session.round], spoilt);
    const paperCount = {
      state: 'closed',
      closedAt: now.toISOString(),
      closedBy: caller.name,
      counters: last.review.session.counters as string[],
      scrutineers: last.review.session.scrutineers,
      photoFileId: input.photoFileId,
      rounds: [before.session._id, last.session._id],
      issued: last.review.issued,
      returned: last.review.returned,
      notReturned: last.review.notReturned,
      valid: last.review.returned - spoilt.length,
      invalid: spoilt.length,
      ballotsRecorded: recorded,
      spoilt,
      certificate,
    };
    await ctx.store.update('polls', poll._id, { paperCount });
    await recordEvent(ctx, 'count.closed', poll._id, { ...paperCount, spoilt: spoilt.length, certificate: undefined });
    return { paperCount };
  },
});
