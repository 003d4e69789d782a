// Text fields refuse control characters and bidi overrides (U+202E makes "gpj.exe" read
// "exe.jpg"), naming the field; ordinary line breaks and tabs stay allowed in longer text.
import { id, optionalText, text } from '../../src/domain/fields';

const invisible = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c'];

describe('text fields', () => {
  it.each(invisible.map((c) => [c.codePointAt(0)!.toString(16).padStart(4, '0')]))('refuse U+%s with the field named', (hex) => {
    const c = String.fromCodePoint(parseInt(hex, 16));
    for (const schema of [text('说明', { max: 50 }), optionalText('说明', 50)]) {
      const result = schema.safeParse(`水管${c}漏水`);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0].message).toBe('说明里有看不见的控制字符,请删掉后再提交');
    }
    expect(id('报事').safeParse(`issue:1${c}`).success).toBe(false);
  });

  it('keep line breaks, tabs and ordinary Chinese, English and emoji', () => {
    expect(text('说明', { max: 50 }).parse('第一行\n第二行\r\n\t第三行 OK 👍')).toBe('第一行\n第二行\r\n\t第三行 OK 👍');
    expect(optionalText('说明', 50).parse('阿拉伯文 مرحبا')).toBe('阿拉伯文 مرحبا');
  });
});
