// Receipt codes: every online ballot gets one, a paper ballot is known by its register serial(s).
// The voter keeps theirs (我的 → 核对我的选票) and finds it, with the choice it counted for, in the
// public record published with the results (publicRecord.ts). The code is random, not derived from
// who voted or how: the record lists codes and choices and nothing that leads back to a person,
// and nobody can compute someone else's code from their name, phone or flat.
import { randomInt } from 'node:crypto';
import type { BallotDoc } from '../model';

// No 0/O, 1/I/L: read aloud or copied by an elderly voter without confusion.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10; // 31^10 ≈ 8·10^14: not guessable, and unique in practice for a compound's ballots

/** `R-XXXXX-XXXXX`. */
export function newReceipt(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `R-${code.slice(0, 5)}-${code.slice(5)}`;
}

/** How the public record names a ballot: its receipt, or its paper serials ("P0012,P0013"). */
export function refOf(b: BallotDoc): string | null {
  return b.receipt ?? b.paper?.serial ?? null;
}
