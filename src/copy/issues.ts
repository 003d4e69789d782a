// The words of issues, in one place for review: the subpackage screens' text, then what the server
// says (refusals, names of things inside refusals, action summaries, notices). Plain data, imported
// by the subpackage and by server/app. The main package never imports this file (the tab's own
// words are in ui/strings/issues.ts), so WeChat's main package does not carry it.
// Long on purpose: it is the area's whole wording, read top to bottom in review; splitting it
// would put the wording in two places again.
import { DESCRIPTION_MAX } from '../domain/issues';

// The words of the 议事 sub-screens (report, issue page, statistics). Imported only by the subpackage, so
// WeChat's main package does not carry them; the tab's own words are in ui/strings/issues.ts.

export const reportText = {
  title: '我要报事',
  intro: '说清楚是什么问题、在哪里，拍张照片，物业会尽快受理。',
  category: '问题类别',
  categoryPlaceholder: '请选择问题类别',
  place: '地点',
  placePlaceholder: '请选择地点',
  myUnits: '我的房屋',
  commonPlaces: '公共区域',
  myBuilding: '本楼栋',
  otherBuildings: '其他楼栋',
  shownAs: '邻居看到的报事人',
  shownMasked: '只显示楼栋和姓氏',
  shownMaskedHint: '例如“19栋 王**”，物业看到全名',
  shownFull: '显示我的全名',
  shownFullHint: '例如“19栋 王秀英”',
  residentHome: (label: string) => `居民家中（${label}）`,
  description: '问题描述',
  descriptionPlaceholder: '例如：卫生间天花板一直渗水，墙皮都泡起来了',
  counter: (n: number) => `${n}/${DESCRIPTION_MAX} 字`,
  over: (n: number) => `已超出 ${n} 字，请删减`,
  photos: '现场照片（可选）',
  visibility: '谁能看到',
  public: '公开',
  publicHint: '大家都能看到，邻居可以附议',
  private: '仅物业可见',
  privateHint: '只有您和物业能看到',
  onBehalf: '代居民报事',
  onBehalfHint: '替不会用手机的老人或邻居报事',
  onBehalfOn: '是，我替居民报事',
  onBehalfOff: '否，我自己报事',
  onBehalfName: '居民姓名',
  onBehalfNamePlaceholder: '例如：吴奶奶',
  onBehalfBuilding: '居民所在楼栋（可选）',
  onBehalfUnit: '居民的房号（可选）',
  buildingPlaceholder: '请选择楼栋',
  unitPlaceholder: '请选择房号',
  noUnit: '不选',
  submit: '提交报事',
  submitAnyway: '仍然提交新的报事',
  similarTitle: '附近已经有人报过类似的问题',
  similarBody: '如果是同一件事，点“我也遇到”附议，物业会优先处理，不用再报一次。',
  similarMine: '这是您自己报的',
  metoo: '我也遇到',
  metooLabel: (text: string) => `我也遇到：${text}`,
  view: '查看',
  checking: '正在查找类似的报事…',
  draftKept: '上次没提交的内容已为您保留。',
  clearDraft: '清空重填',
  needCategory: '请选择问题类别',
  needPlace: '请选择地点',
  needDescription: '请填写问题描述',
  tooLong: `问题描述不能超过${DESCRIPTION_MAX}个字`,
  needName: '请填写居民姓名',
  waitPhotos: '照片还在上传，请稍等',
  noPlaces: '没有可选的地点。',
  noUnits: '这栋楼还没有房屋记录。',
  unitsFailed: '房号没有加载出来，可以不选。',
  seconds: (n: number) => `${n} 人附议`,
};

const DONE: Record<string, string> = {
  accept: '已受理，请派单处理',
  reject: '已不予受理，理由会告诉报事人',
  table: '已提交三方议定',
  decide: '已按三方议定的结果受理',
  start: '已进入处理',
  finish: '已处理完成，等报事人确认',
  confirm: '已确认修好，谢谢您',
  reopen: '已告诉物业没修好，会重新处理',
  closeNotFixed: '已关闭（未修好）',
};

