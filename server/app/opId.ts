// An operation id: the client's random name for one tap of a multi-step action it may send again
// (a timeout after the write, the offline queue resending; src/services/offlineQueue.ts makes
// them). The use-case keeps it on what the first attempt wrote, so a retry carrying the same id
// answers as the first did instead of "already done".
import { z } from 'zod';
import { commonRefusals } from '../../src/copy/common';

export const opIdField = z.string({ error: commonRefusals.opIdMalformed }).regex(/^[A-Za-z0-9_-]{8,64}$/, commonRefusals.opIdMalformed).optional();

/** Whether `input` repeats the operation recorded as `recorded`. */
export const sameOp = (recorded: unknown, input: string | undefined): boolean => !!input && recorded === input;
