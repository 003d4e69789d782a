import { holderKeyOf, parseRosterCsv, type RosterParseResult, type RosterRow } from '../../src/domain/roster';

const HEADER_ZH = '楼栋,单元,房号,面积,业主姓名,电话';
const HEADER_EN = 'building,unit,room,area,holder,phone';

function rows(result: RosterParseResult): RosterRow[] {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.rows;
}

function errors(result: RosterParseResult) {
  if (result.ok) throw new Error('expected errors, got ok');
  return result.errors;
}

describe('parseRosterCsv: a well-formed roster', () => {
  it('reads every field of a row after a Chinese header', () => {
    const r = rows(parseRosterCsv(`${HEADER_ZH}\n1栋,2单元,301,89.5,张三,13812341234\n`));
    expect(r).toEqual([
      {
        line: 2,
        building: '1栋',
        unit: '2单元',
        room: '301',
        areaCenti: 8950,
        holderName: '张三',
        phone: '13812341234',
        phones: ['13812341234'],
        holderKey: holderKeyOf('张三', '13812341234'),
      },
    ]);
  });

  it('skips an English header', () => {
    const r = rows(parseRosterCsv(`${HEADER_EN}\n1,1,101,100,Li Si,13912345678`));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ line: 2, building: '1', room: '101', areaCenti: 10000, holderName: 'Li Si' });
  });

  it('detects header aliases and a bracketed unit: 楼号,单元号,房间号,建筑面积(㎡),姓名,手机号', () => {
    const r = rows(parseRosterCsv('楼号,单元号,房间号,建筑面积(㎡),姓名,手机号\n3,1,502,120,王五,'));
    expect(r).toHaveLength(1);
    expect(r[0].line).toBe(2);
  });

  it('accepts a file without a header, counting lines from 1', () => {
    const r = rows(parseRosterCsv('1栋,1单元,101,89.5,张三,13812341234\n1栋,1单元,102,90,李四,'));
    expect(r.map((x) => x.line)).toEqual([1, 2]);
    expect(r.map((x) => x.room)).toEqual(['101', '102']);
  });

  it('skips a one-cell title row above the header, as Excel sheets often have', () => {
    const r = rows(parseRosterCsv(`颐乐园小区业主名册,,,,,\n${HEADER_ZH}\n1栋,,101,89.5,张三,`));
    expect(r).toHaveLength(1);
    expect(r[0].line).toBe(3);
  });

  it('strips a BOM so the header is still recognised', () => {
    const r = rows(parseRosterCsv(`\uFEFF${HEADER_ZH}\r\n1栋,1单元,101,89.5,张三,13812341234\r\n`));
    expect(r).toHaveLength(1);
    expect(r[0].building).toBe('1栋');
  });

  it('handles CRLF and lone CR line breaks with correct line numbers', () => {
    expect(rows(parseRosterCsv(`${HEADER_ZH}\r\n1,,101,80,甲,\r\n1,,102,80,乙,\r\n`)).map((x) => x.line)).toEqual([2, 3]);
    expect(rows(parseRosterCsv(`${HEADER_ZH}\r1,,101,80,甲,\r1,,102,80,乙,\r`)).map((x) => x.line)).toEqual([2, 3]);
  });

  it('ignores blank lines and Excel empty rows but keeps physical line numbers', () => {
    const r = rows(parseRosterCsv(`${HEADER_ZH}\n\n1,,101,80,甲,\n,,,,,\n   \n1,,102,80,乙,\n\n`));
    expect(r.map((x) => x.line)).toEqual([3, 6]);
  });

  it('accepts tab-separated text (copied out of Excel), with a thousands comma in the area', () => {
    const r = rows(parseRosterCsv('楼栋\t单元\t房号\t面积\t业主姓名\t电话\n1栋\t1单元\t101\t1,234.56\t张三\t13812341234\n'));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ building: '1栋', unit: '1单元', room: '101', areaCenti: 123456, holderName: '张三' });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, numbering by the start line', () => {
    const csv = `${HEADER_ZH}\n"1,2栋",1,101,"1,234.5","王""小""五",\n1,1,"10\n2",80,甲,\n1,1,103,80,乙,`;
    const r = rows(parseRosterCsv(csv));
    expect(r[0]).toMatchObject({ line: 2, building: '1,2栋', areaCenti: 123450, holderName: '王"小"五' });
    expect(r[1]).toMatchObject({ line: 3, room: '10 2' });
    expect(r[2]).toMatchObject({ line: 5, room: '103' });
  });

  it('trims stray spaces, including spaces before an opening quote', () => {
    const r = rows(parseRosterCsv(` 1栋 , 1单元 , 101 ,  "89.5" , 张三 , 138 1234 1234 `));
    expect(r[0]).toMatchObject({ building: '1栋', unit: '1单元', room: '101', areaCenti: 8950, holderName: '张三', phone: '13812341234' });
  });

  it('normalizes full-width digits, ㎡ and ideographic spaces', () => {
    const r = rows(parseRosterCsv('１栋,２单元,３０１,８９．５㎡,\u3000张三\u3000,１３８１２３４１２３４'));
    expect(r[0]).toMatchObject({ building: '1栋', unit: '2单元', room: '301', areaCenti: 8950, holderName: '张三', phone: '13812341234' });
  });

  it('accepts an empty unit column for buildings without units', () => {
    const r = rows(parseRosterCsv('19栋,,302,75.2,赵六,'));
    expect(r[0]).toMatchObject({ building: '19栋', unit: '', room: '302', areaCenti: 7520 });
  });

  it('accepts an empty phone as null', () => {
    expect(rows(parseRosterCsv('1,1,101,80,甲,'))[0].phone).toBeNull();
  });

  it('accepts empty trailing columns that Excel pads rows with', () => {
    const r = rows(parseRosterCsv(`${HEADER_ZH},,\n1,1,101,80,甲,,,\n`));
    expect(r).toHaveLength(1);
  });
});

