// The inputs of 抄水表 (meters.read) and 更正读数 (meters.correct), parsed by the server and
// checked by the meter round's forms before a reading is sent or waits on the phone.
import { z } from 'zod';
import { id, text } from '../fields';
import { parseReading } from '../meters';
import { meterFields, meterRefusals } from '../../copy/meters';

const period = z.string({ error: meterRefusals.periodMissing }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, meterRefusals.periodMalformed);

function reading(needed: string) {
  return z
    .string({ error: needed })
    .trim()
    .min(1, needed)
    .max(20, meterRefusals.valueTooLong)
    .refine((v) => parseReading(v) !== null, meterRefusals.valueMalformed);
}

export const readMeterInput = z
  .object({
    meterId: id(meterFields.meter),
    period,
    value: reading(meterRefusals.valueMissing),
    replaced: z.boolean({ error: meterRefusals.replacedNotBoolean }).optional(),
  })
  .strict();

/** A correction names the right value and why. */
export const correctReadingInput = readMeterInput.extend({ value: reading(meterRefusals.correctValueMissing), reason: text(meterFields.correctionReason, { max: 60 }) }).strict();
