// compounds.search: a newcomer finds their compound by city, district and the start of its name,
// a page at a time. Open to every signed-in user in any compound (or none yet); answers only the
// compounds' public facts (publicFacts.ts), never people. Refuses a district without its city
// (400, field `city`), and text that is too long or holds control characters (400, that field).
import { defineAction } from '../action';
import { searchCompoundsInput } from '../../../src/domain/schemas/tenancy';
import { rootOf } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { publicFactsOf } from './helpers/publicFacts';
import type { Where } from '../../store/port';
import type { CompoundDoc } from './model';
import { tenancySummaries } from '../../../src/copy/tenancy';

export const SEARCH_PAGE_SIZE = 20;

export const searchCompounds = defineAction({
  name: 'compounds.search',
  summary: tenancySummaries['compounds.search'],
  input: searchCompoundsInput,
  roles: allowed('compounds.search'),
  scope: 'deployment',
  // Searching reads no one: a newcomer's first search must not make them a visitor of some compound.
  defersCaller: true,
  async run(ctx, input) {
    const city = input.city || undefined;
    const district = input.district || undefined;
    const name = input.name || undefined;
    const where: Where = {};
    if (city) where.city = city;
    if (district) where.district = district;
    // The start of the name, as a range on the index's last field ('\uffff' sorts after every character).
    if (name) where.name = { $gte: name, $lt: `${name}\uffff` };
    const root = rootOf(ctx.store);
    const found = await root.find<CompoundDoc>('compounds', { where, orderBy: [['name', 'asc']], skip: (input.page - 1) * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE + 1 });
    const items = await publicFactsOf(root, found.slice(0, SEARCH_PAGE_SIZE));
    return { items, page: input.page, hasMore: found.length > SEARCH_PAGE_SIZE };
  },
});
