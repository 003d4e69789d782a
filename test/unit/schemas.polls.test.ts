// The 表决 input schemas the forms and the server share (src/domain/schemas/polls.ts): each
// field's boundary and the Chinese message, naming the field, that the form shows under it and the
// server answers with (400, that field).
import { countSessionId, countSessionPrefix, createPollInput, enterCountInput, joinCountInput, moveClosingTimeInput, recordProxyInput, startCountInput } from '../../src/domain/schemas/polls';
import { refusals } from '../support/refusals';

const AT = '2031-01-05T10:00:00.000Z';

describe('polls.create', () => {
  const decision = { kind: 'decision', title: '更换电梯', item: 7 };
  const candidate = (name: string) => ({ name, statement: `${name}的简介` });
  const election = (seats: number, n = 1) => ({ kind: 'election', title: '选举业委会', seats, candidates: Array.from({ length: n }, (_, i) => candidate(`候选人${i}`)) });
  const consultation = (options: string[]) => ({ kind: 'consultation', title: '春节活动', options, per: 'unit' });

  it('takes an art. 278 item from 1 to 9, and names it when missing', () => {
    expect(refusals(createPollInput, { ...decision, item: 1 })).toEqual({});
    expect(refusals(createPollInput, { ...decision, item: 9 })).toEqual({});
    expect(refusals(createPollInput, { ...decision, item: 0 })).toEqual({ item: '表决事项应是1至9项之一' });
    expect(refusals(createPollInput, { ...decision, item: 10 })).toEqual({ item: '表决事项应是1至9项之一' });
    expect(refusals(createPollInput, { ...decision, item: 2.5 })).toEqual({ item: '表决事项应是1至9项之一' });
    expect(refusals(createPollInput, { kind: 'decision', title: '更换电梯' })).toEqual({ item: '请选择表决事项(民法典第二百七十八条第1至9项)' });
  });

  it('takes an odd number of seats from 5 to 11 and 1 to 40 candidates, each with a name and a statement', () => {
    expect(refusals(createPollInput, election(5))).toEqual({});
    expect(refusals(createPollInput, election(11, 40))).toEqual({});
    expect(refusals(createPollInput, election(3))).toEqual({ seats: '委员名额应为5至11人' });
    expect(refusals(createPollInput, election(13))).toEqual({ seats: '委员名额应为5至11人' });
    expect(refusals(createPollInput, election(6))).toEqual({ seats: '委员名额应为单数' });
    expect(refusals(createPollInput, election(7, 0))).toEqual({ candidates: '至少要一位候选人' });
    expect(refusals(createPollInput, election(7, 41))).toEqual({ candidates: '最多 40 位候选人' });
    expect(refusals(createPollInput, { ...election(7), candidates: [{ name: '李四', statement: ' ' }] })).toEqual({ 'candidates.0.statement': '请填写候选人简介' });
    expect(refusals(createPollInput, { ...election(7), candidates: [{ name: 'x'.repeat(21), statement: '简介' }] })).toEqual({ 'candidates.0.name': '候选人姓名不能超过20个字' });
  });

  it('takes 2 to 10 options of up to 40 characters, one answer per unit or per resident', () => {
    expect(refusals(createPollInput, consultation(['是', '否']))).toEqual({});
    expect(refusals(createPollInput, consultation(Array.from({ length: 10 }, (_, i) => `选项${i}`)))).toEqual({});
    expect(refusals(createPollInput, consultation(['是']))).toEqual({ options: '至少要两个选项' });
    expect(refusals(createPollInput, consultation(Array.from({ length: 11 }, (_, i) => `选项${i}`)))).toEqual({ options: '最多 10 个选项' });
    expect(refusals(createPollInput, consultation(['是', 'x'.repeat(41)]))).toEqual({ 'options.1': '选项不能超过40个字' });
    expect(refusals(createPollInput, { ...consultation(['是', '否']), per: 'flat' })).toEqual({ per: '请选择每户一票还是每人一票' });
  });

  it('names the title, the kind and an unreadable closing time; trims what it keeps', () => {
    expect(refusals(createPollInput, { ...decision, title: 'x'.repeat(60) })).toEqual({});
    expect(refusals(createPollInput, { ...decision, title: 'x'.repeat(61) })).toEqual({ title: '标题不能超过60个字' });
    expect(refusals(createPollInput, { ...decision, title: '   ' })).toEqual({ title: '请填写标题' });
    expect(refusals(createPollInput, { title: '更换电梯', item: 7 })).toEqual({ kind: '请选择类型:征询、表决或选举' });
    expect(refusals(createPollInput, { ...decision, closesAt: '2031-01-05 18:00' })).toEqual({ closesAt: '截止时间格式不对' });
    expect(refusals(createPollInput, { ...decision, closesAt: null })).toEqual({ closesAt: '截止时间格式不对' });
    expect(refusals(createPollInput, { ...decision, closesAt: AT })).toEqual({});
    expect(createPollInput.parse({ ...decision, title: ' 更换电梯 ', description: ' 说明 ' })).toMatchObject({ title: '更换电梯', description: '说明' });
    expect(createPollInput.safeParse({ ...decision, extra: 1 }).success).toBe(false);
  });
});

