// The words of governance, in one place for review: the subpackage screens' text, then what the server
// says (refusals, names of things inside refusals, action summaries, notices). Plain data, imported
// by the subpackage and by server/app. The main package never imports this file (the tab's own
// words are in ui/strings/governance.ts), so WeChat's main package does not carry it.
// Long on purpose: it is the area's whole wording, read top to bottom in review; splitting it
// would put the wording in two places again.

// The words of the 三方共治 screens (meetings and minutes, the quarterly scorecard, the year
// plan, notices). Imported only by the subpackage, so WeChat's main package does not carry them.

export const common = {
  fixErrors: '有几处需要改一下，请看红字提示',
  counter: (n: number) => `${n} 字`,
  over: (n: number) => `超出 ${n} 字，请删减`,
  timeHint: '格式：2026-03-20 14:30',
  share: '分享给邻居',
  saved: '已保存',
  refresh: '刷新',
  due: (when: string) => `完成时间：${when}`,
};

export const meetingsText = {
  title: '三方联动会议',
  intro: '社区、业委会、物业定期开会，通报情况、反映居民意见、商定难题。会议纪要通过后所有居民都能看到，每项决定的办理进度随时可查。',
  schedule: '安排会议',
  none: '还没有公布的会议纪要',
  noneParty: '还没有安排会议',
  line: (agenda: number, decisions: number) => `议程 ${agenda} 项 · 决定 ${decisions} 项`,
};

export const newMeetingText = {
  title: '安排三方联动会议',
  name: '会议名称',
  defaultName: '三方联动会议',
  at: '开会时间',
  atDate: '开会日期',
  atTime: '开始时间',
  place: '开会地点',
  defaultPlace: '党群驿站',
  tabled: '提交三方议定的报事（选入议程）',
  noTabled: '目前没有提交三方议定的报事',
  seconds: (n: number) => `${n} 人附议`,
  free: '其他议题（每行一项）',
  freePlaceholder: '例如：颐乐园天然气入户进度',
  submit: '安排会议',
  people: '受邀人：社区、业委会委员和物业经理，开会时登记出席。',
};

export const meetingText = {
  noId: '没有找到这次会议',
  allMeetings: '全部会议',
  when: (at: string, place: string) => `${at} · ${place}`,
  convener: (name: string) => `召集人：${name}`,
  agenda: '议程',
  fromIssue: '报事',
  free: '议题',
  attendance: '出席',
  attendanceHint: '勾选到会的人，三方各至少一人',
  saveAttendance: '登记出席',
  attendanceSaved: '出席已登记，可以写纪要和记录决定了',
  present: '出席',
  absent: '缺席',
  notRecorded: '未登记',
  minutes: '会议纪要',
  noMinutes: '纪要还没有写',
  minutesLabel: '纪要内容',
  version: (v: number, by: string | null, when: string) => (v ? `第 ${v} 稿，${by ?? ''} ${when} 修改` : '还没有保存过'),
  saveMinutes: '保存纪要',
  minutesSaved: '纪要已保存',
  approve: '通过并公布纪要',
  approveHint: '公布后所有居民都能看到，纪要和决定不能再改。',
  confirmApprove: '纪要和决定将向全体居民公布，公布后不能再修改。确定通过并公布吗？',
  yesApprove: '确定公布纪要',
  approved: (when: string) => `纪要已于 ${when} 通过公布`,
  published: '纪要已公布，所有居民都能看到',
  decisions: '决定事项',
  noDecisions: '还没有记录决定',
  doer: (party: string, who: string) => `负责：${party} ${who}`,
  overdue: '已超期',
  linkedIssue: (status: string) => `关联报事：${status}`,
  task: (title: string, done: boolean) => `工单：${title}（${done ? '已完成' : '未完成'}）`,
  openIssue: '查看报事',
  newDecision: '记录一项决定',
  decisionText: '决定了什么',
  agendaItem: '对应议程',
  noAgendaItem: '不对应议程',
  party: '负责的一方',
  doerLabel: '负责人',
  dueLabel: '完成时间',
  dueDate: '完成日期（当天 18:00 前）',
  then: '怎么落实',
  thenTask: ['转为工单', '进入派单看板，办完自动显示已办结'],
  thenIssue: ['只关联报事', '按报事的处理进度显示'],
  thenNone: ['只记录', '由负责方自行落实'],
  assignee: '派给员工（物业经理可选）',
  noAssignee: '先不派，放到派单看板',
  addDecision: '记录决定',
  decisionSaved: '决定已记录',
  stale: '别人刚刚改过纪要，您写的内容还在输入框里。对方的最新版本如下，请对照合并后再保存：',
};

