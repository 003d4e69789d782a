// The property company's board across its compounds (tasks.acrossCompounds): 华宇物业's manager sees
// the open tasks of 侨亚小区 and 锦绣花园, each naming its compound, filtered to one or all; staff see
// their own; 阳光苑 (no company) is never reached, and asking for it answers as a made-up compound
// does. Moving a task is the compound's own action, in that compound. The read is bounded: one
// tasks query per compound, however many tasks there are.
import { demoHarness, type Harness } from '../support/harness';
import { present } from '../support/narrow';
import { scopeStore } from '../../server/store/scoped';
import { isEmulatedStore } from '../../server/store/emulated';
import type { TaskDoc } from '../../server/app/model';

let h: Harness;
const inDays = (n: number) => new Date(h.clock.now().getTime() + n * 86_400_000).toISOString();
type Row = { id: string; compoundId: string; compoundName: string; title: string; assigneeId: string | null; assigneeName: string | null };

beforeAll(async () => {
  h = await demoHarness();
  await h.okIn('jinxiu', 'manager', 'tasks.create', { title: '锦绣花园2栋换灯', assigneeId: 'user:demo-staff', dueAt: inDays(2) });
  await h.okIn('jinxiu', 'manager', 'tasks.create', { title: '锦绣花园修门禁', assigneeId: null, dueAt: inDays(3) });
  // 阳光苑 has no property company: a task there (written directly) is nobody's at 华宇.
  const task: TaskDoc = { _id: 'task:yg-1', issueId: null, title: '阳光苑清理楼道', description: '', kind: 'cleaning', assigneeId: null, status: 'open', dueAt: inDays(1), createdBy: 'user:demo-admin', createdAt: inDays(0) };
  await scopeStore(h.root.store, 'yangguang').insert('tasks', task);
});
afterAll(() => h.close());

const titles = (rows: Row[]) => rows.map((r) => r.title);

describe('the manager’s board across compounds', () => {
  it('lists the open tasks of both compounds 华宇物业 serves, each naming its compound, and none of 阳光苑', async () => {
    const out = await h.ok('manager', 'tasks.acrossCompounds', {});
    expect(out.compounds.map((c: { name: string }) => c.name).sort()).toEqual(['侨亚小区', '锦绣花园'].sort());
    expect(out.filter).toBeNull();
    const rows: Row[] = out.tasks;
    expect(titles(rows)).toEqual(expect.arrayContaining(['锦绣花园2栋换灯', '锦绣花园修门禁']));
    expect(rows.find((r) => r.title === '锦绣花园2栋换灯')).toMatchObject({ compoundId: 'jinxiu', compoundName: '锦绣花园', assigneeName: '刘师傅' });
    expect(rows.some((r) => r.compoundId === 'qiaoya')).toBe(true);
    expect(rows.every((r) => r.compoundName === (r.compoundId === 'qiaoya' ? '侨亚小区' : '锦绣花园'))).toBe(true);
    expect(titles(rows)).not.toContain('阳光苑清理楼道');
    // Sorted by when they are due, across compounds.
    const due = out.tasks.map((t: { dueAt: string }) => t.dueAt);
    expect(due).toEqual([...due].sort());
  });

  it('filters to one compound', async () => {
    const jinxiu = await h.ok('manager', 'tasks.acrossCompounds', { compound: 'jinxiu' });
    expect(jinxiu.filter).toBe('jinxiu');
    expect(titles(jinxiu.tasks).sort()).toEqual(['锦绣花园2栋换灯', '锦绣花园修门禁'].sort());
    const qiaoya = await h.ok('manager', 'tasks.acrossCompounds', { compound: 'qiaoya' });
    expect(qiaoya.tasks.length).toBeGreaterThan(0);
    expect(qiaoya.tasks.every((t: Row) => t.compoundId === 'qiaoya')).toBe(true);
    // The list of compounds to filter by stays whole.
    expect(qiaoya.compounds).toHaveLength(2);
  });

  it('answers a compound of no company of theirs exactly as a made-up one (404)', async () => {
    const other = await h.call('manager', 'tasks.acrossCompounds', { compound: 'yangguang' });
    const madeUp = await h.call('manager', 'tasks.acrossCompounds', { compound: 'nosuch' });
    expect(other.status).toBe(404);
    expect(other.body).toEqual(madeUp.body);
  });

  it('moves a task only in its own compound: reassigning 锦绣花园’s in 锦绣花园 works, the same id in 侨亚小区 is not found', async () => {
    const { tasks } = await h.ok('manager', 'tasks.acrossCompounds', { compound: 'jinxiu' });
    const open = present(tasks.find((t: Row) => t.title === '锦绣花园修门禁'), '锦绣花园修门禁');
    expect((await h.call('manager', 'tasks.assign', { taskId: open.id, assigneeId: 'user:demo-staff' })).status).toBe(404);
    await h.okIn('jinxiu', 'manager', 'tasks.assign', { taskId: open.id, assigneeId: 'user:demo-staff' });
    const after = await h.ok('manager', 'tasks.acrossCompounds', { compound: 'jinxiu' });
    expect(present(after.tasks.find((t: Row) => t.id === open.id), open.id).assigneeName).toBe('刘师傅');
    // 阳光苑's task cannot be moved by 华宇's manager: they hold no role there.
    expect((await h.callIn('yangguang', 'manager', 'tasks.assign', { taskId: 'task:yg-1', assigneeId: 'user:demo-staff' })).status).toBe(403);
  });

  it('refuses a malformed filter naming the field', async () => {
    const bad = await h.call('manager', 'tasks.acrossCompounds', { compound: 7 });
    expect([bad.status, (bad.body as { error: { field: string } }).error.field]).toEqual([400, 'compound']);
  });
});

