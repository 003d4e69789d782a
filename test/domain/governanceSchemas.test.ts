// The 议事 and claim inputs the forms and the server share (src/domain/schemas/governance.ts and
// people.ts): each field at its boundary, with the Chinese message, naming the field, that the
// form shows under it and the server answers with.
import { refusals } from '../support/refusals';
import {
  amendMinutesInput,
  answerLowItemInput,
  createPlanItemInput,
  movePlanItemInput,
  publishNoticeInput,
  recordAttendanceInput,
  recordDecisionInput,
  saveInspectionInput,
  scheduleMeetingInput,
  submitInspectionInput,
} from '../../src/domain/schemas/governance';
import { reviewClaimInput, submitClaimInput } from '../../src/domain/schemas/people';
import { AGENDA_MAX, MINUTES_MAX } from '../../src/domain/governance';


const AT = '2026-12-10T07:00:00.000Z';

describe('meetings.schedule', () => {
  const base = { title: '三方联动会议', at: AT, place: '党群驿站', freeItems: ['停车位'] };
  it('trims the text and fills an empty agenda list', () => {
    expect(scheduleMeetingInput.parse({ ...base, title: ' 会议 ' })).toEqual({ ...base, title: '会议', issueIds: [] });
  });
  it('refuses an agenda with nothing on it, under issueIds', () => {
    expect(refusals(scheduleMeetingInput, { ...base, freeItems: [] })).toEqual({ issueIds: '请至少选一项议程' });
    expect(refusals(scheduleMeetingInput, { ...base, freeItems: [], issueIds: ['issue:1'] })).toEqual({});
  });
  it('holds each list to the agenda’s size and each topic to 60 characters', () => {
    const topics = (n: number) => Array.from({ length: n }, (_, i) => `议题${i}`);
    expect(refusals(scheduleMeetingInput, { ...base, freeItems: topics(AGENDA_MAX) })).toEqual({});
    expect(refusals(scheduleMeetingInput, { ...base, freeItems: topics(AGENDA_MAX + 1) })).toEqual({ freeItems: `议程最多 ${AGENDA_MAX} 项` });
    expect(refusals(scheduleMeetingInput, { ...base, freeItems: ['字'.repeat(60)] })).toEqual({});
    expect(refusals(scheduleMeetingInput, { ...base, freeItems: ['字'.repeat(61)] })).toEqual({ 'freeItems.0': '议题不能超过60个字' });
  });
  it('asks for a time when none could be read, and for the name and the place by name', () => {
    expect(refusals(scheduleMeetingInput, { ...base, at: undefined })).toEqual({ at: '请选择开会时间' });
    expect(refusals(scheduleMeetingInput, { ...base, at: '2026-12-10 15:00' })).toEqual({ at: '请选择开会时间' });
    expect(refusals(scheduleMeetingInput, { ...base, title: '  ', place: '字'.repeat(41) })).toEqual({ title: '请填写会议名称', place: '开会地点不能超过40个字' });
  });
});

describe('meetings.attendance and meetings.minutes', () => {
  it('holds attendance to 100 people', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
    expect(refusals(recordAttendanceInput, { meetingId: 'meeting:m1', present: ids(100) })).toEqual({});
    expect(refusals(recordAttendanceInput, { meetingId: 'meeting:m1', present: ids(101) })).toEqual({ present: '出席名单太长' });
  });
  it('holds minutes to their length and the version to a whole number from 0', () => {
    expect(refusals(amendMinutesInput, { meetingId: 'meeting:m1', text: '字'.repeat(MINUTES_MAX), version: 0 })).toEqual({});
    expect(refusals(amendMinutesInput, { meetingId: 'meeting:m1', text: '字'.repeat(MINUTES_MAX + 1), version: -1 })).toEqual({ text: `会议纪要不能超过${MINUTES_MAX}个字`, version: '纪要版本格式不对' });
    expect(refusals(amendMinutesInput, { meetingId: 'meeting:m1', text: ' \n ', version: 1.5 })).toEqual({ text: '请填写会议纪要', version: '纪要版本格式不对' });
  });
});

