// The five tabs, read by app.config.ts (WeChat's tabBar list, which also tells WeChat which pages
// are tabs) and by the custom tab bar WeChat draws instead (custom-tab-bar/index.tsx).
export const TABS = [
  { pagePath: 'pages/home/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/issues/index', text: '议事', icon: 'issues' },
  { pagePath: 'pages/polls/index', text: '表决', icon: 'polls' },
  { pagePath: 'pages/volunteer/index', text: '志愿', icon: 'volunteer' },
  { pagePath: 'pages/me/index', text: '我的', icon: 'me' },
] as const;
