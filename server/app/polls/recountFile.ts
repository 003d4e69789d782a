// The recount file: what a closed poll exports so that anyone can redo the official count offline
// (`npm run recount -- FILE`). Reading refuses anything doubtful with every problem named by its
// place in the file, and never guesses: an area is a string of at most two decimals ("89.50"), so
// no float ever touches a vote's weight. Pure (no Node APIs): the app builds these files and the
// tool reads them with the same code.
import { formatArea } from '../../../src/domain/area';
import { isLaw278Item, type ElectionBallot, type Law278Item, type RosterSnapshot, type UnitBallot } from '../../../src/domain/law278';
import { countDecision, countElection, validateBallots, validateElectionBallots, type BallotError, type Count } from './count';

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
    if (!isObject(h) || !isText(h.head) || !Array.isArray(h.areas) || h.areas.length === 0) return void problem(`heads[${i}]`, 'bad_head', '业主应为 {"head","areas"} 对象,areas 为非空的面积列表');
    if (flats.has(h.head)) return void problem(`heads[${i}].head`, 'duplicate_head', `业主编号 ${quote(h.head)} 重复`);
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
  if (!Array.isArray(file.ballots)) problem('ballots', 'bad_ballots', 'ballots 应为选票列表(可以为空)');
  else {
    const seen = new Map<string, number>();
    file.ballots.forEach((b, i) => {
      if (!isObject(b) || !isText(b.head)) return void problem(`ballots[${i}]`, 'bad_ballot', `选票应为带 "head"(业主编号)的对象,实为 ${quote(b)}`);
      const ids = flats.get(b.head);
      if (!ids) return void problem(`ballots[${i}].head`, 'unknown_head', `选票的业主编号 ${quote(b.head)} 不在 heads 中`);
      const first = seen.get(b.head);
      if (first !== undefined) return void problem(`ballots[${i}].head`, 'duplicate_head_ballot', `业主 ${quote(b.head)} 有第二张选票(与 ballots[${first}] 相同),一位业主只计一票`);
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
  if (!isObject(file)) return { ok: false, problems: [{ path: '', code: 'not_object', message: '文件内容应是一个 JSON 对象' }] };

  const kind = file.kind;
  if (kind !== 'decision' && kind !== 'election') problem('kind', 'bad_kind', `kind 应为 "decision" 或 "election",实为 ${quote(kind)}`);
  if (kind === 'decision' && !isLaw278Item(file.item)) problem('item', 'bad_item', `item 应为民法典第二百七十八条的第1至9项之一,实为 ${quote(file.item)}`);
  let candidates: string[] = [];
  if (kind === 'election') {
    const seats = file.seats;
    if (typeof seats !== 'number' || !Number.isInteger(seats) || seats < 5 || seats > 11 || seats % 2 === 0) {
      problem('seats', 'bad_seats', `seats 应为5至11之间的单数,实为 ${quote(seats)}`);
    }
    if (!Array.isArray(file.candidates) || file.candidates.length === 0) problem('candidates', 'bad_candidates', 'candidates 应为非空的候选人列表');
    else {
      const seen = new Set<string>();
      file.candidates.forEach((c, i) => {
        if (!isText(c)) problem(`candidates[${i}]`, 'bad_candidate', `候选人应为1至${MAX_TEXT}个字符的文字,实为 ${quote(c)}`);
        else if (seen.has(c)) problem(`candidates[${i}]`, 'duplicate_candidate', `候选人 ${quote(c)} 重复`);
        else seen.add(c);
      });
      candidates = [...seen];
    }
  }

  const units: Array<{ id: string; areaCenti: number; holderKey: string }> = [];
  if (!Array.isArray(file.units) || file.units.length === 0) problem('units', 'no_units', 'units 应为非空的房屋列表(名册快照)');
  else {
    const firstAt = new Map<string, number>();
    file.units.forEach((u, i) => {
      const at = `units[${i}]`;
      if (!isObject(u)) return void problem(at, 'bad_unit', '房屋应为 {"id","area","holder"} 对象');
      const before = problems.length;
      if (!isText(u.id)) problem(`${at}.id`, 'bad_unit', `房屋编号应为1至${MAX_TEXT}个字符的文字,实为 ${quote(u.id)}`);
      const areaCenti = parseAreaText(u.area);
      if (areaCenti === null) problem(`${at}.area`, 'bad_area', `面积应为大于0、最多两位小数的文字,如 "89.50",实为 ${quote(u.area)}`);
      if (!isText(u.holder)) problem(`${at}.holder`, 'bad_holder', `业主编号应为1至${MAX_TEXT}个字符的文字,实为 ${quote(u.holder)}`);
      if (isText(u.id)) {
        const first = firstAt.get(u.id);
        if (first !== undefined) problem(`${at}.id`, 'duplicate_roster_unit', `房屋 ${quote(u.id)} 在名册中重复(与 units[${first}] 相同)`);
        else firstAt.set(u.id, i);
      }
      if (problems.length === before) units.push({ id: u.id as string, areaCenti: areaCenti!, holderKey: u.holder as string });
    });
  }

  const decisionBallots: UnitBallot[] = [];
  const electionBallots: ElectionBallot[] = [];
  if (!Array.isArray(file.ballots)) problem('ballots', 'bad_ballots', 'ballots 应为选票列表(可以为空)');
  else {
    file.ballots.forEach((b, i) => {
      const at = `ballots[${i}]`;
      if (!isObject(b) || !isText(b.unit)) return void problem(at, 'bad_ballot', `选票应为带 "unit"(房屋编号)的对象,实为 ${quote(b)}`);
      if (kind === 'decision') {
        if (typeof b.choice !== 'string') return void problem(`${at}.choice`, 'invalid_vote', `表决意见应为 "yes"、"no" 或 "abstain",实为 ${quote(b.choice)}`);
        decisionBallots.push({ unitId: b.unit, vote: b.choice as UnitBallot['vote'] });
      } else if (kind === 'election') {
        if (!Array.isArray(b.choices) || !b.choices.every((c) => typeof c === 'string')) {
          return void problem(`${at}.choices`, 'bad_choices', `choices 应为候选人列表(可以为空),实为 ${quote(b.choices)}`);
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