export const inspectionText = {
  title: (q: string) => `${q}现场检查`,
  intro: '义务质量总监每季度到现场检查打分。每项 0–10 分，低于 6 分的项目物业经理要答复整改措施。可以分几次保存，六项都打分后提交。',
  notYours: '本季度的检查还没有提交',
  submitted: '本季度检查已提交，考评结果已公布',
  score: '得分',
  note: (label: string) => `${label}：检查记录（可不填）`,
  photos: (label: string) => `${label}：现场照片（可不拍）`,
  save: '保存',
  saved: (n: number) => `已保存，已打分 ${n}/6 项`,
  submit: '提交本季度检查',
  confirmSubmit: '提交后各项打分和记录都不能再改，考评结果马上向全体居民公布。确定提交吗？',
  yesSubmit: '确定提交检查',
  submitHint: '提交后按本季度的报事数据算出服务指标，考评结果向全体居民公布，不能再改。',
  toScorecard: '查看季度考评',
  unscored: '未打分',
};

export const scorecardText = {
  title: '季度考评',
  intro: '物业服务每季度考评一次：质量总监的现场检查，加上从居民报事里算出来的服务数据。',
  rules: '计算方法',
  none: '还没有提交的季度考评',
  inspect: '开始本季度检查',
  chartCaption: '各季度得分',
  chartHint: '图下方的表格列出同样的数字',
  col: { quarter: '季度', total: '总分', inspection: '现场检查', service: '服务数据', grade: '等级' },
  figures: '服务数据（从报事算出）',
  fig: {
    accept: (h: number | null) => `受理用时中位数：${h === null ? '无数据' : `${h} 小时`}`,
    fix: (h: number | null) => `修好用时中位数：${h === null ? '无数据' : `${h} 小时`}`,
    reopen: (r: number | null) => `返修率：${r === null ? '无数据' : `${r}%`}`,
    rating: (r: number | null, n: number) => `居民平均评分：${r === null ? '无数据' : `${r} 星（${n} 人评价）`}`,
    issues: (n: number) => `本季度报事 ${n} 条`,
  },
  part: (label: string, score: number | null) => `${label}：${score === null ? '不计入' : `${score} 分`}`,
  items: '现场检查各项',
  itemLine: (label: string, score: number | null) => `${label}：${score === null ? '未打分' : `${score} 分`}`,
  low: '低分',
  answer: (by: string, text: string) => `${by}答复：${text}`,
  answerTask: '已派整改工单',
  noAnswer: '物业尚未答复',
  answerLabel: (label: string) => `答复"${label}"的整改措施`,
  makeTask: '同时派整改工单',
  taskDue: '整改完成时间',
  send: '提交答复',
  sent: '答复已提交',
  total: (total: number | null, grade: string | null) => (total === null ? '未评分' : `${total} 分 · ${grade}`),
  inspector: (name: string, when: string) => `检查人：${name}，${when} 提交`,
};

