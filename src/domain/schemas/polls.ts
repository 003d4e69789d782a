// The inputs of the 表决 forms, parsed by the server's actions and checked by the same forms
// before anything is sent: casting a ballot, drafting a poll, recording a written authorisation
// (委托书), moving an open poll's closing time and entering a paper ballot of the count. What needs
// the store or the clock (a closing time in the past, a name given twice, a serial beyond the
// roster) stays with the server's use-case.
import { z } from 'zod';
import { id, optionalText, text } from '../fields';
import { pollFields, pollRefusals } from '../../copy/polls';

/** An id the form picks from a list: `missing` when nothing was picked, else the id's own checks. */
const picked = (label: string, missing: string) => z.string({ error: missing }).min(1, missing).pipe(id(label));

const voteChoice = z.enum(['yes', 'no', 'abstain'], { error: pollRefusals.voteMissing });
const candidateChoices = z.array(id(pollFields.candidate), { error: pollRefusals.candidatesMalformed }).max(40, pollRefusals.tooManyCandidatesChosen);

/** polls.cast: which answer (by the poll's kind: a vote, candidates or one option), for whose unit. */
export const castBallotInput = z
  .object({
    pollId: id(pollFields.poll),
    unitId: id(pollFields.unit).optional(),
    choice: voteChoice.optional(),
    choices: candidateChoices.optional(),
    option: id(pollFields.option).optional(),
    change: z.boolean({ error: pollRefusals.changeNotBoolean }).optional(),
  })
  .strict();

/** An instant with its offset (the form sends the local time it read, as ISO). */
const closingTime = z.iso.datetime({ error: (issue) => (issue.input === undefined ? pollRefusals.closingMissing : pollRefusals.closingMalformed), offset: true });

const common = {
  title: text(pollFields.title, { max: 60 }),
  description: optionalText(pollFields.description, 2000),
  allowChange: z.boolean({ error: pollRefusals.allowChangeNotBoolean }).optional(),
  closesAt: closingTime.optional(),
};

const consultation = z
  .object({
    kind: z.literal('consultation'),
    ...common,
    options: z.array(text(pollFields.option, { max: 40 }), { error: pollRefusals.optionsMissing }).min(2, pollRefusals.needTwoOptions).max(10, pollRefusals.tooManyOptions),
    per: z.enum(['unit', 'resident'], { error: pollRefusals.countingMissing }),
  })
  .strict();

const decision = z
  .object({
    kind: z.literal('decision'),
    ...common,
    item: z.number({ error: pollRefusals.itemMissing }).int(pollRefusals.itemOutOfRange).min(1, pollRefusals.itemOutOfRange).max(9, pollRefusals.itemOutOfRange),
  })
  .strict();

const election = z
  .object({
    kind: z.literal('election'),
    ...common,
    seats: z
      .number({ error: pollRefusals.seatsMissing })
      .int(pollRefusals.seatsNotInteger)
      .min(5, pollRefusals.seatsOutOfRange)
      .max(11, pollRefusals.seatsOutOfRange)
      .refine((n) => n % 2 === 1, pollRefusals.seatsNotOdd),
    candidates: z
      .array(z.object({ name: text(pollFields.candidateName, { max: 20 }), statement: text(pollFields.candidateStatement, { max: 300 }) }).strict(), { error: pollRefusals.candidatesMissing })
      .min(1, pollRefusals.needOneCandidate)
      .max(40, pollRefusals.tooManyCandidates),
  })
  .strict();

/**
 * polls.create: a consultation (2–10 options, one answer per unit or per resident), an art. 278
 * decision (item 1–9) or a committee election (5–11 seats, an odd number; candidates with a short
 * statement). A closing time in the past and names given twice are the use-case's to refuse.
 */
export const createPollInput = z.discriminatedUnion('kind', [consultation, decision, election], { error: pollRefusals.kindMissing });

/** polls.proxy.record: which flat, who votes for it, and the photo of the signed paper. */
export const recordProxyInput = z
  .object({
    pollId: id(pollFields.poll),
    unitId: picked(pollFields.unit, pollRefusals.proxyUnitMissing),
    proxyUserId: picked(pollFields.proxy, pollRefusals.proxyMissing),
    photoFileId: z.string({ error: pollRefusals.proxyPhotoMissing }).min(1, pollRefusals.proxyPhotoMissing).max(300, pollRefusals.proxyPhotoMalformed),
  })
  .strict();

/** polls.moveClosingTime: the new closing time (not in the past: the use-case's clock) and why. */
export const moveClosingTimeInput = z
  .object({
    pollId: id(pollFields.poll),
    closesAt: closingTime,
    reason: z.string({ error: pollRefusals.closingReasonMissing }).trim().min(2, pollRefusals.closingReasonMissing).pipe(text(pollFields.closingReason, { min: 2, max: 100 })),
  })
  .strict();

/**
 * polls.count.enter: one paper ballot as a counter read it: its serial, then the choice, or that
 * it is spoilt (废票) and why. Whether the serial is one of the roster's is the use-case's.
 */
export const enterCountInput = z
  .object({
    sessionId: id(pollFields.countSession),
    serial: z.string({ error: pollRefusals.serialMissing }).trim().min(1, pollRefusals.serialMissing).max(20, pollRefusals.serialMalformed),
    choice: voteChoice.optional(),
    choices: candidateChoices.optional(),
    invalid: z.string({ error: pollRefusals.voidReasonMissing }).trim().min(1, pollRefusals.voidReasonMissing).pipe(text(pollFields.voidReason, { max: 100 })).optional(),
  })
  .strict();

/**
 * polls.count.start: how many ballots came back in the box, and the owners the committee names as
 * scrutineers (监票). More returned than issued, or a named person who is not an owner, is the use-case's.
 */
export const startCountInput = z
  .object({
    pollId: id(pollFields.poll),
    returned: z.number({ error: pollRefusals.returnedMissing }).int(pollRefusals.returnedNotInteger).min(0, pollRefusals.returnedNegative),
    scrutineers: z.array(id(pollFields.scrutineer), { error: pollRefusals.scrutineersMalformed }).max(10, pollRefusals.tooManyScrutineers).optional(),
  })
  .strict();

/** polls.count.join: a place in a count round, as counter 1 or 2 (a slot is needed) or as a scrutineer (none). */
export const joinCountInput = z
  .object({
    sessionId: id(pollFields.countSession),
    as: z.enum(['counter', 'scrutineer'], { error: pollRefusals.countRoleMissing }),
    slot: z.union([z.literal(1), z.literal(2)], { error: pollRefusals.slotOutOfRange }).optional(),
  })
  .strict()
  .refine((v) => v.as !== 'counter' || !!v.slot, { path: ['slot'], message: pollRefusals.counterSlotMissing })
  .refine((v) => v.as !== 'scrutineer' || !v.slot, { path: ['slot'], message: pollRefusals.scrutineerNoSlot });

/** What every count round's session id of a poll starts with (the poll's audit reads them by it). */
export const countSessionPrefix = (pollId: string) => `countSession:${pollId}:`;

/**
 * A paper count round's session, as polls.count.join and the later count actions name it: one per
 * poll and round (deterministic, so the phone that typed the round and the server agree on it).
 */
export const countSessionId = (pollId: string, round: number) => `${countSessionPrefix(pollId)}${round}`;
