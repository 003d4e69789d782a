// The demo's votes, played through the real actions so every figure on the screens is the app's
// own: the first owners' committee, elected on paper (the article's 唱票: two rounds, 张建国 and
// 陈丽华 counting on their own accounts, 何书记 watching, everyone signing) and published; a vote
// on using the maintenance fund for the fire main (the year plan's item), open, with a third of
// the owners' paper ballots counted the same way; and a consultation on the central square. The
// personas' own flats are left unvoted, so 王秀英 and 张建国 can vote in the demo.
import { pressInSteps, stillOpening } from '../../src/domain/inSteps';
import type { Deps } from '../app/context';
import { dispatch } from '../app/dispatch';
import type { UnitDoc } from '../app/model';
import { readAll } from '../app/polls/helpers/roster';
import type { Ctx } from '../app/context';
import { personaOpenid, personas } from './personas';
import { demoPng } from './activity';

const DAY = 86_400_000;
const CANDIDATES = ['张建国', '刘淑芬', '陈志强', '杨桂英', '黄德明', '赵小梅', '周国平', '吴海燕', '孙建军'];

type As = <T = Record<string, { id: string }>>(action: string, input: unknown, persona?: string) => Promise<T>;

/**
 * A paper count as the committee runs it: the register's serials for the returned flats, two
 * rounds in which 张建国 (counter 1) and 陈丽华 (counter 2) each enter every ballot on their own
 * account while 何书记 watches, everyone signs the last round, and the close with the sheet's photo.
 */
async function countPaper(as: As, files: Deps['files'], pollId: string, box: Array<[string, Record<string, unknown>]>) {
  const serials = new Map<string, string>();
  for (let skip = 0; ; ) {
    const page = await as<{ items: Array<{ unitId: string; serial: string }>; hasMore: boolean; nextSkip: number }>('polls.paper.register', { pollId, skip });
    for (const item of page.items) serials.set(item.unitId, item.serial);
    if (!page.hasMore) break;
    skip = page.nextSkip;
  }
  let last = '';
  for (let round = 0; round < 2; round++) {
    const { session } = await as('polls.count.start', { pollId, returned: box.length });
    last = session.id;
    await as('polls.count.join', { sessionId: last, as: 'counter', slot: 1 }, 'committee');
    await as('polls.count.join', { sessionId: last, as: 'counter', slot: 2 }, 'counter');
    await as('polls.count.join', { sessionId: last, as: 'scrutineer' }, 'community');
    for (const who of ['committee', 'counter']) {
      for (const [unitId, reading] of box) await as('polls.count.enter', { sessionId: last, serial: serials.get(unitId), ...reading }, who);
    }
  }
  const { digest } = await as<{ digest: string }>('polls.count.review', { sessionId: last });
  for (const who of ['committee', 'counter', 'community']) await as('polls.count.sign', { sessionId: last, digest }, who);
  // The signed tally sheet, photographed (a plain image stands in for it).
  // As the phone does: the bytes into the person's storage folder, then only the file id in the call.
  const stored = await files.put(demoPng([245, 245, 240]), 'image/png', { openid: personaOpenid('committee') });
  const { fileId } = await as<{ fileId: string }>('photos.upload', { fileId: stored });
  await as('polls.count.close', { pollId, photoFileId: fileId });
}

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

  const box: Array<[string, Record<string, unknown>]> = [];

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
    box.push([u._id, { choices }]);
  }
  await countPaper(as, deps.files, election.id, box.splice(0));
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
    box.push([u._id, { choice: r < 29 ? 'yes' : r < 33 ? 'no' : 'abstain' }]);
  }
  await countPaper(as, deps.files, fund.id, box.splice(0));

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