export const planText = {
  title: (year: number) => `${year}年度重点工作计划`,
  intro: '三方商定的年度重点工作，社区、业委会共同监督。每个项目的预算、资金来源和进度都公开，每次变更都写明理由。',
  none: '今年的计划还没有项目',
  summary: (n: number, done: number, budget: string) => `共 ${n} 项，已完成 ${done} 项，总预算 ${budget}`,
  progress: (p: number) => `进度 ${p}%`,
  owner: (party: string, name: string) => `负责：${party} ${name}`,
  budget: (b: string, funding: string) => `预算 ${b} · ${funding}`,
  followers: (n: number) => `${n} 人关注`,
  milestones: '里程碑',
  done: '已完成',
  todo: '未完成',
  follow: '关注这个项目',
  unfollow: '取消关注',
  following: '已关注：项目有进展时会通知您',
  changes: '变更记录',
  noChanges: '还没有变更',
  change: (from: number, to: number) => `进度 ${from}% → ${to}%`,
  reached: (m: string) => `完成里程碑：${m}`,
  by: (name: string, when: string) => `${name} · ${when}`,
  move: '更新进度',
  newProgress: '新的进度（0–100）',
  milestone: '完成的里程碑（可不选）',
  noMilestone: '不涉及里程碑',
  reason: '变更理由（居民会看到）',
  saveMove: '保存变更',
  moved: (told: { sent: number; noGrant: number; waiting: number }) =>
    told.sent + told.noGrant + told.waiting === 0
      ? '已更新（还没有人关注这个项目）'
      : `已更新。通知已发给 ${told.sent} 位关注的居民` + (told.noGrant ? `；${told.noGrant} 位没有订阅提醒，未发送` : '') + (told.waiting ? `；${told.waiting} 位稍后再试` : ''),
};

export const planCreateText = {
  open: '新增计划项目',
  close: '收起',
  title: '项目名称',
  description: '项目说明（可不填）',
  party: '负责的一方',
  owner: '负责人',
  budget: '预算（元，整数）',
  funding: '资金来源',
  milestones: '里程碑（每行一个：名称 年-月）',
  milestonesHint: (year: number) => `例如：招标定施工单位 ${year}-06`,
  milestonesBad: '每行写"名称 年-月"，例如：招标定施工单位 2026-06',
  submit: '加入年度计划',
  saved: '已加入年度计划',
};

export const noticesText = {
  title: '公告公示',
  none: '还没有公告',
  pinned: '置顶',
  reads: (n: number) => `${n} 人已读`,
  by: (party: string, name: string, when: string) => `${party} ${name} · ${when}`,
  publish: '发布公告',
  cancel: '收起',
  titleLabel: '标题',
  body: '内容',
  kind: '类型',
  pin: '置顶',
  pinYes: '置顶',
  pinNo: '不置顶',
  send: '发布',
  sent: '公告已发布',
  more: '加载更多',
};

export const noticeText = {
  noId: '没有找到这条公告',
  open: '查看详情',
  pin: '置顶',
  unpin: '取消置顶',
  pinned: '已置顶',
  unpinned: '已取消置顶',
};

// 待人工复核的文字: the screen's words in one place.
export const heldText = {
  title: '待人工复核的文字',
  intro: '下面的文字被微信内容安全拦下，没有给居民看到。请读原文：确实是误判的，可以照原文发布；否则选择不发布。每次决定都记在操作记录里。',
  none: '没有待复核的文字。',
  meta: (what: string, author: string, at: string) => `${what} · ${author} · ${at}`,
  flagged: (kind: string) => `微信判定：可能含有${kind}信息`,
  publish: '照原文发布',
  publishWarning: '发布后所有能看到这类内容的居民都会看到原文，并记下是你决定发布的。',
  publishYes: '确定照原文发布',
  publishing: '正在发布…',
  discard: '不发布',
  discardWarning: '这段文字将不会发布，写的人需要修改后重新提交。',
  discardYes: '确定不发布',
  published: (what: string) => `已发布这条${what}`,
  discarded: (what: string) => `已决定不发布这条${what}`,
  more: '还有更多待复核的文字，处理完上面这些后会显示。',
  history: '复核记录',
  historyEmpty: '还没有复核记录。',
  historyLine: (who: string, what: string) => `${who} · ${what}`,
  historyDetail: (text: string, writer: string, kind: string) => `${text}（${writer} 写的，微信判定：${kind}）`,
};

