// The words of the 志愿 tab. The team, activity, certificate, care and stats screens keep theirs
// in copy/volunteers.ts (subpackage); this file is in WeChat's main package, so it
// formats no times: the server sends each activity's `when` (src/domain/volunteers.ts shiftTime).
export const volunteerText = {
  title: '志愿服务',
  intro: '像群接龙一样报名，到场签到，服务时长自动记下来。',
  mine: '我的志愿',
  hours: (h: string) => `累计服务 ${h} 小时`,
  certificate: '查看服务证明',
  stats: '志愿统计和排行',
  care: '结对帮扶',
  noSignups: '还没有报名近期的活动。',
  coming: '近期活动',
  noActivities: '近期没有活动。',
  teams: '服务队',
  members: (n: number) => `${n} 名队员`,
  leader: (name: string) => `队长 ${name}`,
  status: { leader: '我是队长', member: '已加入', pending: '申请中', declined: '未通过' } as Record<string, string>,
  placesLeft: (n: number) => `还剩 ${n} 个名额`,
  full: (w: number) => (w ? `已满，${w} 人候补` : '已满，可以候补'),
  confirmed: '已报名',
  waitlisted: (n: number | null) => `候补第 ${n ?? '?'} 位`,
};
