// The recount file: what a closed poll exports so that anyone can redo the official count offline
// (`npm run recount -- FILE`). Reading refuses anything doubtful with every problem named by its
// place in the file, and never guesses: an area is a string of at most two decimals ("89.50"), so
// no float ever touches a vote's weight. Pure (no Node APIs): the app builds these files and the
// tool reads them with the same code.
import { formatArea } from '../../../../src/domain/area';
import { isLaw278Item, type ElectionBallot, type Law278Item, type RosterSnapshot, type UnitBallot } from '../../../../src/domain/law278';
import { countDecision, countElection, validateBallots, validateElectionBallots, type BallotError, type Count } from './count';
import { pollRefusals } from '../../../../src/copy/polls';

export interface RecountUnit {
  id: string;
  /** m² with at most two decimals, as a string: "89.50". */
  area: string;
  /** Same value for all units of one holder; the developer's unsold units share one. */
  holder: string;
}

export type RecountFile =
  | { kind: 'decision'; item: Law278Item; units: RecountUnit[]; ballots: Array<{ unit: string; choice: string }>; [extra: string]: unknown }
  | { kind: 'election'; seats: number; candidates: string[]; units: RecountUnit[]; ballots: Array<{ unit: string; choices: string[] }>; [extra: string]: unknown };

export interface RecountProblem {
  /** Where in the file: `units[3].area`, `ballots[12]`, or '' for the file as a whole. */
  path: string;
  code: string;
  message: string;
}

export type RecountOutcome = { ok: true; count: Count } | { ok: false; problems: RecountProblem[] };

const AREA = /^(\d{1,13})(?:\.(\d{1,2}))?$/;
const MAX_TEXT = 200;

