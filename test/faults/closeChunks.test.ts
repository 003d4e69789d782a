// Closing a big compound: sealing ≈ one write per empty seat, so the close goes in chunks under
// the api function's timeout, on the emulated store at 15 ms a call. The first press answers
// `closing` with how far it got; the next press (or the jobs) finishes it. Each invocation stays
// under the timeout.
import { CLOUD_LIMITS } from '../../server/cloud/limits';
import type { PollDoc } from '../../server/app/polls/model';
import { closeFinished, countedEqualsStored } from './invariants';
import { fork, host, seedWorld } from './world';

const START = '2026-03-02T09:00:00.000Z';
const HOLDERS = 1500;
const roster = { units: Array.from({ length: HOLDERS }, (_, i) => ({ label: `${1000 + i}`, building: `${1 + Math.floor(i / 300)}栋`, areaCenti: 8000 + (i % 9) * 120, holder: `H${i}` })) };

let world: { file: string; data: { pollIds: string[] } };
beforeAll(async () => {
  world = await seedWorld({ roster, startIso: START }, async (h) => {
    const owner = await h.owner('1栋1000');
    const pollIds: string[] = [];
    for (const title of ['更换水泵', '维修电梯']) {
      const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title, item: 5 });
      await h.ok('committee', 'polls.open', { pollId: poll.id });
      await h.ok(owner, 'polls.cast', { pollId: poll.id, choice: 'yes' });
      pollIds.push(poll.id);
    }
    return { pollIds };
  });
});

it('answers closing with progress while sealing, and the next press finishes it, each call under the timeout', async () => {
  const h = host(fork(world.file), START, 'emulated', { latencyMs: 15, jitterMs: 0 });
  const pollId = world.data.pollIds[0];
  const first = await h.cutCall('committee', 'polls.close', { pollId, opId: 'close-big-0001' });
  expect(first.outcome.status).toBe(200);
  const progress = (first.outcome.body as { data: { poll: { status: string; closing: { seatsDone: number; seatsTotal: number } } } }).data.poll;
  expect(progress.status).toBe('closing');
  expect(progress.closing.seatsTotal).toBe(HOLDERS);
  expect(progress.closing.seatsDone).toBeGreaterThan(0);
  expect(progress.closing.seatsDone).toBeLessThan(HOLDERS);
  expect(first.inv.elapsedMs).toBeLessThan(CLOUD_LIMITS.apiTimeoutMs);
  const calls = [first.inv.elapsedMs];
  let status = progress.status;
  while (status === 'closing' && calls.length < 10) {
    const next = await h.cutCall('committee', 'polls.close', { pollId, opId: 'close-big-0001' });
    calls.push(next.inv.elapsedMs);
    status = (next.outcome.body as { data: { poll: { status: string } } }).data.poll.status;
  }
  expect(status).toBe('closed');
  expect(Math.max(...calls)).toBeLessThan(CLOUD_LIMITS.apiTimeoutMs);
  for (const check of [closeFinished, countedEqualsStored]) expect(await check(h.deps, pollId)).toEqual([]);
  await h.close();
});

it('lets the jobs finish a close the committee started and left', async () => {
  const h = host(fork(world.file), START);
  const pollId = world.data.pollIds[1];
  expect((await h.ok('committee', 'polls.close', { pollId })).poll.status).toBe('closing');
  await h.jobs();
  const poll = (await h.deps.store.get<PollDoc>('polls', pollId))!;
  expect([poll.status, poll.result?.kind]).toEqual(['closed', 'decision']);
  expect(await closeFinished(h.deps, pollId)).toEqual([]);
  await h.close();
});
