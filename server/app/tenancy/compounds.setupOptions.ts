// compounds.setupOptions: what the 开通小区 form chooses from: the communities the caller may open a
// compound in (every one for the admin, its own for a community), the property companies, and the
// defaults a new compound starts with (teams, SLA).
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { MAX_PAGE } from '../../store/port';
import { rootOf } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { communitiesFor } from '../../../src/domain/permissions/tenancy';
import { DEFAULT_STARTER_TEAMS } from '../../../src/domain/compoundSettings';
import { DEFAULT_SLA } from '../../../src/domain/sla';
import type { AccountDoc, OrgDoc } from './model';
import { MAX_LAID_OUT_FLATS } from './compounds.create';
import { tenancySummaries } from '../../../src/copy/tenancy';

export const setupOptions = defineAction({
  name: 'compounds.setupOptions',
  summary: tenancySummaries['compounds.setupOptions'],
  input: z.object({}).strict(),
  roles: allowed('compounds.setupOptions'),
  scope: 'deployment',
  async run(ctx) {
    const caller = callerOf(ctx);
    const root = rootOf(ctx.store);
    const [account, communities, companies, streets] = await Promise.all([
      root.get<AccountDoc>('accounts', caller.userId),
      root.find<OrgDoc>('orgs', { where: { kind: 'community' }, orderBy: [['name', 'asc']], limit: MAX_PAGE }),
      root.find<OrgDoc>('orgs', { where: { kind: 'company' }, orderBy: [['name', 'asc']], limit: MAX_PAGE }),
      root.find<OrgDoc>('orgs', { where: { kind: 'street' }, orderBy: [['name', 'asc']], limit: MAX_PAGE }),
    ]);
    const streetName = new Map(streets.map((s) => [s._id, s.name]));
    return {
      communities: communitiesFor(caller, account?.orgRoles ?? [], communities, !!account?.admin).map((c) => ({ id: c._id, name: c.name, streetName: (c.streetId && streetName.get(c.streetId)) || '' })),
      companies: companies.map((c) => ({ id: c._id, name: c.name })),
      defaults: { teams: DEFAULT_STARTER_TEAMS.map((t) => t.name), sla: DEFAULT_SLA, maxFlats: MAX_LAID_OUT_FLATS },
    };
  },
});
