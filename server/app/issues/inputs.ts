// Input pieces shared by the issue actions.
import { z } from 'zod';
import { CATEGORY_CODES, PHOTOS_MAX } from '../../../src/domain/issues';
import { id } from '../../../src/domain/fields';

export const category = z.enum(CATEGORY_CODES as [string, ...string[]], { error: '请选择问题类别' });

/**
 * A place's code: a known one (`main_road`, `stair`) or a name the compound gave it (`东门岗亭`).
 * Which codes a compound has is its setting: the use-case checks (issues/places.ts).
 */
export const placeCode = (message: string) => z.string({ error: message }).trim().min(1, message).max(40, message).regex(/^[^:/]+$/, message);

export const place = z.union(
  [
    z.object({ unitId: id('房屋') }).strict(),
    z.object({ common: placeCode('请选择地点') }).strict(),
    z.object({ buildingId: id('楼栋'), part: placeCode('请选择楼栋里的地点') }).strict(),
  ],
  { error: '请选择地点:一套房屋、一处公共区域或楼栋的楼道、楼顶、地下室' },
);

export const photos = z
  .array(z.string().min(1).max(300), { error: '照片格式不对' })
  .max(PHOTOS_MAX, `最多 ${PHOTOS_MAX} 张照片`)
  .optional();
