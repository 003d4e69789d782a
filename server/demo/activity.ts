// The demo compound's recent life, played through the real actions on a clock set in the past,
// so every issue has the timeline, tasks and statistics real use would give it: a leak fixed and
// praised, a manhole closed unconfirmed, lights being fixed, a wall tabled for the three-party
// meeting, a green-waste report waiting too long, a rejected request, weekly cleaning of
// building 19 and the dawn meter round.
import { deflateSync } from 'node:zlib';
import type { Deps } from '../app/context';
import { dispatch } from '../app/dispatch';
import { generateRecurringTasks, autoCloseDone } from '../app/jobs/runJobs';
import type { MeterDoc, ReadingDoc } from '../app/meters/model';
import { readingId } from '../app/meters/model';
import type { UnitDoc } from '../app/model';
import { personaOpenid } from './personas';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small solid-colour PNG, standing in for a phone photo. */
export function demoPng(rgb: [number, number, number], size = 48): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(data.length + 12);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), data.length + 8);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export async function seedDemoActivity(deps: Deps, now: Date): Promise<void> {
  let at = now.getTime();
  const clock = { now: () => new Date(at) };
  const d: Deps = { ...deps, clock };
  const go = (t: number) => void (at = now.getTime() + t);
  const as = async <T = any>(persona: string, action: string, input: unknown): Promise<T> => {
    const outcome = await dispatch(d, action, input, { openid: personaOpenid(persona) });
    if (!outcome.body.ok) throw new Error(`demo ${action} as ${persona}: ${JSON.stringify(outcome.body.error)}`);
    return outcome.body.data as T;
  };
  // As the phone does: the bytes into the person's storage folder, then only the file id in the call.
  const photo = async (rgb: [number, number, number]) => (await as<{ fileId: string }>('staff', 'photos.upload', { fileId: await deps.files.put(demoPng(rgb), 'image/png', { openid: personaOpenid('staff') }) })).fileId;
  const staffId = (key: string) => `user:${personaOpenid(key)}`;
  const inHours = (h: number) => new Date(at + h * HOUR).toISOString();

  // 1. A leak from the flat above, fixed and praised.
  go(-35 * DAY);
  const leak = await as('owner', 'issues.report', { category: 'pipe_leak', place: { unitId: 'u:19栋--301' }, description: '卫生间天花板一直渗水,墙皮都泡起来了,应该是楼上的水管漏了。', photos: [await photo([120, 96, 80])], visibility: 'public' });
  go(-35 * DAY + 3 * HOUR);
  await as('manager', 'issues.transition', { issueId: leak.issue.id, transition: 'accept' });
  const leakTask = await as('manager', 'tasks.create', { issueId: leak.issue.id, title: '19栋301楼上水管漏水', kind: 'repair', assigneeId: staffId('staff'), dueAt: inHours(48) });
  go(-34 * DAY);
  await as('staff', 'tasks.start', { taskId: leakTask.task.id });
  go(-34 * DAY + 5 * HOUR);
  await as('staff', 'tasks.finish', { taskId: leakTask.task.id, note: '更换了401卫生间的供水管接头,试水两小时不再渗漏。', photos: [await photo([200, 200, 190])] });
  go(-33 * DAY);
  await as('owner', 'issues.transition', { issueId: leak.issue.id, transition: 'confirm' });
  await as('owner', 'issues.rate', { issueId: leak.issue.id, stars: 5, comment: '刘师傅来得快,修得也仔细,谢谢!' });

  // 2. A loose manhole cover: fixed, never confirmed, closed after seven days.
  go(-20 * DAY);
  const manhole = await as('resident', 'issues.report', { category: 'manhole', place: { common: 'main_road' }, description: '主干道靠近5栋的井盖松动,车一压就哐哐响,晚上老人走路也危险。', visibility: 'public' });
  go(-20 * DAY + 5 * HOUR);
  await as('manager', 'issues.transition', { issueId: manhole.issue.id, transition: 'accept' });
  const manholeTask = await as('manager', 'tasks.create', { issueId: manhole.issue.id, title: '更换主干道井盖', kind: 'repair', assigneeId: staffId('staff-2'), dueAt: inHours(72) });
  go(-18 * DAY);
  await as('staff-2', 'tasks.finish', { taskId: manholeTask.task.id, note: '换了新的球墨铸铁井盖,加了防响垫。', photos: [await photo([90, 90, 95])] });
  go(-10 * DAY);
  await autoCloseDone({ ...d, caller: null }, clock.now());

  // 3. A request outside the property company's remit, turned down with the reason.
  go(-12 * DAY);
  const gas = await as('newcomer', 'issues.report', { category: 'gas', place: { common: 'gate' }, description: '颐乐园什么时候能通天然气?家里老人用煤气罐不安全。', visibility: 'public' });
  go(-12 * DAY + 2 * HOUR);
  await as('manager', 'issues.transition', { issueId: gas.issue.id, transition: 'reject', note: '天然气入户已列入今年重点工作计划,由燃气公司统一施工,进度会在公示里更新。' });

  // 4. Main-road lights out: seconded by neighbours, being fixed now.
  go(-6 * DAY);
  const lights = await as('committee', 'issues.report', { category: 'lighting', place: { common: 'main_road' }, description: '主干道有三盏路灯不亮,从大门到12栋一段晚上很黑。', visibility: 'public' });
  go(-6 * DAY + 2 * HOUR);
  for (const p of ['owner', 'resident', 'newcomer']) await as(p, 'issues.second', { issueId: lights.issue.id });
  go(-5 * DAY);
  await as('manager', 'issues.transition', { issueId: lights.issue.id, transition: 'accept' });
  await as('manager', 'tasks.create', { issueId: lights.issue.id, title: '主干道路灯维修(3盏)', kind: 'repair', assigneeId: staffId('staff'), dueAt: new Date(now.getTime() + 20 * HOUR).toISOString() });

  // 5. A cracked wall: too big for the property company alone, tabled for the three parties.
  go(-3 * DAY);
  const wall = await as('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '北侧院墙有一道长裂缝,下雨后更明显,担心会倒。', visibility: 'public' });
  go(-3 * DAY + 4 * HOUR);
  await as('manager', 'issues.transition', { issueId: wall.issue.id, transition: 'accept' });
  await as('committee', 'issues.transition', { issueId: wall.issue.id, transition: 'table', note: '需要动用维修资金,提交三方联动会议议定。' });

  // 6. A private report: the fire pump room's lock.
  go(-2 * DAY);
  await as('newcomer', 'issues.report', { category: 'fire', place: { common: 'fire_pump' }, description: '消防泵房的门锁坏了,门一直开着。', visibility: 'private' });

  // 7. Green waste left for a week: 36 hours without being accepted (overdue).
  go(-36 * HOUR);
  const waste = await as('resident', 'issues.report', { category: 'green_waste', place: { common: 'greenbelt' }, description: '修剪下来的树枝堆在绿化带一个星期了,没人清运。', visibility: 'public' });
  for (const p of ['owner', 'committee']) await as(p, 'issues.second', { issueId: waste.issue.id });

  // 8. This morning: a blocked drain in building 19's stairwell, reported for an elderly resident.
  go(-3 * HOUR);
  await as('staff', 'issues.report', { category: 'drain', place: { common: 'stair_19' }, description: '19栋二楼楼道下水管堵了,返味很重。', visibility: 'public', onBehalf: { name: '吴奶奶', unitId: 'u:19栋--201' } });

  // Weekly free cleaning of building 19 and the dawn meter round.
  go(-8 * DAY);
  await as('manager', 'recurrences.create', { title: '清扫19栋楼道(每周免费保洁)', kind: 'cleaning', rule: { freq: 'weekly', weekday: 1, time: '08:00' }, assigneeId: staffId('staff'), durationHours: 4 });
  await as('manager', 'recurrences.create', { title: '凌晨抄水表:桥东线', kind: 'meter_reading', rule: { freq: 'monthly', day: 1, time: '05:00' }, assigneeId: staffId('staff'), durationHours: 3, route: '桥东' });
  go(0);
  await generateRecurringTasks({ ...d, caller: null }, clock.now());
  await as('manager', 'tasks.create', { title: '凌晨抄水表:桥东线(本月补抄)', kind: 'meter_reading', assigneeId: staffId('staff'), dueAt: new Date(now.getTime() + 4 * HOUR).toISOString(), route: '桥东' });

  await seedMeters(deps, now);
}

/** Building 19's water meters with six months of history, for the dawn round. */
async function seedMeters(deps: Deps, now: Date) {
  const rand = prng(19);
  const units = await deps.store.find<UnitDoc>('units', { where: { buildingId: 'b:19栋' }, orderBy: [['order', 'asc']], limit: 100 });
  const meters: MeterDoc[] = units.map((u, i) => ({ _id: `meter:${u._id}`, label: u.label, unitId: u._id, route: '桥东', order: i + 1 }));
  const readings: ReadingDoc[] = [];
  const month = (back: number) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    return d.toISOString().slice(0, 7);
  };
  for (const meter of meters) {
    let value = Math.floor(rand() * 90_000) + 10_000;
    for (let back = 7; back >= 1; back--) {
      const consumption = back === 7 ? null : 600 + Math.floor(rand() * 900); // 6–15 m³ a month
      if (consumption !== null) value += consumption;
      const period = month(back);
      readings.push({ _id: readingId(meter._id, period), meterId: meter._id, period, value, consumption, replaced: false, readAt: new Date(now.getTime() - back * 30 * DAY).toISOString(), by: 'system', leakSuspected: false });
    }
  }
  await deps.store.insertMany('meters', meters);
  await deps.store.insertMany('readings', readings);
}
