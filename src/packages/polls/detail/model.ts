// What the poll page's cards share: the answer's types, my part in the poll, and what I picked.
import { type Output } from '../../../services/api';
import { VOTE_WORDS, detailText as t } from '../../../copy/polls';

export const h5 = process.env.TARO_ENV === 'h5';

export type Detail = Output<'polls.get'>;
export type Poll = Detail['poll'];
export type Vote = keyof typeof VOTE_WORDS;

/** polls.get's `me`, as the server builds it. */
export interface MyPart {
  canVote: boolean;
  reason?: string;
  units?: string[];
  proxy?: boolean;
  /** Set when the caller may vote for more than one owner: which units to choose from. */
  seats?: Array<{ unitId: string; units: string[]; proxy: boolean }>;
  ballot?: { channel: string; castAt: string; changes: number; canChange: boolean; choice?: Vote; choices?: string[]; option?: string } | null;
  /** The paper-count round the committee named me a scrutineer of (监票人). */
  scrutineerRound?: number;
}

/** What I picked: one of the three words, some candidates, or one option. */
export type Pick = { kind: 'decision'; choice: Vote | null } | { kind: 'election'; choices: string[] } | { kind: 'consultation'; option: string | null };

/** 改票 starts from the ballot as it stands: the owner adjusts it rather than re-enters it. */
export function pickFrom(poll: Poll, b: { choice?: Vote; choices?: string[]; option?: string }): Pick {
  if (poll.kind === 'election') return { kind: 'election', choices: b.choices ?? [] };
  if (poll.kind === 'consultation') return { kind: 'consultation', option: b.option ?? null };
  return { kind: 'decision', choice: b.choice ?? null };
}

export function emptyPick(poll: Poll): Pick {
  if (poll.kind === 'election') return { kind: 'election', choices: [] };
  if (poll.kind === 'consultation') return { kind: 'consultation', option: null };
  return { kind: 'decision', choice: null };
}

export function pickWords(poll: Poll, p: { choice?: Vote | null; choices?: string[]; option?: string | null }): string {
  if (poll.kind === 'election') {
    const names = (p.choices ?? []).map((id) => poll.candidates?.find((c) => c.id === id)?.name ?? id);
    return names.length ? names.join('、') : t.confirmBlank;
  }
  if (poll.kind === 'consultation') return poll.options?.find((o) => o.id === p.option)?.label ?? '';
  return p.choice ? VOTE_WORDS[p.choice] : '';
}

/** Ceil(total × 2 / 3), exactly. */
export function twoThirdsOf(total: string): bigint {
  const n = BigInt(total);
  return (n * BigInt(2) + BigInt(2)) / BigInt(3);
}

export function centiText(c: bigint): string {
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