describe('parseRosterCsv: holders', () => {
  it('gives the same person holding several units the same holderKey', () => {
    const r = rows(parseRosterCsv('1,1,101,80,张三,13812341234\n2,1,201,90,张三,138-1234-1234\n3,1,301,70, 张 三 ,+8613812341234'));
    expect(new Set(r.map((x) => x.holderKey)).size).toBe(1);
  });

  it('distinguishes namesakes by phone', () => {
    const r = rows(parseRosterCsv('1,1,101,80,张三,13812341234\n1,1,102,80,张三,13912341234'));
    expect(r[0].holderKey).not.toBe(r[1].holderKey);
  });

  it('distinguishes different names with the same phone (a family sharing a number)', () => {
    const r = rows(parseRosterCsv('1,1,101,80,张三,13812341234\n1,1,102,80,李四,13812341234'));
    expect(r[0].holderKey).not.toBe(r[1].holderKey);
  });

  it('treats one name without a phone as one holder (the developer listing its unsold units)', () => {
    const r = rows(parseRosterCsv('1,1,101,80,某某房地产开发有限公司,\n1,1,102,80,某某房地产开发有限公司,'));
    expect(r[0].holderKey).toBe(r[1].holderKey);
  });

  it('does not confuse a name with a phone-less holder of the same name and a phone', () => {
    expect(holderKeyOf('张三', null)).not.toBe(holderKeyOf('张三', '13812341234'));
  });

  it('builds keys that cannot collide through separator characters in names', () => {
    expect(holderKeyOf('a|b', null)).not.toBe(holderKeyOf('a', 'b'));
    expect(holderKeyOf('a","b', null)).not.toBe(holderKeyOf('a', 'b'));
  });
});

