// The inputs of the 表决 forms, parsed by the server's actions and checked by the same forms
// before anything is sent.
import { z } from 'zod';
import { id } from '../fields';

/** polls.cast: which answer (by the poll's kind: a vote, candidates or one option), for whose unit. */
export const castBallotInput = z
  .object({
    pollId: id('表决'),
    unitId: id('房屋').optional(),
    choice: z.enum(['yes', 'no', 'abstain'], { error: '请选择同意、反对或弃权' }).optional(),
    choices: z.array(id('候选人'), { error: '候选人格式不对' }).max(40, '候选人太多').optional(),
    option: id('选项').optional(),
    change: z.boolean({ error: '是否改票应为是或否' }).optional(),
  })
  .strict();