// Refusals the server answers with; the code and field stay at the call site.
export const governanceRefusals = {
  // governance/amendMinutes.ts
  minutesVersionMalformed: '纪要版本格式不对',
  minutesPublishedNoEdit: '纪要已经通过公布,不能再改',
  attendanceBeforeMinutes: '请先登记出席,再写纪要',
  attendeesEditMinutes: '只有出席会议的人可以修改纪要',
  minutesChangedBy: (updatedBy: string) => `${updatedBy}刚刚改过纪要,请在最新的版本上修改`,
  someoneElse: '别人',
  // governance/answerLowItem.ts
  alreadyAnswered: '这一项已经答复过了',
  checklistItemUnknown: '检查项目不对',
  dueMissing: '请选择完成时间',
  answerLowOnly: (low: number) => `只需答复低于 ${low} 分的项目`,
  dueInPast: '完成时间不能早于现在',
  // governance/approveMinutes.ts
  minutesAlreadyPublished: '纪要已经公布了',
  attendanceMissing: '会议还没有登记出席',
  approverNotAllowed: '纪要由出席会议的召集人或社区通过',
  minutesEmpty: '纪要还是空的,请先写纪要',
  minutesChangedBeforeApproval: '纪要刚刚被修改过,请看过最新版本再通过',
  // governance/createPlanItem.ts
  yearMissing: '请填写年份',
  yearMalformed: '年份格式不对',
  planCodeMalformed: '项目代号格式不对',
  planCodeCharacters: '项目代号只能用小写字母、数字和横线',
  partyMissing: '请选择负责的一方',
  budgetMissing: '请填写预算(元)',
  budgetNotInteger: '预算应是整数(元)',
  budgetNegative: '预算不能为负',
  budgetTooLarge: '预算太大',
  fundingMissing: '请选择资金来源',
  milestoneMonthMalformed: '里程碑月份格式应为 2026-06',
  milestoneMalformed: '里程碑格式不对',
  tooManyMilestones: '里程碑最多 12 个',
  planItemExists: '今年的计划里已经有这个项目了',
  // governance/followPlanItem.ts
  followMissing: '请说明关注还是取消',
  // governance/inspectionView.ts
  quarterMissing: '请选择季度',
  quarterMalformed: '季度格式应为 2026Q1',
  quarterNotStarted: '这个季度还没开始',
  // governance/listNotices.ts
  limitMalformed: '条数格式不对',
  limitBelowOne: '条数至少 1',
  limitTooLarge: '一次最多 50 条',
  // governance/model.ts
  partiesOnly: '只有社区、业委会和物业可以做这件事',
  // governance/movePlanItem.ts
  versionMalformed: '版本格式不对',
  progressOutOfRange: '进度应是 0 到 100 的整数',
  progressNotInteger: '进度应是整数',
  progressNegative: '进度不能低于 0',
  progressOver100: '进度不能超过 100',
  noSuchMilestone: '没有这个里程碑',
  progressUnchanged: '进度没有变化',
  planItemChangedMeanwhile: '这个项目刚刚被别人更新了,请刷新后再改',
  // governance/pinNotice.ts
  pinMissing: '请说明置顶还是取消',
  // governance/publishNotice.ts
  noticeKindMissing: '请选择公告类型',
  pinMalformed: '置顶格式不对',
  // governance/recordAttendance.ts
  attendeesMalformed: '出席名单格式不对',
  attendeesTooMany: '出席名单太长',
  minutesPublishedNoAttendance: '纪要已经通过公布,出席名单不能再改',
  attendeeNotInvited: '出席人不在受邀名单里',
  partiesMissing: (missing: string) => `三方联动会议需要${missing}至少一人出席`,
  meetingChangedMeanwhile: '会议刚刚被别人更新了,请刷新',
  // governance/recordDecision.ts
  followThroughMissing: '请选择怎么落实',
  minutesPublishedNoDecision: '纪要已经通过公布,不能再加决定事项',
  tooManyDecisions: (max: number) => `一次会议最多 ${max} 项决定`,
  attendanceBeforeDecision: '请先登记出席,再记录决定',
  attendeesRecordDecisions: '只有出席会议的人可以记录决定',
  agendaItemUnknown: '议程里没有这一项',
  onlyIssueItemsLink: '只有报事议题可以关联报事',
  onlyManagerAssigns: '只有物业经理可以指定员工,其他人记录后工单进入派单看板',
  // governance/saveInspection.ts
  scoreOutOfRange: '分数应是 0 到 10 的整数',
  scoreNotInteger: '分数应是整数',
  scoreNegative: '分数不能低于 0',
  scoreTooHigh: (max: number) => `分数不能高于 ${max}`,
  checklistMalformed: '检查项目格式不对',
  scoreAtLeastOne: '请至少给一项打分',
  checklistTooLong: '检查项目太多',
  inspectionSubmittedNoEdit: '这个季度的检查已经提交,不能再改',
  inspectionChangedMeanwhile: '检查记录刚刚在别处保存过,请刷新后再改',
  // governance/scheduleMeeting.ts
  meetingTimeMissing: '请选择开会时间',
  agendaMalformed: '议程格式不对',
  tooManyAgendaItems: (max: number) => `议程最多 ${max} 项`,
  topicMalformed: '议题格式不对',
  agendaEmpty: '请至少选一项议程',
  onlyTabledIssues: '只能把"提交三方议定"的公开报事列入议程',
  // governance/submitInspection.ts
  inspectionAlreadySubmitted: '这个季度的检查已经提交过了',
  itemsUnscored: (list: string) => `还有项目没打分${list}`,
  inspectionChangedBeforeSubmit: '检查记录刚刚在别处保存过,请刷新后再提交',
  // review/discardHeldText.ts
  heldTextHandledMeanwhile: '别人刚刚处理了这段文字,请刷新',
  // review/heldAccess.ts
  heldTextAlreadyHandled: (status: string) => `这段文字已经处理过了(${status})`,
  // review/publishHeldText.ts
  publishInterrupted: '上次发布被中断,可能已经发布:请先核对,再选择不发布',
  notPublished: (reason: string) => `没有发布:${reason}`,
};

