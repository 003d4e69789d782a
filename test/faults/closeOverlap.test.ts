// A ballot change and a consultation answer running at the same moment as the close, on the
// emulated store's snapshot isolation (conflicts only on documents both write). Started at many
// offsets against the close's steps, each either lands before the close and is counted, or is
// refused; the published count always equals the stored ballots. (These transactions are short:
// the case the gate of closing.ts exists for, a change whose commit is delayed past the whole
// close, is argued in docs/invariants.md; this test pins the outcome, not that case.)
import { countedEqualsStored, noBallotAfterClose } from './invariants';
import { fork, host, seedWorld } from './world';
import type { Input } from '../support/actionTypes';

const START = '2026-03-02T09:00:00.000Z';
const roster = { units: ['A', 'B', 'C'].map((holder, i) => ({ label: `10${i + 1}`, areaCenti: 9000 + i * 50, holder })) };
const OFFSETS = 20;

/** Lets `n` turns of the event loop's microtasks pass: the other call's steps run meanwhile. */
async function yieldTurns(n: number) {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

it.each([
  ['a ballot change', 'decision'],
  ['a consultation answer', 'consultation'],
] as const)('%s overlapping the close is counted or refused, never stored uncounted', async (_what, kind) => {
  const { file, data } = await seedWorld({ roster, startIso: START }, async (h) => {
    const owners = [await h.owner('1栋101'), await h.owner('1栋102')];
    const draft: Input<'polls.create'> = kind === 'decision' ? { kind, title: '更换水泵', item: 5, allowChange: true } : { kind, title: '投放点', options: ['东门', '西门'], per: 'unit', allowChange: true };
    const { poll } = await h.ok('committee', 'polls.create', draft);
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    await h.ok(owners[0], 'polls.cast', kind === 'decision' ? { pollId: poll.id, choice: 'yes' } : { pollId: poll.id, option: 'o1' });
    return { pollId: poll.id as string, owners };
  });
  const { pollId, owners } = data;
  const broken: string[] = [];
  const outcomes = new Set<number>();
  for (let offset = 0; offset < OFFSETS; offset++) {
    const h = host(fork(file), START);
    const input = kind === 'decision' ? { pollId, choice: 'no', change: true } : offset % 2 ? { pollId, option: 'o2', change: true } : { pollId, unitId: 'u:1栋-102', option: 'o2' };
    const who = kind === 'decision' || offset % 2 ? owners[0] : owners[1];
    const [cast] = await Promise.all([
      (async () => {
        await yieldTurns(offset * 6);
        return h.call(who, 'polls.cast', input);
      })(),
      h.call('committee', 'polls.close', { pollId }),
    ]);
    outcomes.add(cast.status);
    await h.jobs();
    for (const v of [...(await countedEqualsStored(h.deps, pollId)), ...(await noBallotAfterClose(h.deps, pollId))]) broken.push(`offset ${offset} (${cast.status}): ${v}`);
    await h.close();
  }
  expect(broken).toEqual([]);
  // The offsets reach both sides of the close: some accepted (counted), some refused.
  expect([...outcomes].sort()).toEqual([200, 409]);
});