describe('meetings.decide', () => {
  const base = { meetingId: 'meeting:m1', text: '广场地砖翻修', party: 'property', doer: '刘师傅', dueAt: AT };
  it('carries the decision out as a task unless told otherwise', () => {
    expect(recordDecisionInput.parse(base)).toEqual({ ...base, then: 'task' });
  });
  it('names the party, the doer and the due time', () => {
    expect(refusals(recordDecisionInput, { ...base, party: 'mayor', doer: ' ', dueAt: undefined })).toEqual({ party: '请选择负责的一方', doer: '请填写负责人', dueAt: '请选择完成时间' });
    expect(refusals(recordDecisionInput, { ...base, doer: '字'.repeat(21), then: 'later' })).toEqual({ doer: '负责人不能超过20个字', then: '请选择怎么落实' });
    expect(refusals(recordDecisionInput, { ...base, text: '字'.repeat(201) })).toEqual({ text: '决定事项不能超过200个字' });
  });
});

describe('notices.publish', () => {
  it('defaults the kind and the pin, and holds title and body to 40 and 2,000 characters', () => {
    expect(publishNoticeInput.parse({ title: '停水', body: '周三停水' })).toEqual({ title: '停水', body: '周三停水', kind: 'other', pinned: false });
    expect(refusals(publishNoticeInput, { title: '字'.repeat(40), body: '字'.repeat(2000) })).toEqual({});
    expect(refusals(publishNoticeInput, { title: '字'.repeat(41), body: '字'.repeat(2001), kind: 'gossip' })).toEqual({ title: '公告标题不能超过40个字', body: '公告内容不能超过2000个字', kind: '请选择公告类型' });
  });
});

describe('plan.create and plan.move', () => {
  const item = { year: 2026, title: '电动车充电棚', party: 'property', owner: '周经理', budgetYuan: 30000, funding: 'gongjian' };
  it('asks for a missing budget and names one that is not whole, negative or too large', () => {
    expect(refusals(createPlanItemInput, { ...item, budgetYuan: undefined })).toEqual({ budgetYuan: '请填写预算(元)' });
    expect(refusals(createPlanItemInput, { ...item, budgetYuan: Number.NaN })).toEqual({ budgetYuan: '预算应是整数(元)' });
    expect(refusals(createPlanItemInput, { ...item, budgetYuan: 1.5 })).toEqual({ budgetYuan: '预算应是整数(元)' });
    expect(refusals(createPlanItemInput, { ...item, budgetYuan: -1 })).toEqual({ budgetYuan: '预算不能为负' });
    expect(refusals(createPlanItemInput, { ...item, budgetYuan: 1_000_000_000 })).toEqual({});
    expect(refusals(createPlanItemInput, { ...item, budgetYuan: 1_000_000_001 })).toEqual({ budgetYuan: '预算太大' });
  });
  it('reads milestones by month and holds them to 12', () => {
    const ms = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `第${i}步`, due: '2026-06' }));
    expect(refusals(createPlanItemInput, { ...item, milestones: ms(12) })).toEqual({});
    expect(refusals(createPlanItemInput, { ...item, milestones: ms(13) })).toEqual({ milestones: '里程碑最多 12 个' });
    expect(refusals(createPlanItemInput, { ...item, milestones: [{ title: '选址', due: '2026-13' }] })).toEqual({ 'milestones.0.due': '里程碑月份格式应为 2026-06' });
  });
  const move = { itemId: 'plan:2026:water', version: 3, progress: 40, reason: '管道已到货' };
  it('holds progress to 0–100 and the reason to at least four characters', () => {
    expect(refusals(movePlanItemInput, { ...move, progress: 0 })).toEqual({});
    expect(refusals(movePlanItemInput, { ...move, progress: 100 })).toEqual({});
    expect(refusals(movePlanItemInput, { ...move, progress: 101 })).toEqual({ progress: '进度不能超过 100' });
    expect(refusals(movePlanItemInput, { ...move, progress: -1 })).toEqual({ progress: '进度不能低于 0' });
    expect(refusals(movePlanItemInput, { ...move, progress: undefined })).toEqual({ progress: '进度应是 0 到 100 的整数' });
    expect(refusals(movePlanItemInput, { ...move, reason: '四个字啊' })).toEqual({});
    expect(refusals(movePlanItemInput, { ...move, reason: ' 三个字 ' })).toEqual({ reason: '变更理由至少要4个字' });
  });
});