// Names of things, as they appear inside refusals ("缺少会议", "公告不存在").
export const governanceFields = {
  // governance/amendMinutes.ts
  meeting: '会议',
  minutes: '会议纪要',
  // governance/answerLowItem.ts
  quarterInspection: '这个季度的检查记录',
  remedy: '整改措施',
  taskTitle: '工单标题',
  staff: '员工',
  quarterSubmittedInspection: '这个季度已提交的检查',
  // governance/createPlanItem.ts
  planTitle: '项目名称',
  planDescription: '项目说明',
  doer: '负责人',
  milestone: '里程碑',
  // governance/followPlanItem.ts
  planItem: '计划项目',
  // governance/getNotice.ts
  notice: '公告',
  // governance/movePlanItem.ts
  changeReason: '变更理由',
  // governance/publishNotice.ts
  noticeTitle: '公告标题',
  noticeBody: '公告内容',
  // governance/recordAttendance.ts
  attendee: '出席人',
  // governance/recordDecision.ts
  agendaItem: '议程',
  decision: '决定事项',
  // governance/saveInspection.ts
  inspectionNote: '检查记录',
  // governance/scheduleMeeting.ts
  meetingTitle: '会议名称',
  meetingPlace: '开会地点',
  issue: '报事',
  topic: '议题',
  // review/discardHeldText.ts
  heldText: '待复核的文字',
};

