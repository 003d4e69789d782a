// What a shared input schema (src/domain/schemas) refuses: each refused field's first message, by
// its path ("candidates.0.name"), as the forms show them under the field and the server names it.
import type { z } from 'zod';

export function refusals(schema: z.ZodType, input: unknown): Record<string, string> {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}
