// Fault suite, polls: closing (a decision with ballots, a change and an instance whose cache still
// holds the poll open; a consultation) and opening, cut at every write by every cut kind. After
// the committee presses again with the same operation id and the jobs run once: the poll is closed
// and counted, the count equals the stored ballots, nothing written after `closedAt` is stored,
// every ballot tried after the close was refused, and the registry holds only owners.
import type { Outcome } from '../../server/app/dispatch';
import type { PollDoc } from '../../server/app/polls/model';
import { closeFinished, countedEqualsStored, noBallotAfterClose, registryBackedByRoles, registryMatchesRoster } from './invariants';
import { cutEverywhere, reports, type Invariant, type Scenario } from './suite';
import { seedWorld, type Host } from './world';

const START = '2026-03-02T09:00:00.000Z';
const roster = { units: ['A', 'B', 'C', 'D', 'E', 'F'].map((holder, i) => ({ label: `10${i + 1}`, areaCenti: 9000 + i * 100, holder })) };

/** Ballots tried after the close finished that were accepted (must stay empty). */
let lateAccepted: string[] = [];
const accepted = (o: Outcome) => o.status === 200;

const lateRefused: Invariant = { name: 'lateBallotsRefused', check: async () => lateAccepted };
const closeInvariants = (pollId: string): Invariant[] => [
  { name: 'closeFinished', check: (h) => closeFinished(h.deps, pollId) },
  { name: 'countedEqualsStored', check: (h) => countedEqualsStored(h.deps, pollId) },
  { name: 'noBallotAfterClose', check: (h) => noBallotAfterClose(h.deps, pollId) },
  lateRefused,
];

it('closing a decision: every cut leaves it closed, counted from exactly its ballots, late ones refused', async () => {
  const { file, data } = await seedWorld({ roster, startIso: START }, async (h) => {
    const owners = [await h.owner('1栋101'), await h.owner('1栋102'), await h.owner('1栋103'), await h.owner('1栋104'), await h.owner('1栋105')];
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '更换水泵', item: 5, allowChange: true });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    await h.ok(owners[0], 'polls.cast', { pollId: poll.id, choice: 'yes' });
    return { pollId: poll.id as string, owners };
  });
  const { pollId, owners } = data;
  const scenario: Scenario = {
    name: 'polls.close (decision)',
    file,
    startIso: START,
    instances: 1,
    async before(_h, [other]) {
      lateAccepted = [];
      // Another instance caches the poll as open (its first cast reads the rules).
      await other.call(owners[1], 'polls.cast', { pollId, choice: 'no' });
    },
    call: { who: 'committee', action: 'polls.close', input: { pollId, opId: 'close-op-0001' } },
    async recover(h, [other], first) {
      // While the close may be part-way: the stale instance takes a ballot, an owner changes theirs.
      await other.call(owners[2], 'polls.cast', { pollId, choice: 'yes' });
      await h.call(owners[0], 'polls.cast', { pollId, choice: 'no', change: true });
      if (first instanceof Error || !first.body.ok) await h.call('committee', 'polls.close', { pollId, opId: 'close-op-0001' });
      await h.jobs();
      // After the close: nothing more may be accepted, by either instance, by either path.
      for (const [who, input, via] of [
        [owners[3], { pollId, choice: 'yes' }, other],
        [owners[4], { pollId, choice: 'no' }, h],
        [owners[1], { pollId, choice: 'yes', change: true }, other],
      ] as const) {
        const late = await via.call(who, 'polls.cast', input);
        if (accepted(late)) lateAccepted.push(`${who} ${JSON.stringify(input)} accepted after the close`);
      }
    },
    invariants: closeInvariants(pollId),
  };
  const report = await cutEverywhere(scenario);
  reports.push(report);
  expect(report.writes).toBeGreaterThan(5);
  expect(report.failures).toEqual([]);
});

it('closing a consultation: every cut leaves it closed and counted from exactly its answers', async () => {
  const { file, data } = await seedWorld({ roster, startIso: START }, async (h) => {
    const owners = [await h.owner('1栋101'), await h.owner('1栋102'), await h.owner('1栋103')];
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'consultation', title: '投放点设在哪里', options: ['东门', '西门'], per: 'unit', allowChange: true });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    await h.ok(owners[0], 'polls.cast', { pollId: poll.id, option: 'o1' });
    return { pollId: poll.id as string, owners };
  });
  const { pollId, owners } = data;
  const report = await cutEverywhere({
    name: 'polls.close (consultation)',
    file,
    startIso: START,
    before: async () => void (lateAccepted = []),
    call: { who: 'committee', action: 'polls.close', input: { pollId, opId: 'close-op-0002' } },
    async recover(h: Host, _o, first) {
      await h.call(owners[1], 'polls.cast', { pollId, option: 'o2' });
      if (first instanceof Error || !first.body.ok) await h.call('committee', 'polls.close', { pollId, opId: 'close-op-0002' });
      await h.jobs();
      for (const [who, input] of [
        [owners[2], { pollId, option: 'o1' }],
        [owners[0], { pollId, option: 'o2', change: true }],
      ] as const) {
        if (accepted(await h.call(who, 'polls.cast', input))) lateAccepted.push(`${who} ${JSON.stringify(input)} accepted after the close`);
      }
    },
    invariants: closeInvariants(pollId),
  });
  reports.push(report);
  expect(report.failures).toEqual([]);
});

it('opening: every cut leaves a poll that accepts no ballot until fully open, and opens on the next press or the jobs, with a registry of exactly its owners', async () => {
  const { file, data } = await seedWorld({ roster, startIso: START }, async (h) => {
    const owners = [await h.owner('1栋101'), await h.owner('1栋102'), await h.owner('1栋103', '1栋104')];
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '更换水泵', item: 5 });
    return { pollId: poll.id as string, owners };
  });
  const { pollId, owners } = data;
  const input = { pollId, opId: 'open-fault-0001' };
  const report = await cutEverywhere({
    name: 'polls.open',
    file,
    startIso: START,
    call: { who: 'committee', action: 'polls.open', input },
    always: [
      {
        name: 'noBallotBeforeOpen',
        async check(h) {
          const poll = (await h.deps.store.get<PollDoc>('polls', pollId))!;
          if (poll.status === 'open') return [];
          const cast = await h.call(owners[1], 'polls.cast', { pollId, choice: 'no' });
          return cast.status === 200 ? [`a ballot was accepted while the poll was ${poll.status}`] : [];
        },
      },
    ],
    async recover(h) {
      // The jobs take an opening left part-way further; the committee's press (same opId) too.
      await h.jobs();
      await h.ok('committee', 'polls.open', input);
    },
    invariants: [
      {
        name: 'opensWithItsRoster',
        async check(h) {
          const poll = await h.ok('committee', 'polls.get', { pollId });
          const out: string[] = [];
          if (poll.poll.status !== 'open') out.push(`poll is ${poll.poll.status}`);
          const cast = await h.call(owners[0], 'polls.cast', { pollId, choice: 'yes' });
          if (cast.status !== 200) out.push(`an owner could not vote: ${cast.status} ${JSON.stringify(cast.body)}`);
          return out;
        },
      },
      { name: 'registryBackedByRoles', check: (h) => registryBackedByRoles(h.deps, pollId) },
      { name: 'registryMatchesRoster', check: (h) => registryMatchesRoster(h.deps, pollId, owners) },
    ],
  });
  reports.push(report);
  expect(report.failures).toEqual([]);
});
