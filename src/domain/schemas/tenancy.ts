// The input of 找小区 (compounds.search), parsed by the action and checked by the page before
// anything is sent: city, district and the start of a name, a page at a time.
import { z } from 'zod';
import { optionalText } from '../fields';
import { tenancyFields, tenancyRefusals } from '../../copy/tenancy';

/** Past this many pages the newcomer should narrow the search rather than page on (skip grows costly). */
export const SEARCH_MAX_PAGES = 50;

/** compounds.search. A district needs its city: the index is (city, district, name), a district alone would scan every compound. */
export const searchCompoundsInput = z
  .object({
    city: optionalText(tenancyFields.city, 20),
    district: optionalText(tenancyFields.searchDistrict, 20),
    name: optionalText(tenancyFields.compoundName, 30),
    page: z.number({ error: tenancyRefusals.pageNotNumber }).int(tenancyRefusals.pageNotWhole).min(1, tenancyRefusals.pageFromOne).max(SEARCH_MAX_PAGES, tenancyRefusals.pageTooFar(SEARCH_MAX_PAGES)).default(1),
  })
  .strict()
  .refine((v) => !v.district || !!v.city, { path: ['city'], message: tenancyRefusals.cityBeforeDistrict });