describe('polls.proxy.record', () => {
  const ok = { pollId: 'poll:1', unitId: 'u:19栋--302', proxyUserId: 'user:li', photoFileId: 'file:letter' };
  it('names the flat, the proxy and the photo when left out, in the words the form shows', () => {
    expect(refusals(recordProxyInput, ok)).toEqual({});
    expect(refusals(recordProxyInput, { ...ok, unitId: '' })).toEqual({ unitId: '请选择委托的房屋' });
    expect(refusals(recordProxyInput, { ...ok, unitId: undefined })).toEqual({ unitId: '请选择委托的房屋' });
    expect(refusals(recordProxyInput, { ...ok, proxyUserId: '' })).toEqual({ proxyUserId: '请先查找并选择代理人' });
    expect(refusals(recordProxyInput, { ...ok, photoFileId: '' })).toEqual({ photoFileId: '请拍下签字的委托书' });
  });
  it('still checks a picked id and the photo id at their limits', () => {
    expect(refusals(recordProxyInput, { ...ok, unitId: 'u:19 302' })).toEqual({ unitId: '房屋格式不对' });
    expect(refusals(recordProxyInput, { ...ok, proxyUserId: 'u'.repeat(121) })).toEqual({ proxyUserId: '代理人格式不对' });
    expect(refusals(recordProxyInput, { ...ok, photoFileId: 'f'.repeat(300) })).toEqual({});
    expect(refusals(recordProxyInput, { ...ok, photoFileId: 'f'.repeat(301) })).toEqual({ photoFileId: '委托书照片格式不对' });
  });
});

describe('polls.moveClosingTime', () => {
  const ok = { pollId: 'poll:1', closesAt: AT, reason: '延长两天' };
  it('asks for a new time, and for a reason of 2 to 100 characters', () => {
    expect(refusals(moveClosingTimeInput, ok)).toEqual({});
    expect(refusals(moveClosingTimeInput, { ...ok, closesAt: undefined })).toEqual({ closesAt: '请选择新的截止时间' });
    expect(refusals(moveClosingTimeInput, { ...ok, closesAt: 'next week' })).toEqual({ closesAt: '截止时间格式不对' });
    expect(refusals(moveClosingTimeInput, { ...ok, reason: '延' })).toEqual({ reason: '请写明修改原因（至少 2 个字）' });
    expect(refusals(moveClosingTimeInput, { ...ok, reason: ' 延 ' })).toEqual({ reason: '请写明修改原因（至少 2 个字）' });
    expect(refusals(moveClosingTimeInput, { ...ok, reason: undefined })).toEqual({ reason: '请写明修改原因（至少 2 个字）' });
    expect(refusals(moveClosingTimeInput, { ...ok, reason: 'x'.repeat(100) })).toEqual({});
    expect(refusals(moveClosingTimeInput, { ...ok, reason: 'x'.repeat(101) })).toEqual({ reason: '修改原因不能超过100个字' });
    expect(refusals(moveClosingTimeInput, { ...ok, reason: '延长\u202e两天' })).toEqual({ reason: '修改原因里有看不见的控制字符,请删掉后再提交' });
    expect(moveClosingTimeInput.parse({ ...ok, reason: ' 延长两天 ' }).reason).toBe('延长两天');
  });
});

