// Compound is the boundary (docs/architecture): compound B (锦绣花园) gets an issue, a vote with a
// ballot, people, a team, a care record, a meeting and a notice; then every action of the table is
// called as members of compound A (侨亚小区) with every role, with B's ids wherever the action takes
// one, and no answer carries any trace of B. An id of B's record answers exactly as a made-up id.
import { actionList } from '../../server/app/actions';
import { demoHarness, type Harness } from '../support/harness';

const B = 'jinxiu';
let h: Harness;
const ids: Record<string, string> = {};
const inDays = (n: number) => new Date(h.clock.now().getTime() + n * 86_400_000).toISOString();

beforeAll(async () => {
  h = await demoHarness();
  const { issue } = await h.okIn(B, 'jinxiu-committee', 'issues.report', { category: 'pipe_leak', place: { unitId: 'u:1栋-1单元-101' }, description: '锦绣花园乙秘事:二单元水管爆裂', visibility: 'public' });
  ids.issueId = issue.id;
  const { poll } = await h.okIn(B, 'jinxiu-committee', 'polls.create', { kind: 'decision', title: '锦绣花园乙秘决:更换电梯', item: 7 });
  ids.pollId = poll.id;
  for (let i = 0; i < 20 && (await h.okIn(B, 'jinxiu-committee', 'polls.get', { pollId: poll.id })).poll.status !== 'open'; i++) await h.callIn(B, 'jinxiu-committee', 'polls.open', { pollId: poll.id });
  await h.okIn(B, 'jinxiu-committee', 'polls.cast', { pollId: poll.id, choice: 'yes' });
  const { team } = await h.okIn(B, 'community', 'volunteers.team.create', { name: '锦绣乙秘队', description: '锦绣花园乙秘队的说明' });
  ids.teamId = team.id;
  const { care } = await h.okIn(B, 'community', 'care.register', { category: 'left_behind_child', name: '锦小乙', unitLabel: '2栋1单元302', contact: '13900007777', needs: '锦绣乙秘需要', consentGiven: true, consentWay: 'guardian' });
  ids.careId = care.id;
  const { meeting } = await h.okIn(B, 'jinxiu-committee', 'meetings.schedule', { title: '锦绣乙秘会', at: inDays(1), place: '锦绣乙秘室', freeItems: ['锦绣乙秘议题'] });
  ids.meetingId = meeting.id;
  const { notice } = await h.okIn(B, 'manager', 'notices.publish', { title: '锦绣乙秘告示', body: '锦绣花园乙秘告示正文', kind: 'maintenance' });
  ids.noticeId = notice.id;
  ids.userId = 'user:demo-jinxiu-committee';
}, 120_000);
afterAll(() => h.close());

// B's words and people: 方玉珍 (B's committee, not in A), her phone whole and masked, B's own texts.
const TRACES = () => ['乙秘', '方玉珍', '13871550612', '1387****612', '138****0612', '锦小乙', '13900007777', ...Object.values(ids).filter((id) => id !== 'user:demo-jinxiu-committee')];
// One persona per role of compound A, and one who holds none there.
const MEMBERS_OF_A = ['owner', 'resident', 'newcomer', 'committee', 'staff', 'manager', 'community', 'admin'];

/** An input naming B's records wherever the action's schema takes such a field. */
function inputWithBIds(action: (typeof actionList)[number]): Record<string, unknown> {
  const shape = (action.input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return Object.fromEntries(Object.entries(ids).filter(([key]) => key in shape));
}

describe('compound isolation', () => {
  it('shows B its own records (the traces are real)', async () => {
    expect(JSON.stringify(await h.okIn(B, 'jinxiu-committee', 'issues.get', { issueId: ids.issueId }))).toContain('乙秘事');
    expect(JSON.stringify(await h.okIn(B, 'community', 'care.get', { careId: ids.careId }))).toContain('锦小乙');
  });

  it('leaks no trace of compound B through any action, to any role of compound A', async () => {
    for (const who of MEMBERS_OF_A) {
      for (const action of actionList) {
        for (const input of [{}, inputWithBIds(action)]) {
          const text = JSON.stringify((await h.call(who, action.name, input)).body);
          for (const trace of TRACES()) expect([who, action.name, trace, text.includes(trace)]).toEqual([who, action.name, trace, false]);
        }
      }
    }
  }, 600_000);

  it.each([
    ['issues.get', 'issueId'],
    ['polls.get', 'pollId'],
    ['polls.results', 'pollId'],
    ['volunteers.team', 'teamId'],
    ['care.get', 'careId'],
    ['meetings.get', 'meetingId'],
    ['notices.get', 'noticeId'],
    ['issues.comment', 'issueId'],
  ])('answers %s with B’s id exactly as with a made-up one (404), for every role of A', async (action, field) => {
    for (const who of MEMBERS_OF_A) {
      const extra = action === 'issues.comment' ? { text: '看看' } : {};
      const real = await h.call(who, action, { [field]: ids[field], ...extra });
      const fake = await h.call(who, action, { [field]: `${ids[field]}x`, ...extra });
      expect([who, real.status]).toEqual([who, 404]);
      expect(real.body).toEqual(fake.body);
    }
  });

  it('leaves B exactly as it was: one ballot, its issue unseconded and uncommented', async () => {
    const poll = await h.okIn(B, 'jinxiu-committee', 'polls.progress', { pollId: ids.pollId });
    expect(JSON.stringify(poll)).toBeTruthy();
    const issue = await h.okIn(B, 'jinxiu-committee', 'issues.get', { issueId: ids.issueId });
    expect(issue.issue.seconds ?? 0).toBe(0);
    expect(await h.root.store.count('ballots', { compoundId: B })).toBe(1);
  });
});
