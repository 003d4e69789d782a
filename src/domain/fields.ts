// Input building blocks with messages a resident understands; shared by the action table
// (server-side validation) and forms (client-side hints), so both say the same thing.
import { z } from 'zod';

z.config(z.locales.zhCN());

/**
 * Control characters (NUL, ESC, …; line breaks and tabs excepted) and the bidi marks, embeddings,
 * overrides and isolates that make stored text read differently from what it is (U+202E shows
 * "gpj.exe" as "exe.jpg"): never part of what a resident means to write.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export function hasInvisible(value: string): boolean {
  return INVISIBLE.test(value);
}

const invisibleMessage = (label: string) => `${label}里有看不见的控制字符,请删掉后再提交`;

export function text(label: string, opts: { min?: number; max: number }) {
  const min = opts.min ?? 1;
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min === 1 ? `请填写${label}` : `${label}至少要${min}个字`)
    .max(opts.max, `${label}不能超过${opts.max}个字`)
    .refine((v) => !hasInvisible(v), invisibleMessage(label));
}

export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}格式不对` })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .refine((v) => !hasInvisible(v), invisibleMessage(label))
    .optional();
}

export function id(label: string) {
  return z
    .string({ error: `缺少${label}` })
    .min(1, `缺少${label}`)
    .max(120, `${label}格式不对`)
    // Ids may hold Chinese building names (u:19栋--302); no spaces, control or bidi characters.
    .regex(/^[^\s\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/u, `${label}格式不对`);
}

export const phoneLast4 = z.string({ error: '请填写手机号后四位' }).regex(/^\d{4}$/, '手机号后四位应是 4 个数字');

export const skip = z.number({ error: '分页位置应是数字' }).int('分页位置应是整数').min(0, '分页位置不能为负').max(100000, '分页位置太大').optional();
