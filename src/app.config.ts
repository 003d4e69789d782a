import { TABS } from './ui/tabs';

// Main package: the five tab pages only. Everything else lives in subpackages so the main
// package WeChat downloads first stays small.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/issues/index', 'pages/polls/index', 'pages/volunteer/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/people', pages: ['claim/index', 'review/index', 'roster-import/index', 'roles/index', 'privacy/index', 'nickname/index', 'compounds/index', 'join/index', 'find/index', 'invite/index'] },
    { root: 'packages/issues', pages: ['report/index', 'detail/index', 'stats/index'] },
    { root: 'packages/tasks', pages: ['mine/index', 'detail/index', 'board/index', 'meters/index'] },
    { root: 'packages/polls', pages: ['detail/index', 'create/index', 'results/index', 'count/index', 'register/index', 'proxy/index', 'canvass/index', 'audit/index', 'mine/index'] },
    { root: 'packages/governance', pages: ['meetings/index', 'meeting/index', 'meeting-new/index', 'inspection/index', 'scorecard/index', 'plan/index', 'plan-item/index', 'notices/index', 'notice/index', 'held/index', 'compare/index'] },
    { root: 'packages/notify', pages: ['outbox/index', 'group/index'] },
    { root: 'packages/volunteer', pages: ['team/index', 'activity/index', 'activity-new/index', 'certificate/index', 'stats/index', 'care/index', 'care-detail/index', 'care-new/index'] },
    // The demo sign-in exists only in the browser build; WeChat identifies users itself.
    ...(process.env.TARO_ENV === 'h5' ? [{ root: 'packages/dev', pages: ['sign-in/index'] }] : []),
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f2f3f5',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '共治',
    navigationBarTextStyle: 'black',
    // Explicit so the H5 build draws its title bar (with a back button) as WeChat does.
    navigationStyle: 'default',
  },
  tabBar: {
    // WeChat draws src/custom-tab-bar (it grows in 长辈模式, the native bar cannot); the browser keeps
    // Taro's own bar, which theme.css enlarges. The list still names the tab pages and their icons.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#4d4d4d',
    selectedColor: '#1b6b46',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TABS.map((t) => ({ pagePath: t.pagePath, text: t.text, iconPath: `assets/tab/${t.icon}.png`, selectedIconPath: `assets/tab/${t.icon}-on.png` })),
  },
  lazyCodeLoading: 'requiredComponents',
  // Downloaded in the background from the tab people open first, so the next screen opens at
  // once: reporting and my tasks from 首页, a report from 议事, a poll from 表决, a team or an
  // activity from 志愿, claims and the privacy guide from 我的. WeChat caps a page's preloads at
  // 2 MB: https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/preload.html
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/issues', 'packages/tasks'] },
    'pages/issues/index': { network: 'all', packages: ['packages/issues'] },
    'pages/polls/index': { network: 'all', packages: ['packages/polls'] },
    'pages/volunteer/index': { network: 'all', packages: ['packages/volunteer'] },
    'pages/me/index': { network: 'all', packages: ['packages/people'] },
  },
  // No page is for WeChat search (sitemap.json disallows all).
  sitemapLocation: 'sitemap.json',
  // Privacy-sensitive APIs (chooseMedia, chooseMessageFile, scanCode) wait for the user's
  // agreement to the 用户隐私保护指引; the app shows its own view (components/PrivacyConsent).
  __usePrivacyCheck__: true,
  // Cloud functions (wx.cloud) need a recent base library; `style: v2` for current components.
  style: 'v2',
});
