// Moving an open poll's closing time (polls.moveClosingTime). Every instance keeps a copy of an open
// poll's rules for at most RULES_KEPT_MS (server/app/polls/helpers/quickCast.ts), so a move is allowed only
// while both the old and the new closing time are further away than MOVE_NOTICE_MS: by the time
// either matters, every copy has been read again.
export const RULES_KEPT_MS = 60_000;
export const MOVE_NOTICE_MS = 5 * 60_000;

export type MoveRefusal = { field: 'closesAt' | 'poll'; message: string };

/** Why a closing time cannot move from `current` to `next` at `now`, or null when it can. */
export function closingMoveRefusal(current: string | null, next: string, now: Date): MoveRefusal | null {
  const at = Date.parse(next);
  if (Number.isNaN(at)) return { field: 'closesAt', message: '截止时间格式不对' };
  if (current && Date.parse(current) - now.getTime() <= MOVE_NOTICE_MS) return { field: 'poll', message: '离截止不到 5 分钟,不能再改截止时间' };
  if (at - now.getTime() <= MOVE_NOTICE_MS) return { field: 'closesAt', message: '新的截止时间应晚于现在 5 分钟以上' };
  if (current && at === Date.parse(current)) return { field: 'closesAt', message: '新的截止时间和原来的一样' };
  return null;
}
