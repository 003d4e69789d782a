// What a shared input schema (src/domain/schemas) says about an input, as the forms show it: each
// refused field's first message, by its path ("items.0.note"); {} when the input is taken.
import type { z } from 'zod';

export function refusals(schema: z.ZodType, input: unknown): Record<string, string> {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}
