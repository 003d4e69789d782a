// The paper ballot register of a 5,000-flat compound on the emulated store at 15 ms a call: it is
// never made in one go. Each call serves one page of 100 serials from the poll's frozen roster
// (reading at most the two roster chunks that hold them) and logs the read, so every call costs
// the same few round trips whatever the compound's size, far under the api function's timeout;
// and a page whose call is cut (at its one write, the audit event) is simply asked for again, with
// the same serials: the screen goes on from the page it had.
import { CLOUD_LIMITS } from '../../server/cloud/limits';
import { CUT_KINDS } from './suite';
import { fork, host, seedWorld } from './world';

const START = '2026-03-02T09:00:00.000Z';
const FLATS = 5000;
const roster = { units: Array.from({ length: FLATS }, (_, i) => ({ label: `${1000 + i}`, building: `${1 + Math.floor(i / 250)}栋`, areaCenti: 8000 + (i % 7) * 100, holder: `H${i}` })) };
type Page = { issued: number; items: Array<{ serial: string; unitId: string }>; hasMore: boolean; nextSkip: number };

let world: { file: string; data: { pollId: string } };
beforeAll(async () => {
  world = await seedWorld({ roster, startIso: START }, async (h) => {
    const pollId = (await h.ok('committee', 'polls.create', { kind: 'decision', title: '更换水泵', item: 5 })).poll.id as string;
    await h.ok('committee', 'polls.open', { pollId, opId: 'open-register-1' });
    return { pollId };
  });
}, 120_000);

it('serves a 5,000-flat register in pages of 100, each call a few round trips under the timeout', async () => {
  const h = host(fork(world.file), START, 'emulated', { latencyMs: 15, jitterMs: 0 });
  const serials: string[] = [];
  const costs: Array<{ ops: number; ms: number }> = [];
  let skip = 0;
  for (let more = true; more; ) {
    const { outcome, inv } = await h.cutCall('committee', 'polls.paper.register', { pollId: world.data.pollId, ...(skip ? { skip } : {}) });
    expect(outcome.status).toBe(200);
    const page = (outcome.body as { data: Page }).data;
    expect(page.issued).toBe(FLATS);
    serials.push(...page.items.map((i) => i.serial));
    costs.push({ ops: inv.ops, ms: inv.elapsedMs });
    ({ hasMore: more, nextSkip: skip } = page);
  }
  expect(serials).toHaveLength(FLATS);
  expect(serials[0]).toBe('P0001');
  expect(serials[FLATS - 1]).toBe('P5000');
  expect(new Set(serials).size).toBe(FLATS);
  expect(costs).toHaveLength(FLATS / 100);
  // The same cost for the first page and the last: nothing grows with the compound.
  expect(Math.max(...costs.map((c) => c.ops))).toBeLessThanOrEqual(costs[0].ops + 1);
  expect(Math.max(...costs.map((c) => c.ms))).toBeLessThan(CLOUD_LIMITS.apiTimeoutMs / 20);
  await h.close();
});

it.each(CUT_KINDS)('a page cut at its write (%s) is asked again and answers the same serials', async (kind) => {
  const h = host(fork(world.file), START);
  const input = { pollId: world.data.pollId, skip: 2500 };
  const cut = await h.cutCall('committee', 'polls.paper.register', input, { atWrite: 1, kind });
  expect(cut.outcome.status).toBeGreaterThanOrEqual(500);
  const again = await h.ok<Page>('committee', 'polls.paper.register', input);
  expect(again.items.map((i) => i.serial)).toEqual(Array.from({ length: 100 }, (_, i) => `P${String(2501 + i).padStart(4, '0')}`));
  expect(again.nextSkip).toBe(2600);
  await h.close();
});
