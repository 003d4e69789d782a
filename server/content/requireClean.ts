// Checks each resident-visible text before it is stored; the first one refused stops the action
// with a 400 naming its field and the kind WeChat flagged (details.label, details.kind). The call
// is held for the committee or the community to read (details.held, server/content/held.ts), and
// the writer is told so: nothing they typed is lost to a false refusal.
import type { Caller, Ctx } from '../app/context';
import { AppError } from '../app/errors';
import { heldMessage } from '../../src/domain/contentReview';
import { CONTENT_LABELS } from './labels';
import { holdRefused } from './held';

export async function requireClean(ctx: Ctx, author: Caller, texts: Array<[field: string, text: string | null | undefined]>, scene?: 1 | 2): Promise<void> {
  // Side by side: in the cloud each check is a call to WeChat, and the function has a time budget.
  const written = texts.filter((t): t is [string, string] => !!t[1] && !!t[1].trim());
  const verdicts = await Promise.all(written.map(([, text]) => ctx.contentCheck.check(text, author, scene)));
  for (const [i, [field, text]] of written.entries()) {
    const verdict = verdicts[i];
    if (!verdict.ok) {
      const label = verdict.label;
      const kind = label !== undefined ? CONTENT_LABELS[label] ?? '其他' : '其他';
      const held = await holdRefused(ctx, author, { field, text, label, kind });
      const details = { ...(label !== undefined ? { label, kind } : {}), ...(held ? { held } : {}) };
      throw new AppError('invalid', held ? heldMessage(verdict.reason) : verdict.reason, field, Object.keys(details).length ? details : undefined);
    }
  }
}
