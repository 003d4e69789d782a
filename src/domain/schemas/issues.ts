// The inputs of the 报事 forms (report, comment, rate), parsed by the server's actions and checked
// by the same forms before anything is sent; the place and photo pieces serve other areas too.
import { z } from 'zod';
import { CATEGORY_CODES, DESCRIPTION_MAX, PHOTOS_MAX } from '../issues';
import { id, optionalText, text } from '../fields';
import { issueFields, issueRefusals } from '../../copy/issues';

export const category = z.enum(CATEGORY_CODES as [string, ...string[]], { error: issueRefusals.categoryMissing });

/**
 * A place's code: a known one (`main_road`, `stair`) or a name the compound gave it (`东门岗亭`).
 * Which codes a compound has is its setting: the server's use-case checks (issues/places.ts).
 */
export const placeCode = (message: string) => z.string({ error: message }).trim().min(1, message).max(40, message).regex(/^[^:/]+$/, message);

export const place = z.union(
  [
    z.object({ unitId: id(issueFields.unit) }).strict(),
    z.object({ common: placeCode(issueRefusals.placeMissing) }).strict(),
    z.object({ buildingId: id(issueFields.building), part: placeCode(issueRefusals.buildingPartMissing) }).strict(),
  ],
  { error: (issue) => (issue.input === undefined ? issueRefusals.placeMissing : issueRefusals.placeUnknown) },
);

export const photos = z
  .array(z.string().min(1).max(300), { error: issueRefusals.photosMalformed })
  .max(PHOTOS_MAX, issueRefusals.tooManyPhotos(PHOTOS_MAX))
  .optional();

export const reportIssueInput = z
  .object({
    category,
    place,
    description: text(issueFields.description, { max: DESCRIPTION_MAX }),
    photos,
    visibility: z.enum(['public', 'private'], { error: issueRefusals.visibilityMissing }).default('public'),
    onBehalf: z.object({ name: text(issueFields.residentName, { max: 20 }), unitId: id(issueFields.residentUnit).optional() }).strict().optional(),
    /** Neighbours see the reporter's full name instead of "19栋 王**". */
    showName: z.boolean({ error: issueRefusals.showFullNameNotBoolean }).optional(),
  })
  .strict();

export const commentIssueInput = z.object({ issueId: id(issueFields.issue), text: text(issueFields.comment, { max: 300 }) }).strict();

export const rateIssueInput = z
  .object({
    issueId: id(issueFields.issue),
    stars: z.number({ error: issueRefusals.starsOutOfRange }).int(issueRefusals.starsOutOfRange).min(1, issueRefusals.starsOutOfRange).max(5, issueRefusals.starsOutOfRange),
    comment: optionalText(issueFields.rating, 200),
  })
  .strict();
