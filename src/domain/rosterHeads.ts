// Who is one owner (one head) across the rows of a roster, by the SPC interpretation on building
// ownership art. 9: one buyer of several flats is one head, and the developer's unsold flats are
// one head together. A roster only gives names and phones, so:
// - An organisation (the developer, a company) is one head by its name, whatever phones its rows
//   carry or lack.
// - A person's rows are one head when they share a phone (a chain of shared phones counts).
// - Same name with a different or missing phone, or same name and no phones at all, could be one
//   person or several: that is a question for the committee ("same person / different people"),
//   asked before the import, and never decided here by accident. An import with an unanswered
//   question is refused.
// Pure: the importer (server/app/people/helpers/rosterPlan.ts) and its tests call it.
import { holderKeyOf, nameKeyOf, type RosterRow } from './roster';

export type HeadDecision = 'same' | 'different';

export interface HeadQuestion {
  /** The name as compared (no spaces, lower case): the key of the committee's answer. */
  key: string;
  name: string;
  /** Each row of that name: its line, its flat, its phones (masked by the caller before showing). */
  rows: Array<{ line: number; phones: string[] }>;
  /** How many people the rows are if the committee says "different people". */
  apart: number;
}

export interface HeadsPlan {
  /** The holder key each row gets, in row order. */
  keys: string[];
  /** Rows of organisations (the developer's unsold flats among them), by line. */
  organisationRows: number[];
  questions: HeadQuestion[];
  /** Questions without an answer yet. */
  undecided: HeadQuestion[];
  /** Heads the tallies will use (undecided questions counted as different people). */
  heads: number;
}

const ORGANISATION = /(开发商|有限公司|有限责任公司|股份公司|集团|置业|房地产|地产|公司)$|开发商/;

/** The developer (its unsold flats are one head together), as rosters name it. */
export const isDeveloper = (name: string) => /开发商|置业|房地产|地产|开发/.test(nameKeyOf(name));

/** A company or the developer: one legal person, one head, whatever phones. */
export const isOrganisation = (name: string) => ORGANISATION.test(nameKeyOf(name));

/** Groups of rows joined by a shared phone (rows without a phone stand alone). */
function phoneGroups(rows: readonly RosterRow[]): RosterRow[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byPhone = new Map<string, number>();
  rows.forEach((r, i) => {
    for (const p of r.phones) {
      const j = byPhone.get(p);
      if (j === undefined) byPhone.set(p, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, RosterRow[]>();
  rows.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

/** The key of one person's rows: the name and the smallest phone they gave (or none). */
function personKey(rows: readonly RosterRow[], apart?: string): string {
  const phones = rows.flatMap((r) => r.phones).sort();
  return holderKeyOf(rows[0].holderName, phones[0] ?? null, phones.length ? undefined : apart);
}

export function planHeads(rows: readonly RosterRow[], decisions: Readonly<Record<string, HeadDecision>> = {}): HeadsPlan {
  const keyOfLine = new Map<number, string>();
  const organisationRows: number[] = [];
  const questions: HeadQuestion[] = [];
  const undecided: HeadQuestion[] = [];
  const byName = new Map<string, RosterRow[]>();
  for (const r of rows) byName.set(nameKeyOf(r.holderName), [...(byName.get(nameKeyOf(r.holderName)) ?? []), r]);

  for (const [name, named] of byName) {
    if (isOrganisation(name)) {
      for (const r of named) {
        keyOfLine.set(r.line, holderKeyOf(r.holderName, null));
        organisationRows.push(r.line);
      }
      continue;
    }
    const groups = phoneGroups(named);
    if (groups.length === 1) {
      const key = personKey(named);
      for (const r of named) keyOfLine.set(r.line, key);
      continue;
    }
    const question: HeadQuestion = { key: name, name: named[0].holderName, rows: named.map((r) => ({ line: r.line, phones: r.phones })), apart: groups.length };
    questions.push(question);
    const answer = decisions[name];
    if (!answer) undecided.push(question);
    if (answer === 'same') {
      const key = personKey(named);
      for (const r of named) keyOfLine.set(r.line, key);
    } else {
      for (const g of groups) {
        const key = personKey(g, `第${g[0].line}行`);
        for (const r of g) keyOfLine.set(r.line, key);
      }
    }
  }
  const keys = rows.map((r) => keyOfLine.get(r.line)!);
  return { keys, organisationRows, questions, undecided, heads: new Set(keys).size };
}
