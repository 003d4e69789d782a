// How a compound is shared and shown before joining it: the scene of its mini-program code, a share
// path carrying it, and its place in one line. Pure; the reading side is joining.ts.
import { COMPOUND_ID_PATTERN, SCENE_PREFIX } from './joining';

/** WeChat's limit on a mini-program code's scene. */
export const SCENE_MAX = 32;

/** The scene of a compound's mini-program code, or null when the id is too long to fit in 32 characters. */
export function sceneFor(compoundId: string): string | null {
  if (!COMPOUND_ID_PATTERN.test(compoundId)) return null;
  const scene = SCENE_PREFIX + compoundId;
  return scene.length <= SCENE_MAX ? scene : null;
}

/** A share path with the compound added (or replaced), so a card opens in the compound it came from. */
export function withCompound(path: string, compoundId: string | null): string {
  if (!compoundId || !COMPOUND_ID_PATTERN.test(compoundId)) return path;
  const [base, query = ''] = path.split('?');
  const kept = query.split('&').filter((p) => p && !p.startsWith('compound='));
  return `${base}?${[...kept, `compound=${encodeURIComponent(compoundId)}`].join('&')}`;
}

/** The one-line place of a compound as a newcomer reads it: 武汉市 新洲区 阳逻街道 旭光社区. */
export const placeLine = (c: { city: string; district: string; street: string; community: string }) => [c.city, c.district, c.street, c.community].filter(Boolean).join(' ');
