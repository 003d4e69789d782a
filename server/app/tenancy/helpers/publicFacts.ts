// What anyone may learn about a compound before joining it: its name, where it is (city, district,
// street, community) and how many flats it has. Never people. Read by the search (searchCompounds)
// and the welcome screen (aboutCompound).
import type { Store } from '../../../store/port';
import type { CompoundDoc, OrgDoc } from '../model';

export interface CompoundFacts {
  id: string;
  name: string;
  city: string;
  district: string;
  street: string;
  community: string;
  flats: number;
}

/** The public facts of these compounds, in the order given: one read per organisation, one count per compound. */
export async function publicFactsOf(root: Store, compounds: readonly CompoundDoc[]): Promise<CompoundFacts[]> {
  const orgs = new Map<string, Promise<OrgDoc | null>>();
  const org = (id: string | undefined) => {
    if (!id) return Promise.resolve(null);
    if (!orgs.has(id)) orgs.set(id, root.get<OrgDoc>('orgs', id));
    return orgs.get(id)!;
  };
  return Promise.all(
    compounds.map(async (c) => {
      const community = await org(c.communityId);
      const [street, flats] = await Promise.all([org(community?.streetId), root.count('units', { compoundId: c._id })]);
      return { id: c._id, name: c.name, city: c.city, district: c.district, street: street?.name ?? '', community: community?.name ?? '', flats };
    }),
  );
}