export const detailText = {
  title: '报事详情',
  noId: '没有找到这条报事。',
  status: '状态',
  category: '类别',
  place: '地点',
  reporter: '报事人',
  /** After the reporter's name: "吴奶奶（19栋201），周经理代报", never the name twice. */
  onBehalf: (unit: string | null, by: string | null) => `${unit ? `（${unit}）` : ''}，${by ?? '工作人员'}代报`,
  createdAt: '报事时间',
  seconds: (n: number) => `${n} 人附议`,
  /** Instead of a score ("优先级 3 分" meant nothing to residents): how long it has waited. */
  priority: (createdAt: string) => `已等 ${Math.max(0, Math.floor((Date.now() - Date.parse(createdAt)) / 86_400_000))} 天`,
  private: '仅物业可见：只有报事人和物业能看到',
  description: '问题描述',
  photos: '现场照片',
  justReported: '报事已提交，物业受理后会通知您。',
  metoo: '我也遇到',
  metooDone: '您已附议',
  seconded: '已附议，谢谢您。物业会优先处理附议多的问题。',
  actions: '处理',
  note: '说明',
  notePlaceholder: '写明理由或做了什么',
  notes: {
    reject: '不予受理的理由',
    reopen: '哪里没修好',
    decide: '三方议定的结果',
    closeNotFixed: '关闭的理由',
    finish: '做了什么',
    table: '说明（可选）',
  } as Record<string, string>,
  needNote: '请写明理由',
  needFinishNote: '请写明做了什么',
  afterPhoto: '处理后的照片',
  needPhoto: '请拍一张处理后的照片',
  confirmAction: (label: string) => `确认${label}`,
  done: (name: string, label: string) => DONE[name] ?? `已${label}`,
  fixedQuestion: '修好了吗？',
  fixedBody: '物业说已经处理完了。请您看一下，修好了就确认并打个分；没修好就告诉我们哪里还有问题。',
  fixedYes: '修好了',
  fixedNo: '没修好',
  rateTitle: '给这次处理打个分',
  rateComment: '评价（可选）',
  rateCommentPlaceholder: '说说处理得怎么样',
  rateSubmit: '提交评价',
  confirmAndRate: '确认修好并评价',
  needStars: '请选择 1 到 5 颗星',
  rated: '谢谢您的评价。',
  rating: '评价',
  dispatch: '去派单',
  timeline: '处理经过',
  timelineEmpty: '还没有处理记录。',
  by: (name: string) => name || '系统',
  stars: (n: number) => `评分：${n} 星`,
  tasks: '工单',
  taskStatus: { open: '待开始', in_progress: '处理中', done: '已完成' } as Record<string, string>,
  assignee: (name: string | null) => (name ? `负责人：${name}` : '还没派给人'),
  due: (at: string) => `要求完成：${at}`,
  comments: '评论',
  noComments: '还没有评论。',
  comment: '写评论',
  commentWord: '评论',
  commentPlaceholder: '说说您的看法或补充情况',
  commentSend: '发表评论',
  commentSent: '评论已发表',
  needComment: '请填写评论',
  counterOf: (n: number, max: number) => `${n}/${max} 字`,
  tooLong: (what: string, max: number) => `${what}不能超过${max}个字`,
  share: '分享给邻居',
  shareTitle: (category: string, place: string, status: string) => `【${status}】${category}·${place}`,
  reopened: (n: number) => `返修 ${n} 次`,
};

export const statsText = {
  title: '报事统计',
  intro: '按类别看物业受理和修复用了多久、修好后又坏的比例和居民评分。',
  period: '统计时间',
  days: { 30: '近 30 天', 90: '近 90 天', 365: '近一年' } as Record<number, string>,
  range: (from: string, to: string) => `${from} 至 ${to}`,
  caption: (period: string) => `各类别报事处理情况（${period}）`,
  columns: {
    category: '类别',
    count: '报事数',
    accept: '受理用时（中位数）',
    fix: '修复用时（中位数）',
    reopen: '返修率',
    rating: '平均评分',
    notFixed: '未修好就关闭',
  },
  hours: (h: number) => (h < 48 ? `${h} 小时` : `${Math.round((h / 24) * 10) / 10} 天`),
  percent: (p: number) => `${p}%`,
  rating: (r: number, n: number) => `${r} 星（${n} 人评）`,
  none: '暂无',
  count: (n: number) => `${n} 条`,
  all: '全部类别合计',
  empty: '这段时间没有报事。',
  truncated: '报事太多，只统计了前 20000 条。',
  scroll: '表格可以左右滑动',
  notes: '“受理用时”从报事到物业受理，“修复用时”从报事到处理完成；中位数即一半的报事比它快。',
};

