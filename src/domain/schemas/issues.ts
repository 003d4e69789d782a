// The inputs of the 报事 forms (report, comment, rate), parsed by the server's actions and checked
// by the same forms before anything is sent; the place and photo pieces serve other areas too.
import { z } from 'zod';
import { CATEGORY_CODES, DESCRIPTION_MAX, PHOTOS_MAX } from '../issues';
import { id, optionalText, text } from '../fields';

export const category = z.enum(CATEGORY_CODES as [string, ...string[]], { error: '请选择问题类别' });

/**
 * A place's code: a known one (`main_road`, `stair`) or a name the compound gave it (`东门岗亭`).
 * Which codes a compound has is its setting: the server's use-case checks (issues/places.ts).
 */
export const placeCode = (message: string) => z.string({ error: message }).trim().min(1, message).max(40, message).regex(/^[^:/]+$/, message);

export const place = z.union(
  [
    z.object({ unitId: id('房屋') }).strict(),
    z.object({ common: placeCode('请选择地点') }).strict(),
    z.object({ buildingId: id('楼栋'), part: placeCode('请选择楼栋里的地点') }).strict(),
  ],
  { error: (issue) => (issue.input === undefined ? '请选择地点' : '请选择地点:一套房屋、一处公共区域或楼栋的楼道、楼顶、地下室') },
);

export const photos = z
  .array(z.string().min(1).max(300), { error: '照片格式不对' })
  .max(PHOTOS_MAX, `最多 ${PHOTOS_MAX} 张照片`)
  .optional();

export const reportIssueInput = z
  .object({
    category,
    place,
    description: text('问题描述', { max: DESCRIPTION_MAX }),
    photos,
    visibility: z.enum(['public', 'private'], { error: '请选择公开或仅物业可见' }).default('public'),
    onBehalf: z.object({ name: text('居民姓名', { max: 20 }), unitId: id('居民的房屋').optional() }).strict().optional(),
    /** Neighbours see the reporter's full name instead of "19栋 王**". */
    showName: z.boolean({ error: '显示全名应是是或否' }).optional(),
  })
  .strict();

export const commentIssueInput = z.object({ issueId: id('报事'), text: text('评论', { max: 300 }) }).strict();

export const rateIssueInput = z
  .object({
    issueId: id('报事'),
    stars: z.number({ error: '请选择 1 到 5 颗星' }).int('请选择 1 到 5 颗星').min(1, '请选择 1 到 5 颗星').max(5, '请选择 1 到 5 颗星'),
    comment: optionalText('评价', 200),
  })
  .strict();
