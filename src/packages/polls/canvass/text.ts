// The words of the canvassing list (上门动员名单).
export const canvassText = {
  title: '上门动员名单',
  intro: '按楼栋、楼层列出还没有投票的房屋，方便志愿者逐户上门。电话只显示部分号码；上门后请打勾，其他志愿者也能看到。',
  building: '选择楼栋',
  loading: (n: number) => `正在载入：${n} 户`,
  count: (building: string, n: number) => `${building}：${n} 户还没有投票`,
  none: (building: string) => `${building}的业主都已投票。`,
  colUnit: '房屋',
  colOwner: '业主',
  colPhone: '电话',
  colVisited: '已上门',
  visited: (name: string, when: string) => `${name} ${when} 已上门`,
  tick: (label: string) => `${label} 已上门`,
  print: '打印本楼名单（A4）',
  exportWhat: '本楼名单',
  noPoll: '没有指定表决。',
  sheetTitle: (building: string) => `上门动员名单 · ${building}`,
};
