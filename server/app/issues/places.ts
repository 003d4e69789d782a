import { COMMON_PLACES, type CommonPlace } from '../../../src/domain/issues';
import type { Ctx } from '../context';
import { invalid, notFound } from '../errors';
import type { UnitDoc } from '../model';
import type { Place } from './model';

/** Resolves a place from input: a real unit, or one of the managed common places. */
export async function resolvePlace(ctx: Ctx, input: { unitId: string } | { common: string }): Promise<{ place: Place; placeKey: string; buildingId: string | null }> {
  if ('unitId' in input) {
    const unit = await ctx.store.get<UnitDoc>('units', input.unitId);
    if (!unit) throw notFound('房屋');
    return { place: { kind: 'unit', unitId: unit._id, label: unit.label }, placeKey: `unit:${unit._id}`, buildingId: unit.buildingId };
  }
  const label = COMMON_PLACES[input.common as CommonPlace];
  if (!label) throw invalid('place', '请选择地点');
  // 19栋楼道 belongs to building 19, so the building filter finds it.
  const buildingId = input.common === 'stair_19' ? 'b:19栋' : null;
  return { place: { kind: 'common', code: input.common, label }, placeKey: `common:${input.common}`, buildingId };
}

/** Checks that every photo id was made by our Files adapter. */
export function checkPhotos(ctx: Ctx, photos: readonly string[] | undefined, field = 'photos'): string[] {
  const list = photos ?? [];
  if (list.some((p) => !ctx.files.owns(p))) throw invalid(field, '照片没有上传成功,请重新选择');
  if (new Set(list).size !== list.length) throw invalid(field, '同一张照片选了两次');
  return [...list];
}
