// The timer's walk over many compounds (server/app/jobs/compoundWalk.ts): one run does what fits
// in its budget, the next carries on after the last compound done, every compound gets its turn,
// and no run visits a compound twice.
import { openLocalDeps } from '../../server/local/runtime';
import { WALK_PARALLEL, walkCompounds, type JobsCursorDoc } from '../../server/app/jobs/compoundWalk';
import { runJobs } from '../../server/app/jobs/runJobs';
import type { Deps } from '../../server/app/context';

let root: Deps;
const ids = Array.from({ length: 250 }, (_, i) => `c${String(i).padStart(3, '0')}`);

beforeEach(async () => {
  root = openLocalDeps(':memory:', { now: () => new Date('2026-03-04T02:00:00.000Z') });
  for (const id of ids) await root.store.set('compounds', { _id: id, name: id, city: '武汉市', district: '新洲区', communityId: 'community:x', propertyCompanyId: null, hasCommittee: false, createdAt: '2026-03-01T00:00:00.000Z' });
});
afterEach(() => root.store.close());

/** A visit that costs `ops` store operations, recording the order of visits. */
const costly = (seen: string[], ops: number) => async (id: string) => {
  seen.push(id);
  for (let i = 0; i < ops; i++) await root.store.get('compounds', id);
};

describe('jobs walk over the compounds', () => {
  it('stops when the next compound would not fit in the budget and keeps the cursor at the last one done', async () => {
    const seen: string[] = [];
    const report = await walkCompounds(root, costly(seen, 30), 400, 1);
    // 30 ops a visit + 1 cursor write; the first guess is 40, then the heaviest seen (31) + 2 must still fit.
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.length).toBeLessThan(15);
    expect(seen).toEqual(ids.slice(0, seen.length));
    expect(report).toMatchObject({ compounds: seen.length, wrapped: false, next: seen[seen.length - 1] });
    expect(report.ops).toBeLessThanOrEqual(400);
    expect(await root.store.get<JobsCursorDoc>('cursors', 'jobs')).toMatchObject({ after: seen[seen.length - 1], rounds: 0 });
  });

  it('carries on after the last compound done, so consecutive runs visit every compound once per round, in order', async () => {
    const seen: string[] = [];
    let runs = 0;
    while (seen.length < ids.length) {
      await walkCompounds(root, costly(seen, 30), 400, 1);
      runs++;
    }
    expect(seen.slice(0, ids.length)).toEqual(ids);
    // A run that passed the end went on with the next round from the first compound.
    expect(seen.slice(ids.length)).toEqual(ids.slice(0, seen.length - ids.length));
    expect(runs).toBeGreaterThan(15);
    // The next run starts right after the last compound done.
    const next: string[] = [];
    await walkCompounds(root, costly(next, 30), 400, 1);
    expect(next[0]).toBe(ids[seen.length % ids.length]);
    expect(await root.store.get<JobsCursorDoc>('cursors', 'jobs')).toMatchObject({ rounds: 1 });
  });

  it('never visits a compound twice in one run, even with budget to spare', async () => {
    await root.store.set('cursors', { _id: 'jobs', after: 'c199', rounds: 0, updatedAt: '' });
    const seen: string[] = [];
    const report = await walkCompounds(root, costly(seen, 0), 1_000_000);
    expect(seen).toEqual([...ids.slice(200), ...ids.slice(0, 200)]);
    expect(new Set(seen).size).toBe(ids.length);
    expect(report).toMatchObject({ compounds: 250, wrapped: true, next: 'c199' });
    expect(await root.store.get<JobsCursorDoc>('cursors', 'jobs')).toMatchObject({ after: 'c199', rounds: 1 });
  });

  it('starts a new round from the first compound when the cursor is at the last one, even with one compound', async () => {
    await root.store.set('cursors', { _id: 'jobs', after: 'c249', rounds: 3, updatedAt: '' });
    const seen: string[] = [];
    await walkCompounds(root, costly(seen, 0), 30, 1);
    expect(seen[0]).toBe('c000');
    expect(await root.store.get<JobsCursorDoc>('cursors', 'jobs')).toMatchObject({ rounds: 4 });
  });

  it('always does at least one compound, however heavy, so the walk never stalls', async () => {
    const seen: string[] = [];
    await walkCompounds(root, costly(seen, 500), 100, 1);
    expect(seen).toEqual(['c000']);
    await walkCompounds(root, costly(seen, 500), 100, 1);
    expect(seen).toEqual(['c000', 'c001']);
  });

  it('a run cut off inside a compound repeats only that batch next time', async () => {
    const seen: string[] = [];
    const killed = Object.assign(new Error('cut off at the timeout'), { name: 'InvocationKilled' });
    await expect(
      walkCompounds(root, async (id) => {
        seen.push(id);
        if (id === 'c005') throw killed;
      }, 1_000_000, 2),
    ).rejects.toBe(killed);
    const after: string[] = [];
    await walkCompounds(root, async (id) => void after.push(id), 60, 2);
    expect(seen).toEqual(['c000', 'c001', 'c002', 'c003', 'c004', 'c005']);
    expect(after.slice(0, 2)).toEqual(['c004', 'c005']);
  });

  it('a compound whose jobs fail is logged and passed, so the compounds behind it still get their turn', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
    const seen: string[] = [];
    const report = await walkCompounds(root, async (id) => {
      seen.push(id);
      if (id === 'c001') throw new Error('broken document');
    }, 1_000_000);
    expect(seen).toHaveLength(ids.length);
    expect(report).toMatchObject({ compounds: ids.length, failed: 1 });
    expect(logged).toHaveBeenCalledWith('[jobs] compound c001 failed:', expect.any(Error));
    logged.mockRestore();
  });

  it('runs four compounds side by side, each once, with four times the operations in the same time', async () => {
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    const report = await walkCompounds(root, async (id) => {
      running++;
      most = Math.max(most, running);
      seen.push(id);
      await root.store.get('compounds', id);
      await new Promise((r) => setImmediate(r));
      running--;
    }, 100);
    expect(most).toBe(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(ids.slice(0, seen.length));
    expect(report.ops).toBeLessThanOrEqual(400);
    expect(seen.length).toBeGreaterThan(100);
  });

  it('runJobs on the whole deployment walks the compounds and reports how far it got', async () => {
    const report = await runJobs(root, 400);
    expect(report.walk).toMatchObject({ wrapped: false });
    expect(report.walk!.compounds).toBeGreaterThan(2);
    expect(report.walk!.compounds).toBeLessThan(ids.length);
    expect(report.walk!.ops).toBeLessThanOrEqual(400 * WALK_PARALLEL);
    const second = await runJobs(root, 400);
    expect(second.walk!.next! > report.walk!.next!).toBe(true);
  });
});
