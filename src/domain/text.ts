// Text as people type it into Excel or WeChat: full-width digits from Chinese IMEs, ideographic
// spaces, and invisible characters picked up by copy-paste (a BOM glued to the first cell, zero-width
// spaces from web pages). Two spellings that look the same must compare equal, or the roster would
// count "１栋" and "1栋" as different buildings.

// Invisible characters that NFKC keeps: BOM / zero-width no-break space, zero-width space, joiners,
// word joiner, Mongolian vowel separator, soft hyphen and the directional marks.
const INVISIBLE = /[\uFEFF\u200B\u200C\u2060\u180E\u00AD\u200E\u200F\u200D]/g;

/**
 * NFKC (full-width → half-width digits, letters and punctuation; U+3000 → space), invisible
 * characters removed, runs of whitespace collapsed to one space, trimmed.
 */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}
