// The quarterly scorecard (季度考评): the quality director's on-site inspection and the service
// figures measured from residents' reports, combined by one published formula. Pure: the same
// function scores on the server and explains itself on the screen (SCORECARD_RULES).
import { DEFAULT_SLA, type Sla } from './sla';

/** Service figures for one quarter, as issues.stats measures them (null: nothing to measure). */
export interface ServiceFigures {
  medianAcceptHours: number | null;
  medianFixHours: number | null;
  /** Percent of fixed issues that were reopened, 0–100. */
  reopenRate: number | null;
  /** Residents' average stars, 1–5. */
  averageRating: number | null;
}

/**
 * Where each figure scores full marks and where it scores nothing; linear in between. The times
 * follow the compound's SLA (小区设置): accepting within its time is full marks, three times it
 * nothing; fixing within its first-action time full marks, 14 days (or three times a longer
 * first-action time) nothing.
 */
export function serviceBounds(sla: Sla = DEFAULT_SLA) {
  return {
    accept: { full: sla.acceptHours, zero: sla.acceptHours * 3 },
    fix: { full: sla.firstActionHours, zero: Math.max(14 * 24, sla.firstActionHours * 3) },
    reopen: { full: 0, zero: 30 },
    rating: { full: 5, zero: 1 },
  } as const;
}

export const SERVICE_BOUNDS = serviceBounds(DEFAULT_SLA);

export const INSPECTION_WEIGHT = 0.6;
export const SERVICE_WEIGHT = 0.4;

export const GRADES = [
  { min: 90, label: '优秀' },
  { min: 80, label: '良好' },
  { min: 60, label: '合格' },
  { min: 0, label: '不合格' },
] as const;

/** The formula in words, as residents read it next to the scores, with the compound's SLA. */
export function scorecardRules(sla: Sla = DEFAULT_SLA): readonly string[] {
  const b = serviceBounds(sla);
  return [
    `总分 = 现场检查得分 × ${INSPECTION_WEIGHT * 100}% + 服务数据得分 × ${SERVICE_WEIGHT * 100}%（满分 100）。`,
    '现场检查得分:保洁、绿化、安保、维修、设施、消防六项,每项 0–10 分,平均后乘以 10。',
    `服务数据得分:以下四项各 100 分,取平均;某项本季度没有数据就不计入:`,
    `· 受理用时中位数:${b.accept.full} 小时内得满分,${b.accept.zero} 小时及以上得 0 分,中间按比例;`,
    `· 修好用时中位数:${b.fix.full} 小时内得满分,${b.fix.zero / 24} 天及以上得 0 分,中间按比例;`,
    `· 返修率:0% 得满分,${b.reopen.zero}% 及以上得 0 分,中间按比例;`,
    '· 居民平均评分:5 星得满分,1 星得 0 分,中间按比例。',
    '本季度没有任何服务数据时,总分只看现场检查得分。',
    '90 分以上优秀,80 分以上良好,60 分以上合格,60 分以下不合格。',
  ];
}

export const SCORECARD_RULES: readonly string[] = scorecardRules(DEFAULT_SLA);

const round1 = (n: number) => Math.round(n * 10) / 10;

/** 100 at or better than `full`, 0 at or worse than `zero`, linear between (either direction). */
export function linearScore(value: number, full: number, zero: number): number {
  const t = (value - full) / (zero - full);
  return round1(100 * (1 - Math.min(1, Math.max(0, t))));
}

export interface Scorecard {
  inspection: number | null;
  parts: { accept: number | null; fix: number | null; reopen: number | null; rating: number | null };
  service: number | null;
  total: number | null;
  grade: string | null;
}

export function gradeOf(total: number): string {
  return GRADES.find((g) => total >= g.min)!.label;
}

/**
 * Scores a quarter. `items` are the checklist scores 0–10 (all of them, or the inspection
 * counts as not done: null). Missing service figures drop out of the service average.
 */
export function scoreQuarter(items: readonly number[] | null, figures: ServiceFigures, sla: Sla = DEFAULT_SLA): Scorecard {
  const inspection = items && items.length ? round1((10 * items.reduce((s, n) => s + n, 0)) / items.length) : null;
  const b = serviceBounds(sla);
  const parts = {
    accept: figures.medianAcceptHours === null ? null : linearScore(figures.medianAcceptHours, b.accept.full, b.accept.zero),
    fix: figures.medianFixHours === null ? null : linearScore(figures.medianFixHours, b.fix.full, b.fix.zero),
    reopen: figures.reopenRate === null ? null : linearScore(figures.reopenRate, b.reopen.full, b.reopen.zero),
    rating: figures.averageRating === null ? null : linearScore(figures.averageRating, b.rating.full, b.rating.zero),
  };
  const present = Object.values(parts).filter((p): p is number => p !== null);
  const service = present.length ? round1(present.reduce((s, n) => s + n, 0) / present.length) : null;
  let total: number | null;
  if (inspection === null) total = null;
  else if (service === null) total = inspection;
  else total = round1(inspection * INSPECTION_WEIGHT + service * SERVICE_WEIGHT);
  return { inspection, parts, service, total, grade: total === null ? null : gradeOf(total) };
}