// One line per action: what it does, for the action table and the permission matrix.
export const governanceSummaries = {
  'audit.content': '内容复核记录(业委会、社区):哪段文字被拦下、谁在何时复核后发布或不发布(最新在前,每页 50 条)',
  'meetings.minutes': '写或修改会议纪要(出席人,纪要通过前);别人先改了会提示',
  'inspections.answer': '物业经理答复低分项:写明整改措施,可同时派整改工单',
  'meetings.approve': '通过并公布会议纪要(召集人或社区);公布后所有居民可见,不能再改',
  'plan.create': '新增年度计划项目(社区、业委会、物业)',
  'plan.follow': '关注或取消关注计划项目:项目有进展时通知我',
  'inspections.get': '某季度的现场检查(质量总监看草稿,其他人看已提交的)',
  'meetings.get': '会议详情:议程、出席、纪要、决定事项及办理进度(居民只能看已公布的)',
  'notices.get': '公告详情;每人第一次打开计一次阅读',
  'plan.get': '计划项目详情:里程碑、进度和每次变更的理由',
  'meetings.list': '三方联动会议列表(居民只看到已公布纪要的会议)',
  'notices.list': '公告公示列表:置顶在前,新的在前',
  'plan.list': '年度重点工作计划:各项目的负责方、预算、资金来源和进度',
  'inspections.scorecards': '季度考评:各季度并列比较,附计算方法',
  'meetings.tabled': '提交三方议定的报事:新会议议程的来源',
  'plan.move': '更新计划进度或里程碑,必须写明理由;关注的居民会收到通知',
  'notices.pin': '置顶或取消置顶公告',
  'notices.publish': '发布公告或公示(业委会、社区、物业),可置顶',
  'meetings.attendance': '登记出席:三方各至少一人;纪要通过后不能再改',
  'meetings.decide': '记录会议决定:做什么、谁负责、何时完成,一步转为工单或关联报事',
  'inspections.save': '质量总监现场打分:每项 0–10 分,可附记录和照片,可分几次保存',
  'meetings.schedule': '安排三方联动会议:时间、地点、议程(提交议定的报事和其他议题)',
  'inspections.submit': '提交季度检查:六项都打分后提交,同时按报事数据算出服务指标并公布考评结果',
  'content.discard': '人工复核后不发布被拦下的文字(业委会、社区),记录谁在何时决定',
  'content.held': '待人工复核的文字(业委会、社区):微信内容安全拦下的原文、类型和拦截原因,每页 50 条',
  'content.publish': '人工复核后照原文发布被微信内容安全拦下的文字(业委会、社区),记录谁在何时发布',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const governanceServerText = {
  // audit/contentAudit.ts
  contentAuditActions: { 'content.held': '被微信拦下，待人工复核', 'content.published': '人工复核后发布', 'content.discarded': '人工复核后不发布' },
  accountGone: '(已注销)',
  otherKind: '其他',
  // governance/answerLowItem.ts
  remedyTaskTitle: (label: string) => `${label}整改`,
  remedyTaskDescription: (quarter: string, label: string, score: number, note: string, text: string) => `${quarter}质量检查"${label}"得 ${score} 分${note}。整改措施:${text}`,
  // governance/approveMinutes.ts
  minutesNoticeTitle: (title: string) => `会议纪要:${title}`,
  minutesNoticeBody: (excerpt: string, ellipsis: string, decisions: number) => `${excerpt}${ellipsis}\n共 ${decisions} 项决定,办理进度见纪要。`,
  // governance/getMeeting.ts
  privateAgendaItem: '一条仅物业可见的报事',
  // governance/recordDecision.ts
  decisionNote: (text: string) => `三方联动会议决定:${text}`,
  decisionTaskDescription: (title: string, text: string, doer: string) => `三方联动会议(${title})决定:${text}。负责人:${doer}`,
  // governance/submitInspection.ts
  scorecardNoticeTitle: (quarter: string) => `${quarter}物业服务考评结果`,
  scorecardNoticeBody: (name: string, total: unknown, grade: unknown, inspection: unknown, service: string | number, unit: string) => `义务质量总监${name}完成本季度现场检查。总分 ${total} 分(${grade}):现场检查 ${inspection} 分,服务数据 ${service}${unit}。各项得分和计算方法见考评页。`,
  noServiceData: '无数据',
  points: ' 分',
  // home/meetingItems.ts
  pleaseAttend: (title: string) => `请参加会议:${title}`,
  placeAndConvener: (place: string, convenerName: string) => `${place} · 召集人 ${convenerName}`,
  starts: '开始' as const,
  minutesAwaitApproval: (title: string) => `纪要待通过:${title}`,
  minutesReadyToApprove: '看过纪要后通过并公布',
  minutesNotWritten: '纪要还没写,写好后通过并公布',
};