describe('polls.count.enter', () => {
  const session = countSessionId('poll:1', 2);
  it('names the round by its poll and number, under the prefix the poll\'s audit reads', () => {
    expect(session).toBe('countSession:poll:1:2');
    expect(session.startsWith(countSessionPrefix('poll:1'))).toBe(true);
    // The prefix ends at the poll: poll:1's rounds are not poll:10's.
    expect(countSessionId('poll:10', 1).startsWith(countSessionPrefix('poll:1'))).toBe(false);
  });
  it('asks for a serial of 1 to 20 characters and a void reason of 1 to 100', () => {
    expect(refusals(enterCountInput, { sessionId: session, serial: 'P0001', choice: 'yes' })).toEqual({});
    expect(refusals(enterCountInput, { sessionId: session, serial: ' ', choice: 'yes' })).toEqual({ serial: '请填写选票编号' });
    expect(refusals(enterCountInput, { sessionId: session, serial: 'P'.repeat(21), choice: 'yes' })).toEqual({ serial: '选票编号格式不对' });
    expect(refusals(enterCountInput, { sessionId: session, serial: 'P0001', choice: 'maybe' })).toEqual({ choice: '请选择同意、反对或弃权' });
    expect(refusals(enterCountInput, { sessionId: session, serial: 'P0001', invalid: '  ' })).toEqual({ invalid: '请写明废票原因' });
    expect(refusals(enterCountInput, { sessionId: session, serial: 'P0001', invalid: 'x'.repeat(100) })).toEqual({});
    expect(refusals(enterCountInput, { sessionId: session, serial: 'P0001', invalid: 'x'.repeat(101) })).toEqual({ invalid: '废票原因不能超过100个字' });
    expect(refusals(enterCountInput, { sessionId: session, serial: 'P0001', choices: Array.from({ length: 41 }, (_, i) => `c${i}`) })).toEqual({ choices: '候选人太多' });
    expect(enterCountInput.parse({ sessionId: session, serial: ' P0001 ', invalid: ' 涂改 ' })).toEqual({ sessionId: session, serial: 'P0001', invalid: '涂改' });
  });
});

describe('polls.count.start', () => {
  const ok = { pollId: 'poll:1', returned: 0 };
  it('takes a whole number of returned ballots from 0, and names it when missing', () => {
    expect(refusals(startCountInput, ok)).toEqual({});
    expect(refusals(startCountInput, { ...ok, returned: 312 })).toEqual({});
    expect(refusals(startCountInput, { pollId: 'poll:1' })).toEqual({ returned: '请填写收回的选票张数' });
    // What a form makes of letters typed in a number field.
    expect(refusals(startCountInput, { ...ok, returned: Number('abc') })).toEqual({ returned: '请填写收回的选票张数' });
    expect(refusals(startCountInput, { ...ok, returned: 1.5 })).toEqual({ returned: '张数应为整数' });
    expect(refusals(startCountInput, { ...ok, returned: -1 })).toEqual({ returned: '张数不能为负' });
  });
  it('takes up to 10 named scrutineers', () => {
    const named = (n: number) => Array.from({ length: n }, (_, i) => `user:o${i}`);
    expect(refusals(startCountInput, { ...ok, scrutineers: named(10) })).toEqual({});
    expect(refusals(startCountInput, { ...ok, scrutineers: named(11) })).toEqual({ scrutineers: '监票人最多 10 人' });
    expect(refusals(startCountInput, { ...ok, scrutineers: 'user:o1' })).toEqual({ scrutineers: '监票人格式不对' });
  });
});

describe('polls.count.join', () => {
  const sessionId = countSessionId('poll:1', 1);
  it('needs counter 1 or 2 for a counter, and no number for a scrutineer', () => {
    expect(refusals(joinCountInput, { sessionId, as: 'counter', slot: 1 })).toEqual({});
    expect(refusals(joinCountInput, { sessionId, as: 'counter', slot: 2 })).toEqual({});
    expect(refusals(joinCountInput, { sessionId, as: 'scrutineer' })).toEqual({});
    expect(refusals(joinCountInput, { sessionId, as: 'counter' })).toEqual({ slot: '请选择计票人 1 或计票人 2' });
    expect(refusals(joinCountInput, { sessionId, as: 'counter', slot: 3 })).toEqual({ slot: '计票人应为 1 或 2' });
    expect(refusals(joinCountInput, { sessionId, as: 'scrutineer', slot: 1 })).toEqual({ slot: '监票人不分 1、2' });
    expect(refusals(joinCountInput, { sessionId, as: 'chair' })).toEqual({ as: '请选择计票人或监票人' });
  });
});
