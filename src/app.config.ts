import { TABS } from './ui/tabs';
import { PAGES, appPages, messagePage } from './routes';

// Main package: the five tab pages only. Everything else lives in subpackages so the main
// package WeChat downloads first stays small.
export default defineAppConfig({
  // Every page from the one route table (src/routes.ts); the demo sign-in only in the browser build.
  ...appPages(process.env.TARO_ENV === 'h5'),
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
    [messagePage(PAGES.home)]: { network: 'all', packages: ['packages/issues', 'packages/tasks'] },
    [messagePage(PAGES.issues)]: { network: 'all', packages: ['packages/issues'] },
    [messagePage(PAGES.polls)]: { network: 'all', packages: ['packages/polls'] },
    [messagePage(PAGES.volunteer)]: { network: 'all', packages: ['packages/volunteer'] },
    [messagePage(PAGES.me)]: { network: 'all', packages: ['packages/people'] },
  },
  // No page is for WeChat search (sitemap.json disallows all).
  sitemapLocation: 'sitemap.json',
  // Privacy-sensitive APIs (chooseMedia, chooseMessageFile, scanCode) wait for the user's
  // agreement to the 用户隐私保护指引; the app shows its own view (components/PrivacyConsent).
  __usePrivacyCheck__: true,
  // Cloud functions (wx.cloud) need a recent base library; `style: v2` for current components.
  style: 'v2',
});
