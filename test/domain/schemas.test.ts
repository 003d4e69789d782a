// The input schemas the forms and the server share (src/domain/schemas): each field's boundary,
// and the Chinese message, naming the field, that the form shows under it and the server sends.
import { refusals } from '../support/refusals';
import { createRecurrenceInput, createTaskInput } from '../../src/domain/schemas/tasks';
import { correctReadingInput, readMeterInput } from '../../src/domain/schemas/meters';
import { castBallotInput } from '../../src/domain/schemas/polls';
import { commentIssueInput, rateIssueInput, reportIssueInput } from '../../src/domain/schemas/issues';
import { grantRoleInput, NICKNAME_MAX, setNicknameInput } from '../../src/domain/schemas/people';
import { checkInInput, joinTeamInput, signUpInput } from '../../src/domain/schemas/volunteers';
import { NOTE_MAX } from '../../src/domain/volunteers';
import { DESCRIPTION_MAX } from '../../src/domain/issues';


describe('recurrences.create', () => {
  const base = { title: '清扫3栋楼道', kind: 'cleaning', rule: { freq: 'weekly', weekday: 3, time: '08:00' }, assigneeId: null, durationHours: 4 };
  it('takes a weekly rule and fills the defaults', () => {
    expect(createRecurrenceInput.parse({ title: ' 清扫 ', rule: { freq: 'daily', time: '23:59' } })).toEqual({ title: '清扫', kind: 'cleaning', rule: { freq: 'daily', time: '23:59' }, durationHours: 4 });
    expect(refusals(createRecurrenceInput, base)).toEqual({});
  });
  it('holds a monthly day to 1–28 and a weekday to 1–7', () => {
    const monthly = (day: number) => refusals(createRecurrenceInput, { ...base, rule: { freq: 'monthly', day, time: '05:00' } });
    expect(monthly(1)).toEqual({});
    expect(monthly(28)).toEqual({});
    expect(monthly(29)).toEqual({ 'rule.day': '请填写 1 到 28 之间的日期' });
    expect(monthly(0)).toEqual({ 'rule.day': '请填写 1 到 28 之间的日期' });
    expect(refusals(createRecurrenceInput, { ...base, rule: { freq: 'weekly', weekday: 8, time: '08:00' } })).toEqual({ 'rule.weekday': '星期应为 1–7' });
  });
  it('names the time and the duration at their bounds', () => {
    expect(refusals(createRecurrenceInput, { ...base, rule: { freq: 'daily', time: '24:00' } })).toEqual({ 'rule.time': '执行时间格式应为 08:00' });
    expect(refusals(createRecurrenceInput, { ...base, durationHours: 168 })).toEqual({});
    expect(refusals(createRecurrenceInput, { ...base, durationHours: 169 })).toEqual({ durationHours: '时长不能超过一周' });
    expect(refusals(createRecurrenceInput, { ...base, durationHours: 0 })).toEqual({ durationHours: '时长至少 1 小时' });
  });
  it('asks a meter-reading round for its route, alongside any other refused field', () => {
    expect(refusals(createRecurrenceInput, { ...base, kind: 'meter_reading', title: '' })).toEqual({ title: '请填写工单标题', route: '抄水表任务请填写抄表路线' });
    expect(refusals(createRecurrenceInput, { ...base, kind: 'meter_reading', route: '海韵' })).toEqual({});
  });
});

describe('tasks.create', () => {
  const base = { title: '换灯泡', dueAt: '2026-03-01T10:00:00+08:00' };
  it('takes a due time with its offset and refuses one without', () => {
    expect(refusals(createTaskInput, base)).toEqual({});
    expect(refusals(createTaskInput, { ...base, dueAt: '' })).toEqual({ dueAt: '请选择完成时间' });
    expect(refusals(createTaskInput, { ...base, title: 'x'.repeat(41) })).toEqual({ title: '工单标题不能超过40个字' });
    expect(refusals(createTaskInput, { ...base, title: 'x'.repeat(40) })).toEqual({});
  });
});

describe('meters.read and meters.correct', () => {
  const base = { meterId: 'meter:19-101', period: '2025-11', value: '1234.56' };
  it('takes two decimals at most, with or without a unit', () => {
    expect(refusals(readMeterInput, base)).toEqual({});
    expect(refusals(readMeterInput, { ...base, value: '1234.5方' })).toEqual({});
    expect(refusals(readMeterInput, { ...base, value: '12.345' })).toEqual({ value: '读数应是数字，最多两位小数，例如 1234.56' });
    expect(refusals(readMeterInput, { ...base, value: '  ' })).toEqual({ value: '请填写读数' });
  });
  it('names a month out of range', () => {
    expect(refusals(readMeterInput, { ...base, period: '2025-13' })).toEqual({ period: '抄表月份格式应为 2026-03' });
  });
  it('asks a correction for the right value and a reason of at most 60 characters', () => {
    expect(refusals(correctReadingInput, { ...base, value: '', reason: '' })).toEqual({ value: '请填写正确的读数', reason: '请填写更正原因' });
    expect(refusals(correctReadingInput, { ...base, reason: 'x'.repeat(60) })).toEqual({});
    expect(refusals(correctReadingInput, { ...base, reason: 'x'.repeat(61) })).toEqual({ reason: '更正原因不能超过60个字' });
  });
});

