// Heads by the law (SPC interpretation art. 9) at the boundaries: the developer's flats are one
// head whatever phones; a shared phone makes one person; namesakes with a different or missing
// phone, or with none, are a question for the committee, never merged or split silently.
import { parseRosterCsv, type RosterRow } from '../../src/domain/roster';
import { isOrganisation, planHeads } from '../../src/domain/rosterHeads';
import { normalizeLandline, parsePhones } from '../../src/domain/phone';

function rowsOf(lines: string[]): RosterRow[] {
  const r = parseRosterCsv(['楼栋,单元,房号,面积,业主姓名,电话', ...lines].join('\n'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.rows;
}

// The example: seven rows that the old importer counted as 6 heads; the law gives 4.
const SEVEN = [
  '1,1,101,90,武汉侨亚置业有限公司,02780000001',
  '1,1,102,90,武汉侨亚置业有限公司,13800000001',
  '1,1,103,90,武汉侨亚置业有限公司,',
  '1,1,201,90,张三,13912345678',
  '1,1,202,90,张三,',
  '1,1,301,90,李四,',
  '1,1,302,90,李四,',
];

describe('planHeads', () => {
  it('gives the law 4 heads for the 7-row example once the committee answers both questions', () => {
    const rows = rowsOf(SEVEN);
    const asked = planHeads(rows);
    expect(asked.questions.map((q) => [q.name, q.rows.map((r) => r.line), q.apart])).toEqual([
      ['张三', [5, 6], 2],
      ['李四', [7, 8], 2],
    ]);
    expect(asked.undecided).toHaveLength(2);
    const decided = planHeads(rows, { 张三: 'same', 李四: 'different' });
    expect(decided.undecided).toEqual([]);
    expect(decided.heads).toBe(4);
    // The developer's three rows share one key, whatever their phones.
    expect(new Set(decided.keys.slice(0, 3)).size).toBe(1);
    expect(decided.organisationRows).toEqual([2, 3, 4]);
    expect(decided.keys[3]).toBe(decided.keys[4]);
    expect(decided.keys[5]).not.toBe(decided.keys[6]);
  });

  it('counts namesakes as one only when told, and apart only when told', () => {
    const rows = rowsOf(['1,1,301,90,李四,', '1,1,302,90,李四,']);
    expect(planHeads(rows, { 李四: 'same' }).heads).toBe(1);
    expect(planHeads(rows, { 李四: 'different' }).heads).toBe(2);
  });

  it('asks about the same name with two different phones, and not about one person with one phone', () => {
    expect(planHeads(rowsOf(['1,1,1,90,王五,13912345678', '1,1,2,90,王五,13712345678'])).questions).toHaveLength(1);
    const one = planHeads(rowsOf(['1,1,1,90,王五,13912345678', '1,1,2,90,王 五,139 1234 5678']));
    expect([one.questions.length, one.heads]).toEqual([0, 1]);
  });

  it('joins rows through a shared phone, also when a row gives two phones', () => {
    const plan = planHeads(rowsOf(['1,1,1,90,赵六,13912345678 / 027-8000-0001', '1,1,2,90,赵六,02780000001', '1,1,3,90,赵六,13912345678']));
    expect([plan.questions.length, plan.heads]).toEqual([0, 1]);
  });

  it('keeps different people apart by name, even with the same phone (a family landline)', () => {
    const plan = planHeads(rowsOf(['1,1,1,90,赵六,02780000001', '1,1,2,90,钱七,02780000001']));
    expect(plan.heads).toBe(2);
  });

  it('knows the developer and companies by their names', () => {
    expect(['开发商', '武汉侨亚置业有限公司', '某某房地产开发有限公司', '某物业公司'].every(isOrganisation)).toBe(true);
    expect(['张三', '李公司明'].some(isOrganisation)).toBe(false);
  });
});

describe('phones on a roster', () => {
  it('accepts landlines with or without the area code and dashes, and two phones in a cell', () => {
    expect(['02780000001', '027-8000-0001', '(027)8000-0001', '027 8000 0001'].map(normalizeLandline)).toEqual(Array(4).fill('02780000001'));
    expect(normalizeLandline('8000 0001')).toBe('80000001');
    expect(normalizeLandline('0755-2345678')).toBe('07552345678');
    expect(parsePhones('13812341234/027-8000-0001')).toEqual(['13812341234', '02780000001']);
    expect(parsePhones('13812341234、8000 0001')).toEqual(['13812341234', '80000001']);
    expect(rowsOf(['1,1,101,90,甲,027-8000-0001'])[0]).toMatchObject({ phone: '02780000001', phones: ['02780000001'] });
  });

  it('still refuses what is no phone at all', () => {
    for (const text of ['1381234', '1.38123E+10', '12', '00001111', '13812341234/12']) expect(parsePhones(text)).toBeNull();
  });
});
