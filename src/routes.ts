// Every screen's path by name, in one table that the client and the server both read: app.config.ts
// builds its page list from it, the tab bar and navigation use it, and the server's home items,
// notification cards and share links are made with `pageLink` / `messagePage` below.
// test/routes.test.ts checks that every entry is a real page of app.config.ts and of src/, and back.
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
  compoundNew: '/packages/people/compound-new/index',
  compoundSettings: '/packages/people/compound-settings/index',
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

export type PageName = keyof typeof PAGES;
export type PagePath = (typeof PAGES)[PageName];

/** Pages only the browser build has (the demo sign-in; WeChat identifies users itself). */
export const H5_ONLY_PAGES: readonly PagePath[] = [PAGES.signIn];

type Query = Record<string, string | number | undefined>;

/** A page's address with its query, values encoded: `/packages/issues/detail/index?id=issue%3A1`. */
export function pageLink(page: PagePath, query: Query = {}): string {
  const pairs = Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined);
  return pairs.length ? `${page}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : page;
}

/**
 * The same address as a subscription message's or a group card's `page` wants it: no leading
 * slash (WeChat answers 41030 for a page the released version does not have):
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */
export const messagePage = (page: PagePath, query: Query = {}): string => pageLink(page, query).slice(1);

/** app.config.ts's `pages` and `subPackages`, grouped by subpackage root in table order. */
export function appPages(h5: boolean): { pages: string[]; subPackages: { root: string; pages: string[] }[] } {
  const paths = (Object.values(PAGES) as PagePath[]).filter((p) => h5 || !H5_ONLY_PAGES.includes(p)).map((p) => p.slice(1));
  const subPackages: { root: string; pages: string[] }[] = [];
  for (const path of paths.filter((p) => p.startsWith('packages/'))) {
    const [, area, ...page] = path.split('/');
    const root = `packages/${area}`;
    const known = subPackages.find((s) => s.root === root);
    if (known) known.pages.push(page.join('/'));
    else subPackages.push({ root, pages: [page.join('/')] });
  }
  return { pages: paths.filter((p) => p.startsWith('pages/')), subPackages };
}

/** The page a share card and a QR code open (the compound's welcome, into the claim flow), as wxacode.getUnlimited wants it. */
export const JOIN_PAGE = messagePage(PAGES.joinCompound);

/** A share card's path into a compound: its welcome page with `?compound=<id>` (src/domain/joining.ts reads it back). */
export const joinPath = (compoundId: string): string => pageLink(PAGES.joinCompound, { compound: compoundId });