/** "89.5" → 8950; null unless a positive amount with at most two decimals. */
export function parseAreaText(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = AREA.exec(text);
  if (!m) return null;
  const centi = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return centi > 0 ? centi : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT;
const quote = (v: unknown) => JSON.stringify(v) ?? String(v);

/**
 * Reads a parsed recount file, the committee's export (units and unit ballots) or the public record
 * published with the results (heads and their ballots: publicRecord.ts), and counts it, or lists
 * every problem that stops the count.
 */
export function recount(file: unknown): RecountOutcome {
  if (isObject(file) && Array.isArray(file.heads)) return recountPublic(file);
  return recountUnitFile(file);
}

/**
 * The public record as the unit file it stands for: each head's flats become units of that holder
 * (`<head>#1`, …), each ballot one unit ballot per flat of its head. Problems are named by their
 * place in the public file.
 */
function recountPublic(file: Record<string, unknown>): RecountOutcome {
  const problems: RecountProblem[] = [];
  const problem = (path: string, code: string, message: string) => problems.push({ path, code, message });
  const units: Array<{ id: string; area: unknown; holder: string }> = [];
  const unitPath: string[] = [];
  const flats = new Map<string, string[]>();
  (file.heads as unknown[]).forEach((h, i) => {
    if (!isObject(h) || !isText(h.head) || !Array.isArray(h.areas) || h.areas.length === 0) return void problem(`heads[${i}]`, 'bad_head', pollRefusals.recountBadHead);
    if (flats.has(h.head)) return void problem(`heads[${i}].head`, 'duplicate_head', pollRefusals.recountDuplicateHead(quote(h.head)));
    const ids = h.areas.map((area, j) => {
      const id = `${h.head as string}#${j + 1}`;
      units.push({ id, area, holder: h.head as string });
      unitPath.push(`heads[${i}].areas[${j}]`);
      return id;
    });
    flats.set(h.head, ids);
  });
  const ballots: Array<Record<string, unknown>> = [];
  const ballotPath: string[] = [];
  if (!Array.isArray(file.ballots)) problem('ballots', 'bad_ballots', pollRefusals.recountBadBallots);
  else {
    const seen = new Map<string, number>();
    file.ballots.forEach((b, i) => {
      if (!isObject(b) || !isText(b.head)) return void problem(`ballots[${i}]`, 'bad_ballot', pollRefusals.recountBallotNeedsHead(quote(b)));
      const ids = flats.get(b.head);
      if (!ids) return void problem(`ballots[${i}].head`, 'unknown_head', pollRefusals.recountUnknownHead(quote(b.head)));
      const first = seen.get(b.head);
      if (first !== undefined) return void problem(`ballots[${i}].head`, 'duplicate_head_ballot', pollRefusals.recountSecondBallot(quote(b.head), first));
      seen.set(b.head, i);
      for (const unit of ids) {
        ballots.push({ unit, ...(b.choice !== undefined ? { choice: b.choice } : {}), ...(b.choices !== undefined ? { choices: b.choices } : {}) });
        ballotPath.push(`ballots[${i}]`);
      }
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const outcome = recountUnitFile({ ...file, units, ballots });
  if (outcome.ok) return outcome;
  const place = (path: string) => path.replace(/^units\[(\d+)\](?:\.\w+)?/, (_, k) => unitPath[Number(k)]).replace(/^ballots\[(\d+)\]/, (_, k) => ballotPath[Number(k)]);
  return { ok: false, problems: outcome.problems.map((p) => ({ ...p, path: place(p.path) })) };
}

function recountUnitFile(file: unknown): RecountOutcome {
  const problems: RecountProblem[] = [];
  const problem = (path: string, code: string, message: string) => problems.push({ path, code, message });
  if (!isObject(file)) return { ok: false, problems: [{ path: '', code: 'not_object', message: pollRefusals.recountNotObject }] };

  const kind = file.kind;
  if (kind !== 'decision' && kind !== 'election') problem('kind', 'bad_kind', pollRefusals.recountBadKind(quote(kind)));
  if (kind === 'decision' && !isLaw278Item(file.item)) problem('item', 'bad_item', pollRefusals.recountBadItem(quote(file.item)));
  let candidates: string[] = [];
  if (kind === 'election') {
    const seats = file.seats;
    if (typeof seats !== 'number' || !Number.isInteger(seats) || seats < 5 || seats > 11 || seats % 2 === 0) {
      problem('seats', 'bad_seats', pollRefusals.recountBadSeats(quote(seats)));
    }
    if (!Array.isArray(file.candidates) || file.candidates.length === 0) problem('candidates', 'bad_candidates', pollRefusals.recountBadCandidates);
    else {
      const seen = new Set<string>();
      file.candidates.forEach((c, i) => {
        if (!isText(c)) problem(`candidates[${i}]`, 'bad_candidate', pollRefusals.recountBadCandidate(MAX_TEXT, quote(c)));
        else if (seen.has(c)) problem(`candidates[${i}]`, 'duplicate_candidate', pollRefusals.recountDuplicateCandidate(quote(c)));
        else seen.add(c);
      });
      candidates = [...seen];
    }
  }

  const units: Array<{ id: string; areaCenti: number; holderKey: string }> = [];
  if (!Array.isArray(file.units) || file.units.length === 0) problem('units', 'no_units', pollRefusals.recountNoUnits);
  else {
    const firstAt = new Map<string, number>();
    file.units.forEach((u, i) => {
      const at = `units[${i}]`;
      if (!isObject(u)) return void problem(at, 'bad_unit', pollRefusals.recountBadUnit);
      const before = problems.length;
      if (!isText(u.id)) problem(`${at}.id`, 'bad_unit', pollRefusals.recountBadUnitId(MAX_TEXT, quote(u.id)));
      const areaCenti = parseAreaText(u.area);
      if (areaCenti === null) problem(`${at}.area`, 'bad_area', pollRefusals.recountBadArea(quote(u.area)));
      if (!isText(u.holder)) problem(`${at}.holder`, 'bad_holder', pollRefusals.recountBadHolder(MAX_TEXT, quote(u.holder)));
      if (isText(u.id)) {
        const first = firstAt.get(u.id);
        if (first !== undefined) problem(`${at}.id`, 'duplicate_roster_unit', pollRefusals.recountDuplicateUnit(quote(u.id), first));
        else firstAt.set(u.id, i);
      }
      if (problems.length === before) units.push({ id: u.id as string, areaCenti: areaCenti!, holderKey: u.holder as string });
    });
  }

  const decisionBallots: UnitBallot[] = [];
  const electionBallots: ElectionBallot[] = [];
  if (!Array.isArray(file.ballots)) problem('ballots', 'bad_ballots', pollRefusals.recountBadBallots);
  else {
    file.ballots.forEach((b, i) => {
      const at = `ballots[${i}]`;
      if (!isObject(b) || !isText(b.unit)) return void problem(at, 'bad_ballot', pollRefusals.recountBallotNeedsUnit(quote(b)));
      if (kind === 'decision') {
        if (typeof b.choice !== 'string') return void problem(`${at}.choice`, 'invalid_vote', pollRefusals.recountBadVote(quote(b.choice)));
        decisionBallots.push({ unitId: b.unit, vote: b.choice as UnitBallot['vote'] });
      } else if (kind === 'election') {
        if (!Array.isArray(b.choices) || !b.choices.every((c) => typeof c === 'string')) {
          return void problem(`${at}.choices`, 'bad_choices', pollRefusals.recountBadChoices(quote(b.choices)));
        }
        electionBallots.push({ unitId: b.unit, choices: b.choices as string[] });
      }
    });
  }
  // The ballots' own checks need a sound roster and header; report those first.
  if (problems.length > 0) return { ok: false, problems };

  const snapshot: RosterSnapshot = { units };
  const ballotProblems = (errors: readonly BallotError[]) => errors.map((e) => ({ path: `ballots[${e.index}]`, code: e.code, message: e.message }));
  if (kind === 'decision') {
    const errors = validateBallots(snapshot, decisionBallots);
    if (errors.length) return { ok: false, problems: ballotProblems(errors) };
    return { ok: true, count: countDecision(snapshot, file.item as Law278Item, decisionBallots) };
  }
  const seats = file.seats as number;
  const errors = validateElectionBallots(snapshot, { seats, candidates }, electionBallots);
  if (errors.length) return { ok: false, problems: ballotProblems(errors) };
  return { ok: true, count: countElection(snapshot, seats, candidates, electionBallots) };
}

/** The units of a snapshot as the file writes them. */
export function recountUnits(snapshot: RosterSnapshot): RecountUnit[] {
  return snapshot.units.map((u) => ({ id: u.id, area: formatArea(u.areaCenti), holder: u.holderKey }));
}
