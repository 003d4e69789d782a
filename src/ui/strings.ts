// Every word a resident reads, per area, so the wording can be reviewed in one place.
import type { ClaimStatus } from '../services/api';

export const APP_NAME = '共治';

export const common = {
  loading: '正在加载…',
  retry: '重试',
  errorTitle: '没能加载出来',
  networkHint: '请检查网络后点“重试”。',
  signInNeeded: '请先登录',
  goSignIn: '去登录',
  back: '返回',
  submit: '提交',
  submitting: '正在提交…',
  cancel: '取消',
  confirm: '确定',
  choose: '请选择',
  required: '必填',
};

export const tabs = {
  home: '首页',
  issues: '议事',
  polls: '表决',
  volunteer: '志愿',
  me: '我的',
};

export const elder = {
  label: '长辈模式',
  on: '已开启',
  off: '已关闭',
  switchOn: '开启长辈模式',
  switchOff: '关闭长辈模式',
  explain: '字更大、按钮更大、颜色更清楚，不弹窗。',
  offerTitle: '看不清字？试试长辈模式',
  offerBody: '开启后，字和按钮都会变大。以后也可以在“我的”里随时开关。',
  offerYes: '开启长辈模式',
  offerNo: '暂不需要',
  turnedOn: '长辈模式已开启',
  turnedOff: '长辈模式已关闭',
};

export const home = {
  hello: (name: string) => `${name}，您好`,
  helloAnon: '您好',
  attention: '需要您处理',
  nothing: '暂时没有需要您处理的事。',
  areas: '常用入口',
  open: '去处理',
  report: '我要报事',
  due: (label: string, when: string) => `${label}：${when}`,
};

export const me = {
  title: '我的',
  rolesLabel: '身份',
  noRoles: '尚未认证',
  compound: '我的小区',
  phone: '手机号',
  phoneHint: '只有您自己能看到完整号码',
  noPhone: '未绑定',
  units: '我的房屋',
  noUnits: '还没有认证的房屋。认证业主身份后，才能参加表决。',
  area: '面积',
  claims: '认证申请',
  noClaims: '还没有提交过认证申请。',
  claimReason: '原因',
  entries: '功能',
  claim: '认证业主身份',
  claimAnother: '认证另一套房屋',
  review: '业主认证审核',
  rosterImport: '导入业主名册',
  privacy: '隐私保护指引',
  nickname: '修改昵称',
  roles: '角色授权',
  myTasks: '我的任务',
  dispatchBoard: '派单看板',
  issueStats: '报事统计',
  switchPersona: '切换演示身份',
};

export const claimStatusLabel: Record<ClaimStatus, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
};