describe('staff across compounds', () => {
  it('shows 刘师傅 only the tasks assigned to him, in both compounds', async () => {
    const out = await h.ok('staff', 'tasks.acrossCompounds', {});
    expect(out.compounds.map((c: { role: string }) => c.role)).toEqual(['staff', 'staff']);
    expect(out.tasks.length).toBeGreaterThan(0);
    expect(out.tasks.every((t: Row) => t.assigneeId === 'user:demo-staff')).toBe(true);
    expect(new Set(out.tasks.map((t: Row) => t.compoundId))).toEqual(new Set(['qiaoya', 'jinxiu']));
  });

  it('is refused to owners, the committee and the community', async () => {
    for (const who of ['owner', 'committee', 'community', 'street']) expect([who, (await h.call(who, 'tasks.acrossCompounds', {})).status]).toEqual([who, 403]);
  });
});

describe('the read stays bounded', () => {
  async function findsOf(run: () => Promise<unknown>): Promise<Record<string, number>> {
    // Under the CloudBase emulator every call runs on its own invocation over the same inner store.
    const spy = jest.spyOn(isEmulatedStore(h.root.store) ? h.root.store.inner : h.root.store, 'find');
    try {
      await run();
      const counts: Record<string, number> = {};
      for (const [collection] of spy.mock.calls) counts[collection] = (counts[collection] ?? 0) + 1;
      return counts;
    } finally {
      spy.mockRestore();
    }
  }

  it('sends one tasks query per compound, and no more reads when there are more tasks', async () => {
    const before = await findsOf(() => h.ok('manager', 'tasks.acrossCompounds', {}));
    expect(before.tasks).toBe(2);
    for (let i = 0; i < 5; i++) await h.okIn('jinxiu', 'manager', 'tasks.create', { title: `锦绣花园巡查${i}`, assigneeId: 'user:demo-staff', dueAt: inDays(4) });
    const after = await findsOf(() => h.ok('manager', 'tasks.acrossCompounds', {}));
    expect(after).toEqual(before);
    const one = await findsOf(() => h.ok('manager', 'tasks.acrossCompounds', { compound: 'jinxiu' }));
    expect(one.tasks).toBe(1);
  });
});
