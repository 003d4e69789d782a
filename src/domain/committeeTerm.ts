// Where a compound's owners' committee (业委会) stands in its term, for the community's and the
// street's overviews: a committee serves a fixed term (at most five years under
// 《业主大会和业主委员会指导规则》) and the community helps organise the election before it ends, so a
// term ending within 90 days is flagged, one that has ended more so, and a compound without a
// committee says so.

/** How far ahead a term's end is flagged. */
export const TERM_WARNING_DAYS = 90;

export type TermMark = 'none' | 'unknown' | 'ok' | 'soon' | 'ended';

export interface TermState {
  mark: TermMark;
  /** The day the term ends (YYYY-MM-DD, China time as entered), or null. */
  endsOn: string | null;
  /** Whole days from today to the end: negative once ended; null without an end. */
  daysLeft: number | null;
}

const DAY = 86_400_000;

/** The end of the term as a day: `endsOn` is the last day of the term (YYYY-MM-DD). */
export function termState(compound: { hasCommittee: boolean; committeeTermEndsOn?: string | null }, today: string): TermState {
  if (!compound.hasCommittee) return { mark: 'none', endsOn: null, daysLeft: null };
  const endsOn = compound.committeeTermEndsOn ?? null;
  if (!endsOn || !/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) return { mark: 'unknown', endsOn: null, daysLeft: null };
  const daysLeft = Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
  // The last day of the term is still in it: ended means the day after.
  const mark: TermMark = daysLeft < 0 ? 'ended' : daysLeft <= TERM_WARNING_DAYS ? 'soon' : 'ok';
  return { mark, endsOn, daysLeft };
}

/** The line a resident reads on the overview card. */
export function termText(t: TermState): string {
  switch (t.mark) {
    case 'none':
      return '未成立业委会';
    case 'unknown':
      return '任期未登记';
    case 'ended':
      return `${t.endsOn} 已到期,需尽快换届`;
    case 'soon':
      return `${t.endsOn} 到期(还有 ${t.daysLeft} 天),请准备换届`;
    default:
      return `${t.endsOn} 到期`;
  }
}
