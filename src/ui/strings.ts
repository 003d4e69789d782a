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

export const claim = {
  title: '认证业主身份',
  intro: '请选择您的房屋，并填写房产登记上的业主姓名和手机号后四位。业委会核对名册后会通知您结果。',
  building: '楼栋',
  buildingPlaceholder: '请选择楼栋',
  unit: '房号',
  unitPlaceholder: '请选择房号',
  pickBuildingFirst: '请先选择楼栋',
  noBuildings: '小区名册还没有导入，暂时无法认证。请联系业委会。',
  noUnits: '这栋楼还没有房屋记录。',
  name: '业主姓名',
  namePlaceholder: '与房产登记一致',
  phone: '手机号后四位',
  phonePlaceholder: '4 位数字',
  submit: '提交认证',
  sent: '已提交，请等待业委会审核',
  needBuilding: '请选择楼栋',
  needUnit: '请选择房号',
  needName: '请填写业主姓名',
  needPhone: '请填写 4 位数字',
  done: '返回我的',
};

export const review = {
  title: '业主认证审核',
  empty: '没有待审核的认证申请。',
  matches: '与名册一致',
  differs: '与名册不符，请核实',
  applicant: '申请人',
  claimedName: '填写的业主姓名',
  phoneLast4: '手机号后四位',
  submittedAt: '提交时间',
  approve: '通过',
  reject: '不通过',
  reason: '不通过的原因',
  reasonPlaceholder: '例如：姓名与名册不一致',
  confirmReject: '确认不通过',
  needReason: '请填写不通过的原因',
  approved: '已通过',
  rejected: '已退回',
};

export const roster = {
  title: '导入业主名册',
  intro: '选择业主名册文件（Excel 的 .xlsx 文件，或 CSV 文件），先检查一遍，确认无误后再正式导入。有任何一行出错，整份名册都不会导入。',
  choose: '选择文件',
  chooseFromChat: '从微信聊天中选择文件',
  chosen: '已选择',
  check: '先检查',
  import: '正式导入',
  checkedOk: (n: number) => `检查通过：共 ${n} 户，可以正式导入。`,
  importing: (done: number, total: number) => `正在导入：已导入 ${done}/${total} 户，请稍候（全部导入后才会出现在名册里）…`,
  importLater: '名册还在导入，请稍后回到这里再点一次“正式导入”。',
  imported: (n: number, b: number, h: number) => `已导入 ${n} 户，${b} 栋楼，${h} 位业主。`,
  badLines: (n: number) => `名册中有 ${n} 行需要修改：`,
  line: (n: number) => `第 ${n} 行`,
  readFailed: '没能读取这个文件，请重新选择。',
  noFile: '请先选择文件',
};

export const signIn = {
  title: '演示登录：选择身份',
  intro: '这是演示环境。请选择一个身份进入，之后可在“我的”里切换。',
  empty: '没有可用的演示身份。',
  as: (name: string) => `以“${name}”登录`,
  failed: '登录没有成功，请重试。',
};
