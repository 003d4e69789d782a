import { demoHarness, type Harness } from '../support/harness';
import type { IssueDoc } from '../../server/app/issues/model';
import { present } from '../support/narrow';
import type { Input } from '../support/actionTypes';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const report = (place: Input<'issues.report'>['place'], over: Partial<Input<'issues.report'>> = {}): Input<'issues.report'> => ({ category: 'cleaning', place, description: '楼道里堆满了纸箱,过不去人。', visibility: 'public', ...over });
const errorOf = (o: { body: { ok: boolean } }) => (o.body as unknown as { error: { field?: string; message: string } }).error;

describe('places per building', () => {
  it('offers a resident of 3栋 their flat and 3栋楼道 first, the common places, then the other buildings', async () => {
    const places = await h.ok('resident', 'issues.places', {});
    expect(places.mine.map((p: { label: string }) => p.label)).toEqual(['3栋2单元502', '3栋楼道', '3栋楼顶', '3栋地下室']);
    expect(places.common.map((p: { label: string }) => p.label)).toContain('配电房');
    expect(places.common.map((p: { label: string }) => p.label)).not.toContain('19栋楼道');
    const b19 = present(places.buildings.find((b) => b.name === '19栋'));
    expect(b19.places.map((p: { label: string }) => p.label)).toEqual(['19栋楼道', '19栋楼顶']);
  });

  it('reports 3栋楼道 with the building, so the building filter and the duplicate hint find it', async () => {
    const { issue } = await h.ok('resident', 'issues.report', report({ buildingId: 'b:3栋', part: 'stair' }));
    const stored = await h.deps.store.get<IssueDoc>('issues', issue.id);
    expect(stored).toMatchObject({ place: { kind: 'building', label: '3栋楼道' }, placeKey: 'building:b:3栋:stair', buildingId: 'b:3栋' });
    const similar = await h.ok('owner', 'issues.similar', { category: 'cleaning', place: { buildingId: 'b:3栋', part: 'stair' } });
    expect(similar.issues.map((i: { id: string }) => i.id)).toContain(issue.id);
  });

  it('treats the old 19栋楼道 code as building 19’s stairwell', async () => {
    const { issue } = await h.ok('owner', 'issues.report', report({ common: 'stair_19' }));
    expect(await h.deps.store.get<IssueDoc>('issues', issue.id)).toMatchObject({ placeKey: 'building:b:19栋:stair', buildingId: 'b:19栋', place: { label: '19栋楼道' } });
  });

  it('refuses a part the building does not have, and an unknown building, naming the place', async () => {
    const noBasement = await h.call('owner', 'issues.report', report({ buildingId: 'b:19栋', part: 'basement' }));
    expect([noBasement.status, errorOf(noBasement).field, errorOf(noBasement).message]).toEqual([400, 'place', '19栋没有地下室,请另选地点']);
    expect((await h.call('owner', 'issues.report', report({ buildingId: 'b:99栋', part: 'stair' }))).status).toBe(404);
    const badPart = await h.call('owner', 'issues.report', report({ buildingId: 'b:19栋', part: 'attic' }));
    expect([badPart.status, errorOf(badPart).field]).toEqual([400, 'place']);
  });
});

describe('the reporter as neighbours see them', () => {
  it('shows neighbours "3栋 李*", the reporter and the property side the name', async () => {
    const { issue } = await h.ok('resident', 'issues.report', report({ buildingId: 'b:3栋', part: 'stair' }));
    expect((await h.ok('owner', 'issues.get', { issueId: issue.id })).issue.reporterName).toBe('3栋 李*');
    expect((await h.ok('committee', 'issues.get', { issueId: issue.id })).issue.reporterName).toBe('3栋 李*');
    expect((await h.ok('resident', 'issues.get', { issueId: issue.id })).issue.reporterName).toBe('李明');
    expect((await h.ok('manager', 'issues.get', { issueId: issue.id })).issue.reporterName).toBe('李明');
  });

  it('shows the full name to neighbours when the reporter chose so', async () => {
    const { issue } = await h.ok('owner', 'issues.report', report({ common: 'square' }, { showName: true }));
    expect((await h.ok('resident', 'issues.get', { issueId: issue.id })).issue.reporterName).toBe('19栋 王秀英');
  });

  it('says once who reported for whom: the name, the flat to the property side, and who entered it', async () => {
    const { issue } = await h.ok('manager', 'issues.report', report({ buildingId: 'b:19栋', part: 'stair' }, { onBehalf: { name: '吴奶奶', unitId: 'u:19栋--201' } }));
    const staffView = (await h.ok('staff', 'issues.get', { issueId: issue.id })).issue;
    expect(staffView).toMatchObject({ reporterName: '吴奶奶', onBehalf: { unitLabel: '19栋201', byName: '周经理' } });
    const neighbourView = (await h.ok('resident', 'issues.get', { issueId: issue.id })).issue;
    expect(neighbourView).toMatchObject({ reporterName: '19栋 吴**', onBehalf: { name: '吴**', unitLabel: null, byName: '周经理' } });
  });
});
