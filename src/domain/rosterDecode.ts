// Bytes of an uploaded roster → text for parseRosterCsv. Kept apart from the parser because
// WeChat's JS engine may not decode GBK (or have TextDecoder at all): the server decodes, the
// parser only ever sees a string.
//
// Excel on a Chinese Windows saves "CSV" in GBK (code page 936), "CSV UTF-8" with a BOM, and
// "Unicode text" as UTF-16LE with a BOM; WPS and Numbers write UTF-8 without one.

export class RosterDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RosterDecodeError';
  }
}

export function decodeRosterBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return declared('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return declared('utf-16be', bytes.subarray(2));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return declared('utf-8', bytes.subarray(3));
  // GBK text with Chinese in it is almost never valid UTF-8, so strict UTF-8 success is a
  // reliable verdict; pure ASCII is both and decodes the same either way.
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return utf8;
  // The Encoding standard's "gbk" decoder is GB18030's, a superset of GBK. Not fatal: a stray byte
  // should show as U+FFFD in one cell (and be refused there), not lose the whole file.
  return decoderFor('gbk', false).decode(bytes);
}

/** A BOM declared the encoding: bytes that break it are a damaged file, not another encoding. */
function declared(label: string, bytes: Uint8Array): string {
  const text = decodeStrict(label, bytes);
  if (text === null) throw new RosterDecodeError(`名册文件已损坏: 内容不是有效的 ${label.toUpperCase()} 编码`);
  return text;
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  const decoder = decoderFor(label, true);
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function decoderFor(label: string, fatal: boolean): TextDecoder {
  try {
    // ignoreBOM: the BOM was already sliced off; a second one would be content.
    return new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    throw new RosterDecodeError(`当前环境不支持 ${label} 编码,请在服务器端解码名册文件`);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}
