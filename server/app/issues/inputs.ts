// Input pieces shared by the issue actions.
import { z } from 'zod';
import { CATEGORY_CODES, COMMON_PLACE_CODES, PHOTOS_MAX } from '../../../src/domain/issues';
import { id } from '../../../src/domain/fields';
import { BUILDING_PART_CODES } from '../../../src/domain/places';

export const category = z.enum(CATEGORY_CODES as [string, ...string[]], { error: '请选择问题类别' });

export const place = z.union(
  [
    z.object({ unitId: id('房屋') }).strict(),
    z.object({ common: z.enum(COMMON_PLACE_CODES as [string, ...string[]], { error: '请选择地点' }) }).strict(),
    z.object({ buildingId: id('楼栋'), part: z.enum(BUILDING_PART_CODES as [string, ...string[]], { error: '请选择楼道、楼顶或地下室' }) }).strict(),
  ],
  { error: '请选择地点:一套房屋、一处公共区域或楼栋的楼道、楼顶、地下室' },
);

export const photos = z
  .array(z.string().min(1).max(300), { error: '照片格式不对' })
  .max(PHOTOS_MAX, `最多 ${PHOTOS_MAX} 张照片`)
  .optional();
