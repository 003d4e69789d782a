// The compounds an organisation covers: those a property company serves, those of a community,
// those of a street's communities. One indexed query per organisation (compounds: propertyCompanyId
// or communityId, then name), bounded: a company or a community has a few dozen at most.
import { MAX_PAGE, type Store } from '../../../store/port';
import type { CompoundDoc, OrgDoc } from '../model';

/** At most this many compounds per organisation in one overview or one role grant. */
export const MAX_ORG_COMPOUNDS = 60;

export async function compoundsOfOrg(root: Store, org: Pick<OrgDoc, '_id' | 'kind'>): Promise<CompoundDoc[]> {
  const page = { orderBy: [['name', 'asc']] as Array<[string, 'asc']>, limit: MAX_ORG_COMPOUNDS };
  if (org.kind === 'company') return root.find<CompoundDoc>('compounds', { where: { propertyCompanyId: org._id }, ...page });
  if (org.kind === 'community') return root.find<CompoundDoc>('compounds', { where: { communityId: org._id }, ...page });
  const communities = await root.find<OrgDoc>('orgs', { where: { streetId: org._id }, limit: MAX_PAGE });
  const out: CompoundDoc[] = [];
  for (const c of communities) out.push(...(await root.find<CompoundDoc>('compounds', { where: { communityId: c._id }, ...page })));
  return out.slice(0, MAX_ORG_COMPOUNDS);
}