// Refusals the server answers with; the code and field stay at the call site.
export const issueRefusals = {
  // issues/applyTransition.ts
  privateCannotTable: '这条报事仅物业可见,不能提交三方议定;请报事人改为公开报事后再提交',
  notYourStep: '你不能对这条报事做这个操作',
  wrongStatus: (status: string, step: string) => `这条报事现在是"${status}",不能${step}`,
  stepFinish: '完成',
  stepOther: '这样操作',
  finishNoteMissing: '请写明做了什么',
  reasonMissing: '请写明理由',
  afterPhotoMissing: '请拍一张处理后的照片',
  changedMeanwhile: '这条报事刚刚被别人处理过了,请刷新',
  // issues/feed.ts
  statusUnknown: '状态不对',
  sortUnknown: '排序方式不对',
  // issues/inputs.ts
  categoryMissing: '请选择问题类别',
  placeMissing: '请选择地点',
  buildingPartMissing: '请选择楼栋里的地点',
  placeUnknown: '请选择地点:一套房屋、一处公共区域或楼栋的楼道、楼顶、地下室',
  photosMalformed: '照片格式不对',
  tooManyPhotos: (photosMax: number) => `最多 ${photosMax} 张照片`,
  // issues/places.ts
  buildingLacksPart: (building: string, part: string) => `${building}没有${part},请另选地点`,
  thisPlace: '这个地方',
  photoNotUploaded: '照片没有上传成功,请重新选择',
  photoTwice: '同一张照片选了两次',
  // issues/rateIssue.ts
  starsOutOfRange: '请选择 1 到 5 颗星',
  onlyReporterRates: '只有报事人可以评价',
  rateAfterDone: '处理完成后才能评价',
  alreadyRated: '你已经评价过了',
  // issues/reportIssue.ts
  visibilityMissing: '请选择公开或仅物业可见',
  showFullNameNotBoolean: '显示全名应是是或否',
  onBehalfNotAllowed: '只有物业、社区或业委会可以代居民报事',
  // issues/secondIssue.ts
  ownIssueNoSecond: '这是你自己报的事,不需要附议',
  privateNoSecond: '这条报事不公开,不能附议',
  endedNoSecond: '这条报事已经结束,不能再附议',
  alreadySeconded: '你已经附议过了',
  // issues/stats.ts
  daysBelowOne: '天数至少为 1',
  daysOverYear: '最多统计一年',
  // issues/transitionIssue.ts
  actionUnknown: '没有这个操作',
  othersTasksOpen: (names: string) => `还有别人的工单没完成(${names}),请等他们完成工单后再完成这条报事`,
  // issues/uploadPhoto.ts
  photoMissing: '请选择照片',
  photoIdMalformed: '照片编号不对,请重新上传',
  photoNotYours: '照片不是你刚上传的,请重新选择照片',
  photoTooLarge: '照片太大:压缩后不能超过 2 MB',
  photoFormat: '只能上传 JPEG、PNG 或 WebP 格式的照片',
};

// Names of things, as they appear inside refusals ("缺少会议", "公告不存在").
export const issueFields = {
  // issues/commentIssue.ts
  issue: '报事',
  comment: '评论',
  // issues/feed.ts
  building: '楼栋',
  // issues/inputs.ts
  unit: '房屋',
  // issues/model.ts
  thisIssue: '这条报事',
  // issues/rateIssue.ts
  rating: '评价',
  // issues/reportIssue.ts
  description: '问题描述',
  residentName: '居民姓名',
  residentUnit: '居民的房屋',
  // issues/transitionIssue.ts
  note: '说明',
};

// One line per action: what it does, for the action table and the permission matrix.
export const issueSummaries = {
  'issues.comment': '评论一条报事(≤300字,先过内容检查)',
  'issues.feed': '报事列表:按状态、类别、楼栋筛选,按最新、附议最多或优先级排序,每页 20 条',
  'issues.similar': '同一地点、同一类别、30天内未关闭的报事(用于"我也遇到")',
  'issues.get': '报事详情、处理时间线、工单、评论和我能做的操作',
  'issues.places': '报事可选的地点:我的房屋和所在楼栋的楼道/楼顶/地下室、公共区域、其他楼栋',
  'photos.folder': '我的照片上传目录(云存储 uploads/<目录>/)',
  'issues.rate': '报事人给处理结果打分(1–5星)和评价,只能一次',
  'issues.report': '报事:类别、地点、描述(≤500字)、照片(≤6张)、公开或仅物业可见;可代老人报事',
  'issues.second': '附议("我也遇到"):每人每条一次,不能附议自己的报事',
  'issues.stats': '报事统计:按类别的受理、修复用时中位数,返修率,平均评分,未修好关闭数',
  'issues.transition': '推进报事流程:受理/不受理/提交三方议定/开始/完成/确认修好/没修好/关闭',
  'photos.upload': '登记一张已上传到云存储的照片(JPEG/PNG/WebP,不超过 2 MB),并送微信图片审核',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const issueServerText = {
  // issues/applyTransition.ts
  closed: '已关闭',
  // issues/getIssue.ts
  eventLabels: {
    'issue.reported': '报事',
    'issue.seconded': '有人附议',
    'issue.rated': '评价',
    'issue.followUp': '回访:修好了吗?',
    'task.created': '派单',
    'task.assigned': '改派',
    'task.started': '师傅开始处理',
    'task.finished': '工单完成',
  },
  system: '系统',
  // issues/reportIssue.ts
  reportedForYou: (name: string, label: string) => `${name}替你报了事:${label}`,
  awaitingAcceptance: '待受理',
  // issues/stats.ts
  allCategories: '全部',
  // issues/transitionIssue.ts
  otherStaff: '其他师傅',
  notAssigned: '未派单',
};
