// Input pieces shared by the issue actions.
import { z } from 'zod';
import { CATEGORY_CODES, COMMON_PLACE_CODES, PHOTOS_MAX } from '../../../src/domain/issues';
import { id } from '../../../src/domain/fields';
import { BUILDING_PART_CODES } from '../../../src/domain/places';
import { issueFields, issueRefusals } from '../../../src/copy/issues';

export const category = z.enum(CATEGORY_CODES as [string, ...string[]], { error: issueRefusals.categoryMissing });

export const place = z.union(
  [
    z.object({ unitId: id(issueFields.unit) }).strict(),
    z.object({ common: z.enum(COMMON_PLACE_CODES as [string, ...string[]], { error: issueRefusals.placeMissing }) }).strict(),
    z.object({ buildingId: id(issueFields.building), part: z.enum(BUILDING_PART_CODES as [string, ...string[]], { error: issueRefusals.buildingPartMissing }) }).strict(),
  ],
  { error: issueRefusals.placeUnknown },
);

export const photos = z
  .array(z.string().min(1).max(300), { error: issueRefusals.photosMalformed })
  .max(PHOTOS_MAX, issueRefusals.tooManyPhotos(PHOTOS_MAX))
  .optional();
