// The on-site check-in code: six random digits made once per activity and kept on it (never
// derived from anything public), shown only to its organisers; wrong guesses are counted on the
// guesser's own sign-up, so six digits cannot be walked through.
import { randomInt } from 'node:crypto';
import type { Ctx } from '../../context';
import { AppError, invalid } from '../../errors';
import type { ActivityDoc, SignupDoc } from '../model';
import { volunteerRefusals } from '../../../../src/copy/volunteers';

export const CHECK_IN_TRIES = 5;
export const CHECK_IN_WINDOW_MINUTES = 10;

/** The activity's code, made and stored on first use; a race between two organisers keeps one. */
export async function activityCode(ctx: Ctx, activity: ActivityDoc): Promise<string> {
  if (typeof activity.checkInCode === 'string') return activity.checkInCode;
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get<ActivityDoc>('activities', activity._id);
    if (typeof current?.checkInCode === 'string') return current.checkInCode;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await tx.update('activities', activity._id, { checkInCode: code });
    return code;
  });
}

interface Tries {
  count: number;
  since: string;
}

/**
 * Checks `code` for the volunteer whose sign-up this is: 429 with the wait after
 * CHECK_IN_TRIES wrong codes within CHECK_IN_WINDOW_MINUTES; a wrong code is counted first.
 */
export async function checkCode(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc, code: string): Promise<void> {
  const now = ctx.clock.now().getTime();
  const windowMs = CHECK_IN_WINDOW_MINUTES * 60_000;
  const fresh = (t: Tries | undefined) => (t && now - Date.parse(t.since) < windowMs ? t : undefined);
  const blocked = (t: Tries | undefined) => {
    const open = fresh(t);
    if (!open || open.count < CHECK_IN_TRIES) return;
    const minutes = Math.max(1, Math.ceil((Date.parse(open.since) + windowMs - now) / 60_000));
    throw new AppError('too_many', volunteerRefusals.tooManyCodeTries(minutes), 'code', { retryAfterMinutes: minutes });
  };
  blocked(signup.codeTries as Tries | undefined);
  if (code === (await activityCode(ctx, activity))) return;
  // Counted in a transaction on the sign-up: two wrong guesses at once both count.
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get<SignupDoc>('signups', signup._id);
    const open = fresh(current?.codeTries as Tries | undefined);
    await tx.update('signups', signup._id, { codeTries: open ? { count: open.count + 1, since: open.since } : { count: 1, since: new Date(now).toISOString() } });
  });
  throw invalid('code', volunteerRefusals.checkInCodeWrong);
}
