// Every screen's path, in one place (also used by app.config.ts).
export const TAB_PAGES = {
  home: '/pages/home/index',
  issues: '/pages/issues/index',
  polls: '/pages/polls/index',
  volunteer: '/pages/volunteer/index',
  me: '/pages/me/index',
} as const;

export const PAGES = {
  ...TAB_PAGES,
  claim: '/packages/people/claim/index',
  review: '/packages/people/review/index',
  rosterImport: '/packages/people/roster-import/index',
  privacy: '/packages/people/privacy/index',
  nickname: '/packages/people/nickname/index',
  compounds: '/packages/people/compounds/index',
  joinCompound: '/packages/people/join/index',
  findCompound: '/packages/people/find/index',
  inviteToCompound: '/packages/people/invite/index',
  compare: '/packages/governance/compare/index',
  roles: '/packages/people/roles/index',
  signIn: '/packages/dev/sign-in/index',
  // 议事 (issues): owned by the issues screens
  reportIssue: '/packages/issues/report/index',
  issueDetail: '/packages/issues/detail/index',
  issueStats: '/packages/issues/stats/index',
  // 物业 (tasks): owned by the staff screens
  myTasks: '/packages/tasks/mine/index',
  taskDetail: '/packages/tasks/detail/index',
  dispatchBoard: '/packages/tasks/board/index',
  meterRound: '/packages/tasks/meters/index',
  // 表决 (polls): the voting screens own detail/create/results; the paper count owns count/register
  pollDetail: '/packages/polls/detail/index',
  pollCreate: '/packages/polls/create/index',
  pollResults: '/packages/polls/results/index',
  pollCount: '/packages/polls/count/index',
  pollRegister: '/packages/polls/register/index',
  pollProxy: '/packages/polls/proxy/index',
  pollCanvass: '/packages/polls/canvass/index',
  pollAudit: '/packages/polls/audit/index',
  myBallots: '/packages/polls/mine/index',
  // 三方共治 (governance): meetings and minutes, the quarterly scorecard, the year plan, notices
  meetings: '/packages/governance/meetings/index',
  meeting: '/packages/governance/meeting/index',
  meetingNew: '/packages/governance/meeting-new/index',
  inspection: '/packages/governance/inspection/index',
  scorecard: '/packages/governance/scorecard/index',
  plan: '/packages/governance/plan/index',
  planItem: '/packages/governance/plan-item/index',
  notices: '/packages/governance/notices/index',
  notice: '/packages/governance/notice/index',
  heldTexts: '/packages/governance/held/index',
  // 消息与群 (notifications): the outbox (admin) and 本群
  outbox: '/packages/notify/outbox/index',
  groupItems: '/packages/notify/group/index',
  // 志愿 (volunteers): teams, shifts, hours, care pairing
  volunteerTeam: '/packages/volunteer/team/index',
  volunteerActivity: '/packages/volunteer/activity/index',
  volunteerActivityNew: '/packages/volunteer/activity-new/index',
  volunteerCertificate: '/packages/volunteer/certificate/index',
  volunteerStats: '/packages/volunteer/stats/index',
  careList: '/packages/volunteer/care/index',
  careDetail: '/packages/volunteer/care-detail/index',
  careNew: '/packages/volunteer/care-new/index',
} as const;

export function isTabPage(url: string): boolean {
  const path = url.split('?')[0];
  return (Object.values(TAB_PAGES) as string[]).includes(path.startsWith('/') ? path : `/${path}`);
}
