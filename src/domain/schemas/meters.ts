// The inputs of 抄水表 (meters.read) and 更正读数 (meters.correct), parsed by the server and
// checked by the meter round's forms before a reading is sent or waits on the phone.
import { z } from 'zod';
import { id, text } from '../fields';
import { parseReading } from '../meters';

const period = z.string({ error: '请选择抄表月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '抄表月份格式应为 2026-03');

function reading(needed: string) {
  return z
    .string({ error: needed })
    .trim()
    .min(1, needed)
    .max(20, '读数太长')
    .refine((v) => parseReading(v) !== null, '读数应是数字，最多两位小数，例如 1234.56');
}

export const readMeterInput = z
  .object({
    meterId: id('水表'),
    period,
    value: reading('请填写读数'),
    replaced: z.boolean({ error: '请说明是否换表' }).optional(),
  })
  .strict();

/** A correction names the right value and why. */
export const correctReadingInput = readMeterInput.extend({ value: reading('请填写正确的读数'), reason: text('更正原因', { max: 60 }) }).strict();
