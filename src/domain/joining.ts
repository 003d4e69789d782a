// Joining a compound from a share card or a QR code: which compound a launch names. Pure, and kept
// to what the app's launch handling needs (it is in the main package); how a compound's card, code
// and place are written is in compoundCard.ts.
//
// WeChat's mini-program code (wxacode.getUnlimited) opens a page WITHOUT a query and hands the
// page `scene`, at most 32 visible characters from [0-9A-Za-z!#$&'()*+,/:;=?@-._~], as the query
// parameter `scene`, URI-encoded (the page must decodeURIComponent it):
// https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode
// A share card's path (useShareAppMessage, https://taro-docs.jd.com/docs/hooks#useshareappmessage)
// carries an ordinary query instead: `?compound=<id>`.

/** A compound id: lower-case letters, digits and dashes (the same rule as server/store/scoped.ts COMPOUND_ID). */
export const COMPOUND_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;


/** A mini-program code's scene: `c=<compound id>` (compoundCard.ts sceneFor writes it). */
export const SCENE_PREFIX = 'c=';


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
