// compounds.compare: the community's compounds side by side (for the street: its communities'
// compounds), with the same figures for each and no personal data: reports and their times,
// the reopen rate, residents' rating, votes held and how many households took part, whether
// owners have a committee. An overview action: it alone reads across compounds, and only those
// of the caller's own community or street (read from the current compound they hold the role in).
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { AppError } from '../errors';
import { MAX_PAGE } from '../../store/port';
import { rootOf, scopeStore } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { has } from '../../../src/domain/permissions/who';
import { issueStats } from '../issues/stats';
import type { Ctx } from '../context';
import type { PollDoc } from '../polls/model';
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
    const rows = [];
    for (const compound of compounds) {
      const view: Ctx = { ...ctx, store: scopeStore(ctx.store, compound._id), compoundId: compound._id };
      const [{ all }, vote] = await Promise.all([issueStats(view, from, to), votes(view, from.toISOString())]);
      rows.push({
        id: compound._id,
        name: compound.name,
        hasCommittee: compound.hasCommittee,
        hasCompany: compound.propertyCompanyId !== null,
        issues: all.count,
        medianAcceptHours: all.medianAcceptHours,
        medianFixHours: all.medianFixHours,
        reopenRate: all.reopenRate,
        averageRating: all.averageRating,
        votesHeld: vote.held,
        voteParticipation: vote.participation,
      });
    }
    return { scope, from: from.toISOString(), to: to.toISOString(), rows };
  },
});
