// The inputs of the 表决 forms, parsed by the server's actions and checked by the same forms
// before anything is sent.
import { z } from 'zod';
import { id } from '../fields';
import { pollFields, pollRefusals } from '../../copy/polls';

/** polls.cast: which answer (by the poll's kind: a vote, candidates or one option), for whose unit. */
export const castBallotInput = z
  .object({
    pollId: id(pollFields.poll),
    unitId: id(pollFields.unit).optional(),
    choice: z.enum(['yes', 'no', 'abstain'], { error: pollRefusals.voteMissing }).optional(),
    choices: z.array(id(pollFields.candidate), { error: pollRefusals.candidatesMalformed }).max(40, pollRefusals.tooManyCandidatesChosen).optional(),
    option: id(pollFields.option).optional(),
    change: z.boolean({ error: pollRefusals.changeNotBoolean }).optional(),
  })
  .strict();
