// Words of the 三方共治 entry points in the main package (我的 entries, the 首页 notices strip).
// The screens' own words are in copy/governance.ts.

export const govEntries = {
  notices: '公告公示',
  plan: '年度重点工作计划',
  meetings: '三方联动会议',
  scorecard: '物业服务季度考评',
  inspection: '季度现场检查(质量总监)',
};

export const noticeStrip = {
  title: '公告公示',
  pinned: '置顶',
  all: '全部公告',
};