describe('parseRosterCsv: refusals', () => {
  it('reports a duplicate room with the line of its first occurrence', () => {
    const e = errors(parseRosterCsv(`${HEADER_ZH}\n1栋,1单元,101,80,甲,\n1栋,1单元,102,80,乙,\n1栋,1单元,101,90,丙,`));
    expect(e).toEqual([{ line: 4, reason: expect.stringMatching(/^重复的房号: 与第2行相同/) }]);
  });

  it('sees duplicates through full-width digits and letter case', () => {
    const e = errors(parseRosterCsv('A栋,,１０１,80,甲,\na栋,,101,80,乙,'));
    expect(e).toEqual([{ line: 2, reason: expect.stringContaining('与第1行相同') }]);
  });

  it('sees "19" and "19栋", "1" and "1单元", "302" and "302室" as the same room', () => {
    const e = errors(parseRosterCsv('19,1,302,80,甲,\n19栋,1单元,302室,80,乙,\n19号楼,,302,80,丙,\n19号楼,,302号,80,丁,'));
    expect(e).toEqual([
      { line: 2, reason: expect.stringContaining('与第1行相同') },
      { line: 4, reason: expect.stringContaining('与第3行相同') },
    ]);
  });

  it('does not count the same room number in another unit or building as a duplicate', () => {
    expect(rows(parseRosterCsv('1,1,101,80,甲,\n1,2,101,80,乙,\n2,1,101,80,丙,\n1,,101,80,丁,'))).toHaveLength(4);
  });

  it('reports each missing required column by name', () => {
    expect(errors(parseRosterCsv('1,1,101,,甲,'))).toEqual([{ line: 1, reason: '缺少面积' }]);
    expect(errors(parseRosterCsv(',1,101,80,甲,'))).toEqual([{ line: 1, reason: '缺少楼栋' }]);
    expect(errors(parseRosterCsv('1,1,,80,甲,'))).toEqual([{ line: 1, reason: '缺少房号' }]);
    expect(errors(parseRosterCsv('1,1,101,80,,'))).toEqual([{ line: 1, reason: '缺少业主姓名' }]);
  });

  it('quotes an unreadable area back to the user', () => {
    expect(errors(parseRosterCsv('1,1,101,89.555,甲,'))).toEqual([{ line: 1, reason: '面积无法识别: "89.555"' }]);
    expect(errors(parseRosterCsv('1,1,101,约90平,甲,'))).toEqual([{ line: 1, reason: '面积无法识别: "约90平"' }]);
    expect(errors(parseRosterCsv('1,1,101,0,甲,'))).toEqual([{ line: 1, reason: '面积无法识别: "0"' }]);
  });

  it('quotes an unreadable phone back to the user', () => {
    expect(errors(parseRosterCsv('1,1,101,80,甲,1381234'))).toEqual([{ line: 1, reason: '电话号码无法识别: "1381234"' }]);
    expect(errors(parseRosterCsv('1,1,101,80,甲,1.38123E+10'))).toEqual([{ line: 1, reason: '电话号码无法识别: "1.38123E+10"' }]);
  });

  it('reports too few and too many columns', () => {
    expect(errors(parseRosterCsv('1,1,101,80,甲'))).toEqual([{ line: 1, reason: expect.stringMatching(/^列数不对.*实为5列/) }]);
    expect(errors(parseRosterCsv('1,1,101,80,甲,,备注'))).toEqual([{ line: 1, reason: expect.stringMatching(/^列数不对.*实为7列/) }]);
  });

  it('reports every problem on a line, each naming its column', () => {
    const e = errors(parseRosterCsv(',1,,abc,,12'));
    expect(e.map((x) => x.reason)).toEqual(['缺少楼栋', '缺少房号', '面积无法识别: "abc"', '缺少业主姓名', '电话号码无法识别: "12"']);
    expect(e.every((x) => x.line === 1)).toBe(true);
  });

  it('reports all bad lines and imports nothing if any line is bad', () => {
    const csv = `${HEADER_ZH}\n1,1,101,80,甲,\n1,1,102,,乙,\n1,1,103,80,丙,\n1,1,104,x,丁,\n1,1,101,80,戊,`;
    const result = parseRosterCsv(csv);
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([
      { line: 3, reason: '缺少面积' },
      { line: 5, reason: '面积无法识别: "x"' },
      { line: 6, reason: expect.stringContaining('与第2行相同') },
    ]);
    expect('rows' in result).toBe(false);
  });

  it('reports a title row without a following header as a bad data line', () => {
    const e = errors(parseRosterCsv('业主名册\n1,1,101,80,甲,'));
    expect(e).toEqual([{ line: 1, reason: expect.stringMatching(/^列数不对/) }]);
  });

  it('refuses a header in another column order instead of misreading every row', () => {
    const e = errors(parseRosterCsv('楼栋,单元,房号,业主姓名,面积,电话\n1,1,101,甲,80,'));
    expect(e).toEqual([{ line: 1, reason: '表头不对: 列应依次为 楼栋,单元,房号,面积,业主姓名,电话' }]);
  });

  it('reports an unclosed quote at the line where it opened', () => {
    expect(errors(parseRosterCsv(`${HEADER_ZH}\n1,1,101,80,甲,\n1,1,"102,80,乙,\n1,1,103,80,丙,`))).toEqual([
      { line: 3, reason: expect.stringMatching(/^引号未闭合/) },
    ]);
  });

  it('refuses an empty file or a header with no data (line 0 = whole file)', () => {
    expect(errors(parseRosterCsv(''))).toEqual([{ line: 0, reason: '名册中没有数据行' }]);
    expect(errors(parseRosterCsv(`\uFEFF${HEADER_ZH}\r\n\r\n`))).toEqual([{ line: 0, reason: '名册中没有数据行' }]);
  });
});
