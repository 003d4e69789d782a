// Fault suite, people: withdrawing an owner's role during an open poll, and approving an owner's
// claim during one, cut at every write by every cut kind. A revoked owner can never vote, not even
// right after a cut before anyone retried; after the admin presses again and the jobs run, the
// poll's voter registry holds only owners, and an approved owner can vote.
import type { UserDoc } from '../../server/app/model';
import { registryBackedByRoles } from './invariants';
import { cutEverywhere, reports, type Invariant } from './suite';
import { seedWorld, type Host } from './world';

const START = '2026-03-02T09:00:00.000Z';
const roster = { units: ['A', 'B', 'C', 'D'].map((holder, i) => ({ label: `10${i + 1}`, areaCenti: 9000, holder })) };

async function world() {
  return seedWorld({ roster, startIso: START }, async (h) => {
    const owners = [await h.owner('1栋101'), await h.owner('1栋102')];
    const claimant = await h.member('1栋103', ['resident']);
    const admin = await h.member('1栋104', ['admin']);
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '更换水泵', item: 5 });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    const { claim } = await h.ok(claimant, 'claims.submit', { unitId: 'u:1栋-103', name: '测试3', phoneLast4: '0003' }).catch(() => ({ claim: null }));
    return { pollId: poll.id as string, owners, claimant, admin, claimId: (claim?.id ?? null) as string | null };
  });
}

/** The revoked owner tries to vote; accepted or not, and whether their role is already gone. */
async function triesToVote(h: Host, who: string, pollId: string): Promise<string[]> {
  const user = await h.deps.store.get<UserDoc>('users', `user:${who}`);
  if (user?.roles.includes('owner')) return []; // not revoked yet: voting is still their right
  const cast = await h.call(who, 'polls.cast', { pollId, choice: 'yes' });
  return cast.status === 200 ? [`${who} voted after their owner role was withdrawn`] : [];
}

it('withdrawing an owner role mid-poll: at no cut can the revoked owner vote', async () => {
  const { file, data } = await world();
  const { pollId, owners, admin } = data;
  const revokedCannotVote = (when: string): Invariant => ({ name: `revokedCannotVote(${when})`, check: (h) => triesToVote(h, owners[0], pollId) });
  const report = await cutEverywhere({
    name: 'roles.grant (withdraw owner during a poll)',
    file,
    startIso: START,
    call: { who: admin, action: 'roles.grant', input: { userId: `user:${owners[0]}`, role: 'owner', grant: false } },
    async recover(h) {
      await h.call(admin, 'roles.grant', { userId: `user:${owners[0]}`, role: 'owner', grant: false });
      await h.jobs();
    },
    always: [revokedCannotVote('right after the cut')],
    invariants: [revokedCannotVote('after the retry'), { name: 'registryBackedByRoles', check: (h) => registryBackedByRoles(h.deps, pollId) }],
  });
  reports.push(report);
  expect(report.writes).toBeGreaterThan(1);
  expect(report.failures).toEqual([]);
});

it('approving an owner claim mid-poll: every cut leaves a registry of owners, and the approved owner can vote', async () => {
  const { file, data } = await world();
  const { pollId, claimant, claimId } = data;
  expect(claimId).not.toBeNull();
  const report = await cutEverywhere({
    name: 'claims.review (approve during a poll)',
    file,
    startIso: START,
    call: { who: 'committee', action: 'claims.review', input: { claimId, approve: true } },
    async recover(h) {
      await h.call('committee', 'claims.review', { claimId, approve: true });
      await h.jobs();
    },
    invariants: [
      { name: 'registryBackedByRoles', check: (h) => registryBackedByRoles(h.deps, pollId) },
      {
        name: 'approvedOwnerCanVote',
        async check(h) {
          const cast = await h.call(claimant, 'polls.cast', { pollId, choice: 'no' });
          return cast.status === 200 ? [] : [`the approved owner got ${cast.status}: ${JSON.stringify(cast.body)}`];
        },
      },
    ],
  });
  reports.push(report);
  expect(report.failures).toEqual([]);
});
