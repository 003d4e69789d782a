// The three-party governance part of the demo compound, played through the real actions on a
// clock set in the past: the year's key work plan from the article (水改, 消防管网改造, 监控移交,
// 颐乐园天然气, 垃圾分类, 老旧小区改造) with funding sources and a few moves with reasons, last
// quarter's inspection (its service figures measured from that quarter's real reports), a held
// meeting with published minutes whose first decision's task is finished, and a pinned notice.
// Budgets are demo figures, not the article's.
import type { Deps } from '../app/context';
import { dispatch } from '../app/dispatch';
import { previousQuarter, quarterOf, quarterRange } from '../../src/domain/governance';
import { demoPng } from './activity';
import { personaOpenid } from './personas';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function seedDemoGovernance(deps: Deps, now: Date): Promise<void> {
  let at = now.getTime();
  const d: Deps = { ...deps, clock: { now: () => new Date(at) } };
  const as = async <T = any>(persona: string, action: string, input: unknown): Promise<T> => {
    const outcome = await dispatch(d, action, input, { openid: personaOpenid(persona) });
    if (!outcome.body.ok) throw new Error(`demo ${action} as ${persona}: ${JSON.stringify(outcome.body.error)}`);
    return outcome.body.data as T;
  };
  // As the phone does: the bytes into the person's storage folder, then only the file id in the call.
  const photo = async (rgb: [number, number, number]) => (await as<{ fileId: string }>('staff', 'photos.upload', { fileId: await deps.files.put(demoPng(rgb), 'image/png', { openid: personaOpenid('staff') }) })).fileId;
  const iso = (ms: number) => new Date(ms).toISOString();
  const staffId = (key: string) => `user:${personaOpenid(key)}`;

  // 1. Last quarter's reports, so its scorecard measures real figures.
  const last = previousQuarter(quarterOf(now));
  const { from, to } = quarterRange(last);
  const q = (days: number, hours = 0) => from.getTime() + days * DAY + hours * HOUR;
  const reports = [
    { who: 'owner', category: 'cleaning', common: 'stair_19', text: '19栋楼道堆了很多杂物,扶手上都是灰。', acceptH: 5, fixH: 30, stars: 4, reopen: false },
    { who: 'resident', category: 'greening', common: 'greenbelt', text: '海韵绿化带的冬青枯死了一片,能不能补栽?', acceptH: 20, fixH: 140, stars: 3, reopen: true },
    { who: 'committee', category: 'lighting', common: 'parking', text: '停车场两盏灯不亮,晚上停车看不清。', acceptH: 2, fixH: 20, stars: 5, reopen: false },
  ];
  for (const [k, r] of reports.entries()) {
    const start = q(10 + 20 * k);
    at = start;
    const { issue } = await as('' + r.who, 'issues.report', { category: r.category, place: { common: r.common }, description: r.text, visibility: 'public' });
    at = start + r.acceptH * HOUR;
    await as('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const { task } = await as('manager', 'tasks.create', { issueId: issue.id, title: r.text.slice(0, 14), kind: 'repair', assigneeId: staffId('staff'), dueAt: iso(start + (r.fixH + 24) * HOUR) });
    at = start + r.fixH * HOUR;
    await as('staff', 'tasks.finish', { taskId: task.id, note: '已处理完毕。', photos: [await photo([170, 190, 170])] });
    if (r.reopen) {
      at += DAY;
      await as(r.who, 'issues.transition', { issueId: issue.id, transition: 'reopen', note: '补栽的苗又枯了一半。' });
      const again = await as('manager', 'tasks.create', { issueId: issue.id, title: '冬青重新补栽', kind: 'repair', assigneeId: staffId('staff'), dueAt: iso(at + 3 * DAY) });
      at += 2 * DAY;
      await as('staff', 'tasks.finish', { taskId: again.task.id, note: '换了耐寒品种重新补栽并浇透水。', photos: [await photo([60, 140, 60])] });
    }
    at += DAY;
    await as(r.who, 'issues.transition', { issueId: issue.id, transition: 'confirm' });
    await as(r.who, 'issues.rate', { issueId: issue.id, stars: r.stars, comment: '' });
  }

  // 2. The quality director's inspection of last quarter, submitted a few days after it ended.
  at = Math.min(to.getTime() + 3 * DAY, now.getTime() - 20 * DAY);
  const scores: Record<string, [number, string]> = {
    cleaning: [8, '楼道基本干净,19栋每周免费清扫坚持得好'],
    greening: [5, '海韵绿化带有枯死苗木未补栽,绿化垃圾清运不及时'],
    security: [7, '门岗在岗,夜间巡逻记录不全'],
    repairs: [8, '报修上门及时'],
    facilities: [7, '主干道照明已改造,个别井盖仍有异响'],
    fire: [4, '消防泵房门锁损坏,部分灭火器过期'],
  };
  await as('community', 'inspections.save', { quarter: last, version: 0, items: Object.entries(scores).map(([code, [score, note]]) => ({ code, score, note })) });
  await as('community', 'inspections.submit', { quarter: last, version: 1 });
  at += DAY;
  const due = iso(at + 14 * DAY);
  const answer = await as('manager', 'inspections.answer', { quarter: last, code: 'fire', text: '更换泵房门锁,过期灭火器全部更换,每月检查一次并登记。', task: { title: '消防泵房换锁、更换过期灭火器', dueAt: due, assigneeId: staffId('staff-2') } });
  at += 4 * DAY;
  await as('staff-2', 'tasks.finish', { taskId: answer.answer.taskId, note: '泵房换了新锁,更换过期灭火器 12 具。', photos: [await photo([200, 60, 60])] });

  // 3. The year's key work plan (2023年度重点工作计划 in the article), drawn up by the property
  //    company with the community and the committee.
  const year = Number(quarterOf(now).slice(0, 4));
  at = Date.UTC(year, 0, 5, 2);
  if (at > now.getTime()) at = now.getTime() - 60 * DAY;
  const items = [
    { code: 'water', title: '小区供水管网改造(水改)', party: 'property', owner: '周经理', budgetYuan: 860000, funding: 'gongjian', description: '更换海韵、桥东老化供水主管,解决管网渗漏和水压不足。', milestones: [['施工方案公示', `${year}-03`], ['海韵段完工', `${year}-06`], ['桥东段完工', `${year}-10`]] },
    { code: 'fire-main', title: '消防管网改造', party: 'committee', owner: '张建国', budgetYuan: 420000, funding: 'maintenance_fund', description: '恢复瘫痪的消防供水管网和泵房,使用住宅专项维修资金,需业主表决。', milestones: [['业主表决动用维修资金', `${year}-04`], ['招标定施工单位', `${year}-06`], ['完工验收', `${year}-11`]] },
    { code: 'cctv', title: '监控系统移交', party: 'community', owner: '何书记', budgetYuan: 60000, funding: 'huimin', description: '原开发商监控系统移交物业管理,修复坏点,接入门岗。', milestones: [['清点设备', `${year}-03`], ['签署移交协议', `${year}-05`]] },
    { code: 'gas', title: '颐乐园加装天然气入户', party: 'community', owner: '何书记', budgetYuan: 380000, funding: 'huimin', description: '协调燃气公司为颐乐园加装天然气管道入户,替代煤气罐。', milestones: [['入户意愿登记', `${year}-04`], ['燃气公司施工', `${year}-09`]] },
    { code: 'waste', title: '生活垃圾分类', party: 'property', owner: '周经理', budgetYuan: 45000, funding: 'property', description: '设置分类投放点,志愿者定时督导。', milestones: [['投放点建成', `${year}-04`], ['志愿者督导上岗', `${year}-05`]] },
    { code: 'renovation', title: '老旧小区改造', party: 'community', owner: '何书记', budgetYuan: 2600000, funding: 'gongjian', description: '申报老旧小区改造项目:外立面、雨污管网、道路和无障碍设施。', milestones: [['申报材料提交', `${year}-05`], ['纳入改造计划', `${year}-09`]] },
  ];
  for (const item of items) {
    await as('manager', 'plan.create', { year, ...item, milestones: item.milestones.map(([title, due]) => ({ title, due })) });
  }
  const move = async (persona: string, code: string, version: number, progress: number, reason: string, milestone?: number) => {
    at += 9 * DAY;
    if (at > now.getTime()) at = now.getTime() - HOUR;
    await as(persona, 'plan.move', { itemId: `plan:${year}:${code}`, version, progress, reason, ...(milestone === undefined ? {} : { milestone }) });
  };
  await as('owner', 'plan.follow', { itemId: `plan:${year}:gas`, follow: true });
  await move('manager', 'water', 0, 15, '施工方案已在党群驿站公示七天,无异议。', 0);
  await move('community', 'cctv', 0, 40, '与原开发商清点了 48 个摄像头,其中 11 个损坏。', 0);
  await move('manager', 'waste', 0, 60, '6 个分类投放点已建成,保洁服务队志愿者排班督导。', 0);
  await move('community', 'gas', 0, 20, '颐乐园已登记入户意愿 112 户,超过燃气公司开工要求。', 0);
  await move('manager', 'water', 1, 35, '海韵段主管开挖,更换 DN100 管 260 米。');

  // 4. A three-party meeting held two weeks ago, minutes approved; its first decision's task done.
  at = now.getTime() - 15 * DAY;
  const { meeting } = await as('community', 'meetings.schedule', { title: '三方联动会议(例会)', at: iso(at + DAY), place: '党群驿站', issueIds: [], freeItems: ['消防泵房安全隐患整改', '颐乐园天然气入户进度'] });
  at += DAY;
  const people = await as<{ meeting: { attendees: Array<{ userId: string; party: string }> } }>('community', 'meetings.get', { meetingId: meeting.id });
  const present = people.meeting.attendees.filter((a, i) => a.party !== 'committee' || i < 5).map((a) => a.userId);
  await as('community', 'meetings.attendance', { meetingId: meeting.id, present });
  const minutes = '一、物业通报上季度考评低分项整改:消防泵房门锁已换,过期灭火器已更换。\n二、社区通报颐乐园天然气入户意愿登记情况,已过开工要求。\n三、业委会反映居民意见:希望泵房整改后定期检查并公示。';
  await as('committee', 'meetings.minutes', { meetingId: meeting.id, text: minutes, version: 0 });
  const first = await as('manager', 'meetings.decide', { meetingId: meeting.id, agendaId: 'a1', text: '消防泵房每月检查一次,检查记录张贴在泵房门口', party: 'property', doer: '刘师傅', dueAt: iso(at + 5 * DAY), then: 'task', taskTitle: '消防泵房月度检查并张贴记录', assigneeId: staffId('staff') });
  await as('community', 'meetings.decide', { meetingId: meeting.id, agendaId: 'a2', text: '社区协调燃气公司三季度前进场施工', party: 'community', doer: '何书记', dueAt: iso(now.getTime() + 60 * DAY), then: 'none' });
  await as('community', 'meetings.approve', { meetingId: meeting.id, version: 1 });
  at += 3 * DAY;
  await as('staff', 'tasks.finish', { taskId: first.decision.taskIds[0], note: '检查了泵房、水泵和阀门,记录已贴在门口。', photos: [await photo([180, 40, 40])] });

  // 5. A pinned notice about the plan.
  at = now.getTime() - 2 * DAY;
  await as('committee', 'notices.publish', {
    title: `${year}年度重点工作计划公示`,
    body: `经社区、业委会、物业三方商定,${year}年重点工作为:小区水改、消防管网改造、监控系统移交、颐乐园天然气入户、生活垃圾分类和老旧小区改造。各项目的负责方、预算、资金来源和进度在"年度计划"中随时可查,每次变更都写明理由。欢迎业主关注项目,有进展时会通知您。`,
    kind: 'plan',
    pinned: true,
  });
}
