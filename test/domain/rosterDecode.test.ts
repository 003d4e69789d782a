import { decodeRosterBytes, RosterDecodeError } from '../../src/domain/rosterDecode';
import { parseRosterCsv } from '../../src/domain/roster';

// GBK bytes, checked against new TextDecoder('gbk') in Node:
// 楼栋 C2A5 B6B0, 单元 B5A5 D4AA, 房号 B7BF BAC5, 面积 C3E6 BBFD, 业主姓名 D2B5 D6F7 D0D5 C3FB,
// 电话 B5E7 BBB0, 张三 D5C5 C8FD.
const GBK_HEADER = [
  0xc2, 0xa5, 0xb6, 0xb0, 0x2c, 0xb5, 0xa5, 0xd4, 0xaa, 0x2c, 0xb7, 0xbf, 0xba, 0xc5, 0x2c, 0xc3, 0xe6, 0xbb, 0xfd, 0x2c,
  0xd2, 0xb5, 0xd6, 0xf7, 0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0,
];
const GBK_ROW = [...Buffer.from('\r\n1,1,101,89.5,', 'ascii'), 0xd5, 0xc5, 0xc8, 0xfd, 0x2c];

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeRosterBytes', () => {
  it('decodes GBK bytes as Excel on Chinese Windows saves them', () => {
    expect(decodeRosterBytes(new Uint8Array([0xc2, 0xa5, 0xb6, 0xb0]))).toBe('楼栋');
    expect(decodeRosterBytes(new Uint8Array(GBK_HEADER))).toBe('楼栋,单元,房号,面积,业主姓名,电话');
  });

  it('feeds a GBK roster through to the parser', () => {
    const result = parseRosterCsv(decodeRosterBytes(new Uint8Array([...GBK_HEADER, ...GBK_ROW])));
    expect(result).toMatchObject({ ok: true, rows: [{ line: 2, building: '1', room: '101', areaCenti: 8950, holderName: '张三', phone: null }] });
  });

  it('decodes UTF-8 without a BOM', () => {
    expect(decodeRosterBytes(utf8('楼栋,单元\n张三'))).toBe('楼栋,单元\n张三');
  });

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeRosterBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('楼栋')]))).toBe('楼栋');
  });

  it('decodes UTF-16LE with a BOM (Excel "Unicode text")', () => {
    // 楼 U+697C, 栋 U+680B, tab
    expect(decodeRosterBytes(new Uint8Array([0xff, 0xfe, 0x7c, 0x69, 0x09, 0x00, 0x0b, 0x68]))).toBe('楼\t栋');
  });

  it('decodes UTF-16BE with a BOM', () => {
    expect(decodeRosterBytes(new Uint8Array([0xfe, 0xff, 0x69, 0x7c, 0x68, 0x0b]))).toBe('楼栋');
  });

  it('keeps pure ASCII as is', () => {
    expect(decodeRosterBytes(utf8('building,unit\r\n1,2'))).toBe('building,unit\r\n1,2');
  });

  it('decodes empty input to the empty string', () => {
    expect(decodeRosterBytes(new Uint8Array([]))).toBe('');
  });

  it('does not mistake GBK for UTF-8 (the UTF-8 reading of these bytes would be wrong)', () => {
    const bytes = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]);
    expect(decodeRosterBytes(bytes)).toBe('张三');
    expect(new TextDecoder('utf-8').decode(bytes)).not.toBe('张三');
  });

  it('refuses bytes that break the encoding their BOM declares', () => {
    expect(() => decodeRosterBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc2, 0xa5, 0xb6, 0xb0]))).toThrow(RosterDecodeError);
    expect(() => decodeRosterBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc2, 0xa5, 0xb6, 0xb0]))).toThrow(/UTF-8/);
  });

  it('tells the caller to decode on the server when the engine lacks the encoding', () => {
    const Original = globalThis.TextDecoder;
    class Utf8Only extends Original {
      constructor(label?: string, options?: TextDecoderOptions) {
        if (label !== 'utf-8') throw new RangeError(`unsupported ${label}`);
        super(label, options);
      }
    }
    globalThis.TextDecoder = Utf8Only as typeof TextDecoder;
    try {
      expect(() => decodeRosterBytes(new Uint8Array(GBK_HEADER))).toThrow(RosterDecodeError);
      expect(() => decodeRosterBytes(new Uint8Array(GBK_HEADER))).toThrow(/服务器端/);
      expect(decodeRosterBytes(utf8('楼栋'))).toBe('楼栋');
    } finally {
      globalThis.TextDecoder = Original;
    }
  });
});
