// The demo's votes, played through the real actions so every figure on the screens is the app's
// own: the first owners' committee, elected on paper (the article's 唱票) and published; a vote on
// using the maintenance fund for the fire main (the year plan's item), open, with a third of the
// owners' paper ballots already recorded; and a consultation on the central square. The personas'
// own flats are left unvoted, so 王秀英 and 张建国 can vote in the demo.
import { pressInSteps, stillOpening } from '../../src/domain/inSteps';
import type { Deps } from '../app/context';
import { dispatch } from '../app/dispatch';
import type { UnitDoc } from '../app/model';
import { readAll } from '../app/polls/roster';
import type { Ctx } from '../app/context';
import { personaOpenid, personas } from './personas';

const DAY = 86_400_000;
const CANDIDATES = ['张建国', '刘淑芬', '陈志强', '杨桂英', '黄德明', '赵小梅', '周国平', '吴海燕', '孙建军'];

export async function seedDemoPolls(deps: Deps, now: Date): Promise<void> {
  let at = now.getTime();
  const d: Deps = { ...deps, clock: { now: () => new Date(at) } };
  const go = (offset: number) => void (at = now.getTime() + offset);
  const as = async <T = Record<string, { id: string }>>(action: string, input: unknown, persona = 'committee'): Promise<T> => {
    const outcome = await dispatch(d, action, input, { openid: personaOpenid(persona) });
    if (!outcome.body.ok) throw new Error(`demo ${action}: ${JSON.stringify(outcome.body.error)}`);
    return outcome.body.data as T;
  };
  // Opening goes in steps (opening.ts): press again with the same operation id until open.
  let opens = 0;
  const open = (pollId: string) => pressInSteps((opId) => as<{ poll: { status: string } }>('polls.open', { pollId, opId }), `demo-open-${++opens}`, { pending: stillOpening });
  // One flat per owner, in roster order, leaving out the personas' own owners.
  const units = (await readAll<UnitDoc>({ ...deps, caller: null } as Ctx, 'units')).sort((a, b) => (a.buildingId === b.buildingId ? a.order - b.order : a.buildingId < b.buildingId ? -1 : 1));
  const personaLabels = new Set(personas.flatMap((p) => p.units));
  const skipHolders = new Set(units.filter((u) => personaLabels.has(u.label)).map((u) => u.holderId));
  const seen = new Set<string>();
  const owners = units.filter((u) => !skipHolders.has(u.holderId) && !seen.has(u.holderId) && (seen.add(u.holderId), true));
  const pick = (i: number, n: number) => (i * 7919 + 13) % n;
  // Votes end at 18:00 China time (10:00 UTC), as notices announce them.
  const at18 = (days: number) => {
    const d = new Date(now.getTime() + days * DAY);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 10, 0)).toISOString();
  };

  // 1. The first owners' committee: 7 seats, 9 candidates; 78% of the owners' paper ballots came
  //    back and were entered after the public count; closed and published.
  go(-45 * DAY);
  const { poll: election } = await as('polls.create', {
    kind: 'election',
    title: '选举第一届业主委员会',
    description: '业主大会首次会议选举业主委员会委员 7 名。候选人由各楼栋业主推荐,社区审核。',
    seats: 7,
    candidates: CANDIDATES.map((name, i) => ({ name, statement: i === 0 ? '退休工程师,牵头跑过19栋水管改造' : `${['海韵', '颐乐园', '桥东'][i % 3]}业主,热心小区事务` })),
    closesAt: at18(-38),
  });
  await open(election.id);
  go(-39 * DAY);
  for (const [i, u] of owners.entries()) {
    if (pick(i, 100) >= 78) continue;
    // Most ring the first seven; some leave one out, some ring 孙建军 or 吴海燕 instead of one.
    let choices = CANDIDATES.slice(0, 7).map((_, k) => `c${k + 1}`);
    if (pick(i, 5) === 0) choices = choices.filter((c) => c !== `c${1 + pick(i, 7)}`);
    if (pick(i, 6) === 0) choices = [...choices.slice(0, 6), 'c9'];
    if (pick(i, 9) === 0) choices = [...choices.slice(0, 5), 'c8'];
    await as('polls.paper.record', { pollId: election.id, unitId: u._id, choices });
  }
  // The closing time passes (the first reader closes and counts it); then it is published.
  go(-37 * DAY);
  await as('polls.get', { pollId: election.id });
  await as('polls.publish', { pollId: election.id });

  // 2. Using the maintenance fund for the fire main (art. 278 item 5): open for ten days, three in.
  go(-3 * DAY);
  const { poll: fund } = await as('polls.create', {
    kind: 'decision',
    item: 5,
    title: '使用住宅专项维修资金改造消防管网',
    description: '消防管网和泵房瘫痪多年,拟使用维修资金约 42 万元修复(见年度重点工作计划)。施工方案和预算已在公告栏公示。',
    closesAt: at18(7),
    allowChange: true,
  });
  await open(fund.id);
  go(-2 * DAY);
  for (const [i, u] of owners.entries()) {
    const r = pick(i, 100);
    if (r >= 36) continue;
    await as('polls.paper.record', { pollId: fund.id, unitId: u._id, choice: r < 29 ? 'yes' : r < 33 ? 'no' : 'abstain' });
  }

  // 3. A consultation, one answer per flat: what to do with the central square.
  go(-1 * DAY);
  const { poll: square } = await as('polls.create', {
    kind: 'consultation',
    per: 'unit',
    title: '中心广场改造方案意见征询',
    description: '三方联动会议提出改造中心广场,先听听大家的意见。',
    options: ['增加健身器材和座椅', '划出一块儿童游乐区', '保持现状,只修补地面'],
    closesAt: at18(14),
  });
  await open(square.id);
}
