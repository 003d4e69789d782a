import { normalizeText } from '../../src/domain/text';

describe('normalizeText', () => {
  it('turns full-width digits and letters into half-width (NFKC)', () => {
    expect(normalizeText('１２３ＡＢＣ')).toBe('123ABC');
    expect(normalizeText('８９．５')).toBe('89.5');
  });

  it('trims ordinary and ideographic spaces at both ends', () => {
    expect(normalizeText('  张三\u3000')).toBe('张三');
    expect(normalizeText('\t1栋\r\n')).toBe('1栋');
  });

  it('collapses inner runs of whitespace, including U+3000 and NBSP, to one space', () => {
    expect(normalizeText('张\u3000\u3000 三')).toBe('张 三');
    expect(normalizeText('a\u00a0\u00a0b\n\nc')).toBe('a b c');
  });

  it('removes the BOM and zero-width characters anywhere in the text', () => {
    expect(normalizeText('\uFEFF楼栋')).toBe('楼栋');
    expect(normalizeText('1\u200B0\u200C1\u200D室\u2060')).toBe('101室');
    expect(normalizeText('李\u00AD四\u200E')).toBe('李四');
  });

  it('makes visually identical spellings compare equal', () => {
    expect(normalizeText('\uFEFF １栋 ')).toBe(normalizeText('1栋'));
  });

  it('returns the empty string for blank or invisible-only input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \u3000\u200B\uFEFF ')).toBe('');
  });

  it('leaves ordinary Chinese text unchanged', () => {
    expect(normalizeText('颐乐园 3号楼')).toBe('颐乐园 3号楼');
  });
});
