// Joining a compound from a share card, a QR code or a search: which compound a link names, and the
// links and QR "scene" that name one. Pure, so the app's launch handling, the share screens and the
// server's code action read the same rules.
//
// WeChat's mini-program code (wxacode.getUnlimited) opens a page WITHOUT a query and hands the
// page `scene`, at most 32 visible characters from [0-9A-Za-z!#$&'()*+,/:;=?@-._~], as the query
// parameter `scene`, URI-encoded (the page must decodeURIComponent it):
// https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode
// A share card's path (useShareAppMessage, https://taro-docs.jd.com/docs/hooks#useshareappmessage)
// carries an ordinary query instead: `?compound=<id>`.

/** A compound id: lower-case letters, digits and dashes (the same rule as server/store/scoped.ts COMPOUND_ID). */
export const COMPOUND_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The page a share card and a QR code open: the compound's welcome (into the claim flow, or 首页 for a member). */
export const JOIN_PAGE = 'packages/people/join/index';

/** WeChat's limit on a mini-program code's scene. */
export const SCENE_MAX = 32;
const SCENE_PREFIX = 'c=';

/** The share card's path for a compound: the welcome page with the compound in its query. */
export const joinPath = (compoundId: string) => `/${JOIN_PAGE}?compound=${encodeURIComponent(compoundId)}`;

/** The scene of a compound's mini-program code, or null when the id is too long to fit in 32 characters. */
export function sceneFor(compoundId: string): string | null {
  if (!COMPOUND_ID_PATTERN.test(compoundId)) return null;
  const scene = SCENE_PREFIX + compoundId;
  return scene.length <= SCENE_MAX ? scene : null;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The compound a launch names: `compound=<id>` in the query (a share card, the browser's address),
 * else a mini-program code's `scene` (`c=<id>`, URI-encoded by WeChat). Null when it names none or
 * the id is malformed: a bad link leaves the app where it was.
 */
export function compoundFromLaunch(query: Readonly<Record<string, unknown>> | null | undefined): string | null {
  if (!query) return null;
  const direct = query.compound;
  if (typeof direct === 'string' && direct) {
    const id = decoded(direct).trim();
    return COMPOUND_ID_PATTERN.test(id) ? id : null;
  }
  const scene = query.scene;
  if (typeof scene === 'string' && scene) {
    const text = decoded(scene);
    if (!text.startsWith(SCENE_PREFIX)) return null;
    const id = text.slice(SCENE_PREFIX.length);
    return COMPOUND_ID_PATTERN.test(id) ? id : null;
  }
  return null;
}

/** A share path with the compound added (or replaced), so a card opens in the compound it came from. */
export function withCompound(path: string, compoundId: string | null): string {
  if (!compoundId || !COMPOUND_ID_PATTERN.test(compoundId)) return path;
  const [base, query = ''] = path.split('?');
  const kept = query.split('&').filter((p) => p && !p.startsWith('compound='));
  return `${base}?${[...kept, `compound=${encodeURIComponent(compoundId)}`].join('&')}`;
}

/** The query of a browser address: the part after `?` in the location's search and in its hash. */
export function queryOfAddress(search: string, hash: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (qs: string) => {
    for (const part of qs.split('&')) {
      if (!part) continue;
      const at = part.indexOf('=');
      const key = at < 0 ? part : part.slice(0, at);
      if (key && !(key in out)) out[key] = at < 0 ? '' : part.slice(at + 1);
    }
  };
  add(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  add(search.replace(/^\?/, ''));
  return out;
}

/** The one-line place of a compound as a newcomer reads it: 武汉市 新洲区 阳逻街道 旭光社区. */
export const placeLine = (c: { city: string; district: string; street: string; community: string }) => [c.city, c.district, c.street, c.community].filter(Boolean).join(' ');
