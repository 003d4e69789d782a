// The importer's part that decides heads (rosterHeads.ts) and says, before anything is written,
// what the tallies will use: flats, heads by the law, total area, the organisations' flats counted
// as one head, and every "same person / different people" question with its rows (phones masked).
// An import (not a dry run) with an unanswered question is refused with the questions, field
// `decisions`. Kept apart from importRoster.ts so the write path can change without touching it.
import { z } from 'zod';
import { formatArea } from '../../../../src/domain/area';
import { maskPhone } from '../../../../src/domain/phone';
import type { RosterRow } from '../../../../src/domain/roster';
import { planHeads, type HeadDecision } from '../../../../src/domain/rosterHeads';
import { AppError } from '../../errors';
import { peopleRefusals } from '../../../../src/copy/people';
import { commonServerText } from '../../../../src/copy/common';

export const decisionsInput = z
  .record(z.string().max(60, peopleRefusals.nameTooLong), z.enum(['same', 'different'], { error: peopleRefusals.samePersonMissing }), { error: peopleRefusals.sameNameMalformed })
  .optional();

export function planImport(rows: readonly RosterRow[], decisions: Record<string, HeadDecision> | undefined, labelOf: (row: RosterRow) => string) {
  const plan = planHeads(rows, decisions ?? {});
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const questions = plan.questions.map((q) => ({
    key: q.key,
    name: q.name,
    apart: q.apart,
    decided: decisions?.[q.key] ?? null,
    rows: q.rows.map((r) => ({ line: r.line, label: labelOf(byLine.get(r.line)!), phones: r.phones.map(maskPhone) })),
  }));
  const areaCenti = rows.reduce((sum, r) => sum + r.areaCenti, 0);
  const organisations = new Set(plan.organisationRows.map((line) => plan.keys[rows.findIndex((r) => r.line === line)]));
  const tally = {
    flats: rows.length,
    heads: plan.heads,
    area: formatArea(areaCenti),
    organisations: { heads: organisations.size, flats: plan.organisationRows.length },
    undecided: plan.undecided.length,
  };
  return { keys: plan.keys, questions, tally };
}

export function assertDecided(planned: ReturnType<typeof planImport>): void {
  const open = planned.questions.filter((q) => !q.decided);
  if (open.length === 0) return;
  throw new AppError('invalid', peopleRefusals.sameNamesToConfirm(open.length, open.map((q) => q.name).join(commonServerText.listSeparator)), 'decisions', { questions: planned.questions });
}
