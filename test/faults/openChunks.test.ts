// Opening a big compound: one holder document and one registry document per verified owner,
// ≈ 4,400 writes for 2,200 owners, so the opening goes in chunks under the api function's
// timeout, on the emulated store at 15 ms a call. The first press answers `opening` with how many
// owners it registered; ballots are refused until it is open; the next presses (same opId) or the
// jobs finish it, and each invocation stays under the timeout.
import { CLOUD_LIMITS } from '../../server/cloud/limits';
import type { PollDoc } from '../../server/app/polls/model';
import { registryBackedByRoles, registryMatchesRoster } from './invariants';
import { fork, host, seedWorld } from './world';

const START = '2026-03-02T09:00:00.000Z';
const HOLDERS = 2200;
const label = (i: number) => `${1000 + i}`;
const building = (i: number) => `${1 + Math.floor(i / 300)}栋`;
const roster = { units: Array.from({ length: HOLDERS }, (_, i) => ({ label: label(i), building: building(i), areaCenti: 8000 + (i % 9) * 120, holder: `H${i}` })) };
type Answer = { status: number; body: { ok: boolean; data?: { poll: { status: string; opening?: { holdersDone: number; holdersTotal: number } } } } };

let world: { file: string; data: { pollIds: string[]; owners: string[] } };
beforeAll(async () => {
  world = await seedWorld({ roster, startIso: START }, async (h) => {
    const owners: string[] = [];
    for (let i = 0; i < HOLDERS; i++) owners.push(await h.owner(`${building(i)}${label(i)}`));
    const pollIds: string[] = [];
    for (const title of ['更换水泵', '维修电梯']) pollIds.push((await h.ok('committee', 'polls.create', { kind: 'decision', title, item: 5 })).poll.id);
    return { pollIds, owners };
  });
}, 120_000);

it('answers opening with how many owners it registered, refuses ballots until open, and the next presses finish it, each call under the timeout', async () => {
  const h = host(fork(world.file), START, 'emulated', { latencyMs: 15, jitterMs: 0 });
  const pollId = world.data.pollIds[0];
  const input = { pollId, opId: 'open-big-0001' };
  const first = await h.cutCall('committee', 'polls.open', input);
  const progress = (first.outcome as Answer).body.data!.poll;
  expect(progress.status).toBe('opening');
  expect(progress.opening!.holdersTotal).toBe(HOLDERS);
  expect(progress.opening!.holdersDone).toBeGreaterThan(0);
  expect(progress.opening!.holdersDone).toBeLessThan(HOLDERS);
  expect(first.inv.elapsedMs).toBeLessThan(CLOUD_LIMITS.apiTimeoutMs);
  expect((await h.call(world.data.owners[0], 'polls.cast', { pollId, choice: 'yes' })).status).toBe(409);
  const calls = [first.inv.elapsedMs];
  let status = progress.status;
  while (status === 'opening' && calls.length < 20) {
    const next = await h.cutCall('committee', 'polls.open', input);
    calls.push(next.inv.elapsedMs);
    status = (next.outcome as Answer).body.data!.poll.status;
  }
  expect(status).toBe('open');
  expect(Math.max(...calls)).toBeLessThan(CLOUD_LIMITS.apiTimeoutMs);
  expect(await registryMatchesRoster(h.deps, pollId, world.data.owners.slice(0, 50))).toEqual([]);
  expect(await registryBackedByRoles(h.deps, pollId)).toEqual([]);
  expect((await h.call(world.data.owners[0], 'polls.cast', { pollId, choice: 'yes' })).status).toBe(200);
  await h.close();
}, 120_000);

it('lets the jobs finish an opening the committee started and left, further on every run', async () => {
  const h = host(fork(world.file), START);
  const pollId = world.data.pollIds[1];
  expect((await h.call('committee', 'polls.open', { pollId }) as Answer).body.data!.poll.status).toBe('opening');
  // A jobs run has its own budget (60 s function, budget.ts): each run takes it further, until open.
  const done: number[] = [];
  let poll = (await h.deps.store.get<PollDoc>('polls', pollId))!;
  while (poll.status === 'opening' && done.length < 5) {
    done.push(poll.opening!.holdersDone);
    await h.jobs();
    poll = (await h.deps.store.get<PollDoc>('polls', pollId))!;
  }
  expect(poll.status).toBe('open');
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(new Set(done).size).toBe(done.length);
  expect(await registryMatchesRoster(h.deps, pollId, world.data.owners.slice(-50))).toEqual([]);
  await h.close();
}, 120_000);
