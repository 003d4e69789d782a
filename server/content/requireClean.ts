// Checks each resident-visible text before it is stored; the first one refused stops the action
// with a 400 naming its field and the kind WeChat flagged (details.label, details.kind).
import type { Ctx } from '../app/context';
import { AppError } from '../app/errors';
import { CONTENT_LABELS } from './labels';

export async function requireClean(ctx: Ctx, author: { openid: string }, texts: Array<[field: string, text: string | null | undefined]>, scene?: 1 | 2): Promise<void> {
  // Side by side: in the cloud each check is a call to WeChat, and the function has a time budget.
  const written = texts.filter((t): t is [string, string] => !!t[1] && !!t[1].trim());
  const verdicts = await Promise.all(written.map(([, text]) => ctx.contentCheck.check(text, author, scene)));
  for (const [i, [field]] of written.entries()) {
    const verdict = verdicts[i];
    if (!verdict.ok) {
      const label = verdict.label;
      throw new AppError('invalid', verdict.reason, field, label !== undefined ? { label, kind: CONTENT_LABELS[label] ?? '其他' } : undefined);
    }
  }
}
