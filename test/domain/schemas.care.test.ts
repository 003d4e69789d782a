// The volunteers area's shared input schemas for posting an activity and for the 结对帮扶 actions
// (src/domain/schemas/volunteers.ts): each field's boundary and the Chinese message, naming the
// field, that the form shows under it and the server answers with.
import { refusals } from '../support/refusals';
import { createActivityInput, logVisitInput, pairCareInput, raiseConcernInput, registerCareInput, withdrawCareInput } from '../../src/domain/schemas/volunteers';
import { MAX_CAPACITY } from '../../src/domain/volunteers';

describe('volunteers.activity.create', () => {
  const base = { teamId: 'team:cleaning', title: '清扫楼道', place: '19栋楼道', startAt: '2030-03-10T08:00:00+08:00', endAt: '2030-03-10T10:00:00+08:00', capacity: 10 };
  it('takes a shift and trims its words', () => {
    expect(createActivityInput.parse({ ...base, title: ' 清扫楼道 ', bring: ' 扫帚 ' })).toMatchObject({ title: '清扫楼道', bring: '扫帚' });
  });
  it('holds the places to 1…MAX_CAPACITY, whole', () => {
    expect(refusals(createActivityInput, { ...base, capacity: 1 })).toEqual({});
    expect(refusals(createActivityInput, { ...base, capacity: MAX_CAPACITY })).toEqual({});
    expect(refusals(createActivityInput, { ...base, capacity: 0 })).toEqual({ capacity: '名额至少 1 个' });
    expect(refusals(createActivityInput, { ...base, capacity: MAX_CAPACITY + 1 })).toEqual({ capacity: `名额最多 ${MAX_CAPACITY} 个` });
    expect(refusals(createActivityInput, { ...base, capacity: 2.5 })).toEqual({ capacity: '名额应是整数' });
    expect(refusals(createActivityInput, { ...base, capacity: undefined })).toEqual({ capacity: '名额应是数字' });
  });
  it('holds the cancel cutoff to 0–72 whole hours', () => {
    expect(refusals(createActivityInput, { ...base, cancelCutoffHours: 0 })).toEqual({});
    expect(refusals(createActivityInput, { ...base, cancelCutoffHours: 72 })).toEqual({});
    expect(refusals(createActivityInput, { ...base, cancelCutoffHours: 73 })).toEqual({ cancelCutoffHours: '取消截止最多提前 72 小时' });
    expect(refusals(createActivityInput, { ...base, cancelCutoffHours: -1 })).toEqual({ cancelCutoffHours: '取消截止不能为负' });
  });
  it('names a 30-character title and place at their bound, and a start without its offset', () => {
    expect(refusals(createActivityInput, { ...base, title: 'x'.repeat(30), place: 'y'.repeat(30) })).toEqual({});
    expect(refusals(createActivityInput, { ...base, title: 'x'.repeat(31), place: '' })).toEqual({ title: '活动名称不能超过30个字', place: '请填写地点' });
    expect(refusals(createActivityInput, { ...base, startAt: '2030-03-10 08:00' })).toEqual({ startAt: '请选择开始时间' });
  });
});

describe('care.register', () => {
  const base = { category: 'empty_nest', name: '吴桂兰', unitId: 'u:19栋--101', contact: '13971025588', needs: '每周探望', consentGiven: true, consentWay: 'written' };
  it('takes a record with a flat, or with an address for a home not in the roster', () => {
    expect(refusals(registerCareInput, base)).toEqual({});
    expect(refusals(registerCareInput, { ...base, unitId: undefined, unitLabel: '老街 3 号' })).toEqual({});
  });
  it('asks for a home, alongside any other refused field', () => {
    expect(refusals(registerCareInput, { ...base, unitId: undefined })).toEqual({ unitId: '请选择住的房屋' });
    expect(refusals(registerCareInput, { ...base, unitId: undefined, unitLabel: '  ', needs: '' })).toEqual({ unitId: '请选择住的房屋', needs: '请填写需求' });
  });
  it('takes a mobile number however it is typed and refuses anything else', () => {
    expect(refusals(registerCareInput, { ...base, contact: '+86 139-7102-5588' })).toEqual({});
    expect(refusals(registerCareInput, { ...base, contact: '027-80000001' })).toEqual({ contact: '联系电话应是 11 位手机号' });
    expect(refusals(registerCareInput, { ...base, contact: '' })).toEqual({ contact: '请填写联系电话' });
  });
  it('saves nothing without consent, and asks how it was given', () => {
    expect(refusals(registerCareInput, { ...base, consentGiven: false, consentWay: undefined })).toEqual({ consentGiven: '请先取得本人或监护人的单独同意', consentWay: '请选择同意的方式' });
  });
  it('holds the needs to 200 characters and the paired volunteers to 5', () => {
    expect(refusals(registerCareInput, { ...base, needs: 'x'.repeat(200), volunteerIds: ['a', 'b', 'c', 'd', 'e'] })).toEqual({});
    expect(refusals(registerCareInput, { ...base, needs: 'x'.repeat(201), volunteerIds: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual({ needs: '需求不能超过200个字', volunteerIds: '最多结对 5 位志愿者' });
  });
  it('refuses a category it does not know', () => {
    expect(refusals(registerCareInput, { ...base, category: 'rich' })).toEqual({ category: '请选择帮扶类别' });
  });
});

describe('care.pair, care.visit, care.concern, care.withdraw', () => {
  it('pairs up to 5 volunteers', () => {
    expect(refusals(pairCareInput, { careId: 'care:1', volunteerIds: [] })).toEqual({});
    expect(refusals(pairCareInput, { careId: 'care:1', volunteerIds: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual({ volunteerIds: '最多结对 5 位志愿者' });
    expect(refusals(pairCareInput, { careId: 'care:1' })).toEqual({ volunteerIds: '志愿者格式不对' });
  });
  it('takes a visit’s date as yyyy-mm-dd and what was done up to 200 characters', () => {
    const visit = { careId: 'care:1', date: '2026-03-05', what: 'x'.repeat(200) };
    expect(refusals(logVisitInput, visit)).toEqual({});
    expect(refusals(logVisitInput, { ...visit, date: '2026-3-5', what: 'x'.repeat(201) })).toEqual({ date: '走访日期格式不对', what: '走访内容不能超过200个字' });
    expect(refusals(logVisitInput, { ...visit, date: undefined, what: ' ' })).toEqual({ date: '请选择走访日期', what: '请填写走访内容' });
  });
  it('takes a concern at a place or at home, with a known category', () => {
    const concern = { careId: 'care:1', visitId: 'visit:1', category: 'other', description: '楼道灯坏了' };
    expect(refusals(raiseConcernInput, concern)).toEqual({});
    expect(refusals(raiseConcernInput, { ...concern, place: { common: 'main_road' } })).toEqual({});
    expect(refusals(raiseConcernInput, { ...concern, category: 'gossip', description: 'x'.repeat(301) })).toEqual({ category: '请选择问题类别', description: '问题描述不能超过300个字' });
  });
  it('withdraws only for a known reason', () => {
    expect(refusals(withdrawCareInput, { careId: 'care:1', reason: 'mistaken' })).toEqual({});
    expect(refusals(withdrawCareInput, { careId: 'care:1' })).toEqual({ reason: '请选择撤回的原因' });
    expect(refusals(withdrawCareInput, { careId: '', reason: 'moved_away' })).toEqual({ careId: '缺少帮扶对象' });
  });
});
