// compound.units reads the roster pointer (meta/roster) once per instance: afterwards the building
// and its units are read together, without it, as long as none of them is of a version newer than
// the one read. A staged import must stay hidden and a switched one must show whole, whatever the
// instance remembers (people/helpers/rosterVersion.ts).
import type { UnitDoc } from '../../server/app/model';
import type { RosterMetaDoc } from '../../server/app/people/helpers/rosterVersion';
import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const labels = async () => (await h.ok('owner', 'compound.units', { buildingId: 'b:19栋' })).units.map((u) => u.label);

async function opsOf(fn: () => Promise<unknown>): Promise<number> {
  const before = h.deps.store.ops;
  await fn();
  return h.deps.store.ops - before;
}

const pointer = (live: number, last: number): RosterMetaDoc => ({ _id: 'roster', live, last, importing: live < last ? 'job' : null });

async function stageUnit(room: string, version: number) {
  const [some] = await h.deps.store.find<UnitDoc>('units', { where: { buildingId: 'b:19栋' }, limit: 1 });
  const { _id, ...rest } = some;
  await h.deps.store.insert('units', { ...rest, _id: `u:19栋--${room}`, room, label: `19栋${room}`, holderId: null, order: 9999, rosterVersion: version });
  return _id;
}

it('reads the roster pointer on its first call only; then the building and its units in two store operations', async () => {
  const first = await labels();
  expect(first.length).toBeGreaterThan(0);
  expect(await opsOf(labels)).toBe(2);
  expect(await labels()).toEqual(first);
});

it('keeps a unit an import is still staging hidden, and shows it once the import is switched on, in the same instance', async () => {
  const before = await labels(); // the instance now knows version 0 is live
  await h.deps.store.set('meta', pointer(0, 1));
  await stageUnit('999', 1);
  expect(await labels()).toEqual(before);
  // The switch: the pointer names version 1.
  await h.deps.store.set('meta', pointer(1, 1));
  expect(await labels()).toEqual([...before, '19栋999']);
  // Version 1 is now known live: back to two operations, the staged unit included.
  expect(await opsOf(labels)).toBe(2);
  expect(await labels()).toEqual([...before, '19栋999']);
  // A second import staged after that is hidden again.
  await h.deps.store.set('meta', pointer(1, 2));
  await stageUnit('998', 2);
  expect(await labels()).toEqual([...before, '19栋999']);
});

it('answers 404 for a building an import is still staging, and lists it once switched on', async () => {
  await labels();
  const building = await h.deps.store.get('buildings', 'b:19栋');
  await h.deps.store.set('meta', pointer(0, 1));
  await h.deps.store.insert('buildings', { ...building!, _id: 'b:99栋', name: '99栋', rosterVersion: 1 });
  const staged = await h.call('owner', 'compound.units', { buildingId: 'b:99栋' });
  expect(staged.status).toBe(404);
  await h.deps.store.set('meta', pointer(1, 1));
  expect(await h.ok('owner', 'compound.units', { buildingId: 'b:99栋' })).toEqual({ units: [] });
});
