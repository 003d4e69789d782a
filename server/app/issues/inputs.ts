// Input pieces shared by the issue actions.
import { z } from 'zod';
import { CATEGORY_CODES, PHOTOS_MAX } from '../../../src/domain/issues';
import { id } from '../../../src/domain/fields';
import { issueFields, issueRefusals } from '../../../src/copy/issues';

export const category = z.enum(CATEGORY_CODES as [string, ...string[]], { error: issueRefusals.categoryMissing });

/**
 * A place's code: a known one (`main_road`, `stair`) or a name the compound gave it (`东门岗亭`).
 * Which codes a compound has is its setting: the use-case checks (issues/places.ts).
 */
export const placeCode = (message: string) => z.string({ error: message }).trim().min(1, message).max(40, message).regex(/^[^:/]+$/, message);

export const place = z.union(
  [
    z.object({ unitId: id(issueFields.unit) }).strict(),
    z.object({ common: placeCode(issueRefusals.placeMissing) }).strict(),
    z.object({ buildingId: id(issueFields.building), part: placeCode(issueRefusals.buildingPartMissing) }).strict(),
  ],
  { error: issueRefusals.placeUnknown },
);

export const photos = z
  .array(z.string().min(1).max(300), { error: issueRefusals.photosMalformed })
  .max(PHOTOS_MAX, issueRefusals.tooManyPhotos(PHOTOS_MAX))
  .optional();
