// compounds.compare: the community's compounds side by side (for the street: its communities'
// compounds), with the same figures for each and no personal data: reports and their times,
// the reopen rate, residents' rating, the latest quarter's scorecard, votes held and how many
// households took part, whether owners have a committee and when its term ends (flagged within
// 90 days, src/domain/committeeTerm.ts). An overview action: it alone reads across compounds, and only those
// of the caller's own community or street (read from the current compound they hold the role in).
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { AppError } from '../errors';
import { MAX_PAGE } from '../../store/port';
import { rootOf, scopeStore } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { has } from '../../../src/domain/permissions/who';
import { issueStats } from '../issues/issues.stats';
import type { Ctx } from '../context';
import type { PollDoc } from '../polls/model';
import type { InspectionDoc } from '../governance/model';
import { scoreQuarter } from '../../../src/domain/scorecard';
import { CHECKLIST_CODES, quarterLabel } from '../../../src/domain/governance';
import { chinaDate } from '../../../src/domain/chinaTime';
import { termState } from '../../../src/domain/committeeTerm';
import type { CompoundDoc, OrgDoc } from './model';
import { tenancyRefusals, tenancySummaries } from '../../../src/copy/tenancy';

/** At most this many compounds in one comparison (a community has a few, a street a few dozen). */
const MAX_COMPOUNDS = 60;

async function compoundsOf(ctx: Ctx, byStreet: boolean): Promise<{ scope: string; compounds: CompoundDoc[] }> {
  const root = rootOf(ctx.store);
  const here = ctx.compoundId ? await root.get<CompoundDoc>('compounds', ctx.compoundId) : null;
  if (!here) throw new AppError('not_found', tenancyRefusals.chooseCompound, 'compound');
  const community = await root.get<OrgDoc>('orgs', here.communityId);
  const communityIds = byStreet && community?.streetId ? (await root.find<OrgDoc>('orgs', { where: { streetId: community.streetId }, limit: MAX_PAGE })).map((c) => c._id) : [here.communityId];
  const street = byStreet && community?.streetId ? await root.get<OrgDoc>('orgs', community.streetId) : null;
  const compounds: CompoundDoc[] = [];
  for (const communityId of communityIds) compounds.push(...(await root.find<CompoundDoc>('compounds', { where: { communityId }, orderBy: [['name', 'asc']], limit: MAX_PAGE })));
  return { scope: street?.name ?? community?.name ?? here.name, compounds: compounds.slice(0, MAX_COMPOUNDS) };
}

async function votes(ctx: Ctx, from: string): Promise<{ held: number; participation: number | null }> {
  const closed = (await ctx.store.find<PollDoc>('polls', { where: { status: { $in: ['closed', 'published'] } }, orderBy: [['createdAt', 'desc']], limit: MAX_PAGE })).filter((p) => (p.closedAt ?? '') >= from);
  const rates = closed
    .filter((p) => p.result && p.roster && p.roster.holders > 0)
    .map((p) => {
      const c = p.result!.channels;
      return (c.online + c.paper + c.proxy) / p.roster!.holders;
    });
  return { held: closed.length, participation: rates.length ? Math.round((1000 * rates.reduce((a, b) => a + b, 0)) / rates.length) / 10 : null };
}

/** The latest submitted quarter's scorecard: one indexed read of one document (inspections: status, quarter). */
async function latestScorecard(ctx: Ctx): Promise<{ quarter: string; total: number | null; grade: string | null } | null> {
  const [doc] = await ctx.store.find<InspectionDoc>('inspections', { where: { status: 'submitted' }, orderBy: [['quarter', 'desc']], limit: 1 });
  if (!doc?.service) return null;
  // As the scorecard screen reads it (governance/inspectionView.ts): every checklist item scored, or no inspection score.
  const scored = CHECKLIST_CODES.map((code) => doc.items.find((i) => i.code === code)?.score ?? null);
  const scores = scored.every((n) => n !== null) ? (scored as number[]) : null;
  const card = scoreQuarter(scores, doc.service);
  return { quarter: quarterLabel(doc.quarter), total: card.total, grade: card.grade };
}

export const compareCompounds = defineAction({
  name: 'compounds.compare',
  summary: tenancySummaries['compounds.compare'],
  input: z.object({ days: z.number().int().min(1, tenancyRefusals.daysBelowOne).max(366, tenancyRefusals.daysOverYear).default(90) }).strict(),
  roles: allowed('compounds.compare'),
  scope: 'deployment',
  async run(ctx, input) {
    const caller = callerOf(ctx);
    // The street sees its communities' compounds; the community (and the admin) the community's.
    const byStreet = has(caller, 'street') && !has(caller, 'community');
    const { scope, compounds } = await compoundsOf(ctx, byStreet);
    const to = ctx.clock.now();
    const from = new Date(to.getTime() - input.days * 86_400_000);
    const today = chinaDate(to);
    const rows = [];
    for (const compound of compounds) {
      const view: Ctx = { ...ctx, store: scopeStore(ctx.store, compound._id), compoundId: compound._id };
      const [{ all }, vote, scorecard] = await Promise.all([issueStats(view, from, to), votes(view, from.toISOString()), latestScorecard(view)]);
      rows.push({
        id: compound._id,
        name: compound.name,
        hasCommittee: compound.hasCommittee,
        committeeTerm: termState(compound, today),
        hasCompany: compound.propertyCompanyId !== null,
        issues: all.count,
        medianAcceptHours: all.medianAcceptHours,
        medianFixHours: all.medianFixHours,
        reopenRate: all.reopenRate,
        averageRating: all.averageRating,
        votesHeld: vote.held,
        voteParticipation: vote.participation,
        scorecard,
      });
    }
    return { scope, from: from.toISOString(), to: to.toISOString(), rows };
  },
});