describe('inspections.save, inspections.submit and inspections.answer', () => {
  const save = { quarter: '2026Q4', version: 0, items: [{ code: 'fire', score: 10, note: '', photos: [] }] };
  it('holds a score to 0–10 (or none yet) and names the item it belongs to', () => {
    expect(refusals(saveInspectionInput, save)).toEqual({});
    expect(refusals(saveInspectionInput, { ...save, items: [{ code: 'fire', score: null }] })).toEqual({});
    expect(refusals(saveInspectionInput, { ...save, items: [{ code: 'fire', score: 11 }] })).toEqual({ 'items.0.score': '分数不能高于 10' });
    expect(refusals(saveInspectionInput, { ...save, items: [{ code: 'fire', score: -1 }, { code: 'pool', score: 5 }] })).toEqual({ 'items.0.score': '分数不能低于 0', 'items.1.code': '检查项目不对' });
  });
  it('holds a note to 200 characters with nothing invisible in it', () => {
    expect(refusals(saveInspectionInput, { ...save, items: [{ code: 'fire', score: 5, note: '字'.repeat(200) }] })).toEqual({});
    expect(refusals(saveInspectionInput, { ...save, items: [{ code: 'fire', score: 5, note: '字'.repeat(201) }] })).toEqual({ 'items.0.note': '检查记录不能超过200个字' });
    expect(refusals(saveInspectionInput, { ...save, items: [{ code: 'fire', score: 5, note: '过期\u202e' }] })).toEqual({ 'items.0.note': '检查记录里有看不见的控制字符,请删掉后再提交' });
  });
  it('reads a quarter as 2026Q1–Q4 only', () => {
    expect(refusals(submitInspectionInput, { quarter: '2026Q4', version: 2 })).toEqual({});
    expect(refusals(submitInspectionInput, { quarter: '2026Q5', version: 2 })).toEqual({ quarter: '季度格式应为 2026Q1' });
    expect(refusals(submitInspectionInput, { version: 2 })).toEqual({ quarter: '请选择季度' });
  });
  it('asks for the measures and, with a task, its due time', () => {
    const answer = { quarter: '2026Q4', code: 'fire', text: '更换灭火器' };
    expect(refusals(answerLowItemInput, answer)).toEqual({});
    expect(refusals(answerLowItemInput, { ...answer, text: ' ', task: { dueAt: undefined } })).toEqual({ text: '请填写整改措施', 'task.dueAt': '请选择完成时间' });
    expect(refusals(answerLowItemInput, { ...answer, text: '字'.repeat(201) })).toEqual({ text: '整改措施不能超过200个字' });
  });
});

describe('claims.submit and claims.review', () => {
  const claim = { unitId: 'u:19栋-1单元-302', name: '王秀英', phoneLast4: '5678' };
  it('asks for a unit in the form’s words, and names a malformed one', () => {
    expect(submitClaimInput.parse({ ...claim, name: ' 王秀英 ' })).toEqual(claim);
    expect(refusals(submitClaimInput, { ...claim, unitId: undefined })).toEqual({ unitId: '请选择房号' });
    expect(refusals(submitClaimInput, { ...claim, unitId: '' })).toEqual({ unitId: '请选择房号' });
    expect(refusals(submitClaimInput, { ...claim, unitId: 'u:19栋 302' })).toEqual({ unitId: '房屋格式不对' });
  });
  it('holds the name to 20 characters and the phone to four digits', () => {
    expect(refusals(submitClaimInput, { ...claim, name: '字'.repeat(20) })).toEqual({});
    expect(refusals(submitClaimInput, { ...claim, name: '字'.repeat(21), phoneLast4: '567' })).toEqual({ name: '姓名不能超过20个字', phoneLast4: '手机号后四位应是 4 个数字' });
  });
  it('requires a reason to reject, and none to approve', () => {
    const claimId = 'claim:u2:u:19栋-1单元-302';
    expect(refusals(reviewClaimInput, { claimId, approve: true })).toEqual({});
    expect(refusals(reviewClaimInput, { claimId, approve: false })).toEqual({ reason: '请填写不通过的原因' });
    expect(refusals(reviewClaimInput, { claimId, approve: false, reason: '   ' })).toEqual({ reason: '请填写不通过的原因' });
    expect(reviewClaimInput.parse({ claimId, approve: false, reason: ' 名册不符 ' })).toEqual({ claimId, approve: false, reason: '名册不符' });
    expect(refusals(reviewClaimInput, { claimId, approve: false, reason: '字'.repeat(201) })).toEqual({ reason: '不通过的原因不能超过200个字' });
  });
});
