// The words of the 表决 tab. The poll, create and results screens keep theirs in
// copy/polls.ts (subpackage); this file is in WeChat's main package, so it stays small.

export const pollsText = {
  title: '表决',
  intro: '小区大事由业主共同决定：在这里投票、看进度、看公示结果。',
  create: '发起表决',
  open: '正在投票',
  upcoming: '即将开始',
  closed: '已结束',
  empty: '现在还没有表决。',
  voted: '已投',
  notVoted: '未投',
  closesAt: (when: string) => `截止：${when}`,
  noClose: '截止时间未定',
  more: '加载更多',
  loadingMore: '正在加载…',
};
