// issues.stats: per category over a window: how many, median hours to accept and to fix, the
// reopen rate, the average rating, and how many closed without a fix. The quality director's
// scorecard and the manager's SLA view read these.
import { z } from 'zod';
import { defineAction } from '../action';
import { CATEGORIES, median, type Category } from '../../../src/domain/issues';
import type { Ctx } from '../context';
import type { IssueDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { issueRefusals, issueServerText, issueSummaries } from '../../../src/copy/issues';

const HOUR = 3_600_000;
/** A window holds at most this many issues in the statistics (a compound files far fewer). */
const SCAN_LIMIT = 20_000;

export interface CategoryStats {
  category: Category | 'all';
  label: string;
  count: number;
  medianAcceptHours: number | null;
  medianFixHours: number | null;
  reopenRate: number | null;
  averageRating: number | null;
  ratings: number;
  closedNotFixed: number;
}

function summarize(category: Category | 'all', issues: IssueDoc[]): CategoryStats {
  const hours = (from: string, to?: string) => (to ? (Date.parse(to) - Date.parse(from)) / HOUR : null);
  const accept = issues.map((i) => hours(i.createdAt, i.acceptedAt)).filter((h): h is number => h !== null);
  const fix = issues.map((i) => hours(i.createdAt, i.doneAt)).filter((h): h is number => h !== null);
  const fixedOnce = issues.filter((i) => i.doneAt);
  const rated = issues.filter((i) => i.rating);
  const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    category,
    label: category === 'all' ? issueServerText.allCategories : CATEGORIES[category],
    count: issues.length,
    medianAcceptHours: round1(median(accept)),
    medianFixHours: round1(median(fix)),
    reopenRate: fixedOnce.length ? round1((100 * fixedOnce.filter((i) => i.reopenCount > 0).length) / fixedOnce.length) : null,
    averageRating: rated.length ? Math.round((100 * rated.reduce((s, i) => s + i.rating!.stars, 0)) / rated.length) / 100 : null,
    ratings: rated.length,
    closedNotFixed: issues.filter((i) => i.closedAs === 'not_fixed').length,
  };
}

export async function issueStats(ctx: Ctx, from: Date, to: Date): Promise<{ all: CategoryStats; categories: CategoryStats[]; truncated: boolean }> {
  const issues: IssueDoc[] = [];
  const where = { createdAt: { $gte: from.toISOString(), $lt: to.toISOString() } };
  for (let skip = 0; skip < SCAN_LIMIT; skip += 100) {
    const page = await ctx.store.find<IssueDoc>('issues', { where, orderBy: [['createdAt', 'asc']], limit: 100, skip });
    issues.push(...page.filter((i) => i.source !== 'meter'));
    if (page.length < 100) break;
  }
  const byCategory = new Map<Category, IssueDoc[]>();
  for (const issue of issues) byCategory.set(issue.category, [...(byCategory.get(issue.category) ?? []), issue]);
  return {
    all: summarize('all', issues),
    categories: [...byCategory].map(([c, list]) => summarize(c, list)).sort((a, b) => b.count - a.count),
    truncated: issues.length >= SCAN_LIMIT,
  };
}

export const stats = defineAction({
  name: 'issues.stats',
  summary: issueSummaries['issues.stats'],
  input: z.object({ days: z.number().int().min(1, issueRefusals.daysBelowOne).max(366, issueRefusals.daysOverYear).default(90) }).strict(),
  roles: allowed('issues.stats'),
  async run(ctx, input) {
    const to = ctx.clock.now();
    const from = new Date(to.getTime() - input.days * 86_400_000);
    return { from: from.toISOString(), to: to.toISOString(), ...(await issueStats(ctx, from, to)) };
  },
});
