// The five tabs, read by app.config.ts (WeChat's tabBar list, which also tells WeChat which pages
// are tabs) and by the custom tab bar WeChat draws instead (custom-tab-bar/index.tsx).
import { TAB_PAGES, messagePage } from '../routes';

export const TABS = [
  { pagePath: messagePage(TAB_PAGES.home), text: '首页', icon: 'home' },
  { pagePath: messagePage(TAB_PAGES.issues), text: '议事', icon: 'issues' },
  { pagePath: messagePage(TAB_PAGES.polls), text: '表决', icon: 'polls' },
  { pagePath: messagePage(TAB_PAGES.volunteer), text: '志愿', icon: 'volunteer' },
  { pagePath: messagePage(TAB_PAGES.me), text: '我的', icon: 'me' },
] as const;