describe('issues', () => {
  const report = { category: 'lighting', place: { common: 'gate' }, description: '大门口的灯不亮' };
  it('asks for a place with a short message when none is chosen, a long one when it is not a place', () => {
    expect(refusals(reportIssueInput, { ...report, place: undefined })).toEqual({ place: '请选择地点' });
    expect(refusals(reportIssueInput, { ...report, place: { street: 'x' } })).toEqual({ place: '请选择地点:一套房屋、一处公共区域或楼栋的楼道、楼顶、地下室' });
  });
  it('holds the description to its limit and asks for the category', () => {
    expect(refusals(reportIssueInput, { ...report, description: 'x'.repeat(DESCRIPTION_MAX) })).toEqual({});
    expect(refusals(reportIssueInput, { ...report, description: 'x'.repeat(DESCRIPTION_MAX + 1) })).toEqual({ description: `问题描述不能超过${DESCRIPTION_MAX}个字` });
    expect(refusals(reportIssueInput, { ...report, category: undefined })).toEqual({ category: '请选择问题类别' });
  });
  it('asks who is reported for', () => {
    expect(refusals(reportIssueInput, { ...report, onBehalf: { name: ' ' } })).toEqual({ 'onBehalf.name': '请填写居民姓名' });
  });
  it('rates 1 to 5 stars and refuses invisible characters in a comment', () => {
    expect(refusals(rateIssueInput, { issueId: 'issue:1', stars: 5 })).toEqual({});
    expect(refusals(rateIssueInput, { issueId: 'issue:1', stars: 0 })).toEqual({ stars: '请选择 1 到 5 颗星' });
    expect(refusals(rateIssueInput, { issueId: 'issue:1', stars: 6 })).toEqual({ stars: '请选择 1 到 5 颗星' });
    expect(refusals(rateIssueInput, { issueId: 'issue:1', stars: 4, comment: 'gpj\u202eexe' })).toEqual({ comment: '评价里有看不见的控制字符,请删掉后再提交' });
  });
  it('holds a comment to 300 characters', () => {
    expect(refusals(commentIssueInput, { issueId: 'issue:1', text: 'x'.repeat(300) })).toEqual({});
    expect(refusals(commentIssueInput, { issueId: 'issue:1', text: 'x'.repeat(301) })).toEqual({ text: '评论不能超过300个字' });
  });
});

describe('people', () => {
  it('holds a nickname to its limit on one line', () => {
    expect(refusals(setNicknameInput, { nickname: 'x'.repeat(NICKNAME_MAX) })).toEqual({});
    expect(refusals(setNicknameInput, { nickname: 'x'.repeat(NICKNAME_MAX + 1) })).toEqual({ nickname: `昵称最多 ${NICKNAME_MAX} 个字` });
    expect(refusals(setNicknameInput, { nickname: '李\n明' })).toEqual({ nickname: '昵称不能换行' });
    expect(refusals(setNicknameInput, { nickname: '  ' })).toEqual({ nickname: '请填写昵称' });
  });
  it('grants only roles that exist', () => {
    expect(refusals(grantRoleInput, { userId: 'user:1', role: 'staff', grant: true })).toEqual({});
    expect(refusals(grantRoleInput, { userId: 'user:1', role: 'king', grant: true })).toEqual({ role: '角色不存在' });
  });
});

describe('polls.cast', () => {
  it('takes one of the three votes and refuses a field it does not know', () => {
    expect(refusals(castBallotInput, { pollId: 'poll:1', choice: 'yes' })).toEqual({});
    expect(refusals(castBallotInput, { pollId: 'poll:1', choice: 'maybe' })).toEqual({ choice: '请选择同意、反对或弃权' });
    expect(castBallotInput.safeParse({ pollId: 'poll:1', choice: 'yes', extra: 1 }).success).toBe(false);
  });
});

describe('volunteers', () => {
  it('holds a sign-up note to its limit', () => {
    expect(refusals(signUpInput, { activityId: 'act:1', note: 'x'.repeat(NOTE_MAX) })).toEqual({});
    expect(refusals(signUpInput, { activityId: 'act:1', note: 'x'.repeat(NOTE_MAX + 1) })).toEqual({ note: `接龙备注不能超过${NOTE_MAX}个字` });
  });
  it('takes a check-in code of exactly six digits', () => {
    expect(refusals(checkInInput, { activityId: 'act:1', code: '123456' })).toEqual({});
    expect(refusals(checkInInput, { activityId: 'act:1', code: '12345' })).toEqual({ code: '签到码是 6 位数字' });
    expect(refusals(checkInInput, { activityId: 'act:1', code: '1234567' })).toEqual({ code: '签到码是 6 位数字' });
  });
  it('holds a word to the leader to 50 characters', () => {
    expect(refusals(joinTeamInput, { teamId: 'team:1', note: 'x'.repeat(50) })).toEqual({});
    expect(refusals(joinTeamInput, { teamId: 'team:1', note: 'x'.repeat(51) })).toEqual({ note: '留言不能超过50个字' });
  });
});
