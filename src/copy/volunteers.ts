// The words of volunteers, in one place for review: the subpackage screens' text, then what the server
// says (refusals, names of things inside refusals, action summaries, notices). Plain data, imported
// by the subpackage and by server/app. The main package never imports this file (the tab's own
// words are in ui/strings/volunteer.ts), so WeChat's main package does not carry it.
// Long on purpose: it is the area's whole wording, read top to bottom in review; splitting it
// would put the wording in two places again.

// The words of the volunteer sub-screens (team, activity, new activity, certificate, stats, care).
// Imported only by the subpackage, so WeChat's main package does not carry them.

export const teamText = {
  memberCertificate: (name: string) => `${name}：查看并核实服务证明`,
  noId: '没有找到这个服务队',
  leader: (name: string) => `队长：${name}`,
  join: '申请加入',
  joinNote: '给队长留言（可不填）',
  joined: '已申请，等队长同意。',
  member: '您已是本队队员。',
  leaderSelf: '您是本队队长。',
  pendingSelf: '已申请，等队长同意。',
  declined: '上次申请未通过，可以再申请。',
  requests: '入队申请',
  noRequests: '没有待处理的申请。',
  approve: (name: string) => `同意：${name}`,
  decline: (name: string) => `婉拒：${name}`,
  approved: (name: string) => `已同意${name}入队。`,
  declinedDone: (name: string) => `已婉拒${name}。`,
  members: (n: number) => `队员（${n} 人）`,
  noMembers: '还没有队员。',
  activities: '近期活动',
  noActivities: '近期没有活动。',
  newActivity: '发布活动',
};

export const activityText = {
  noId: '没有找到这个活动',
  when: '时间',
  where: '地点',
  bring: '需带',
  repeats: '重复',
  places: (left: number, cap: number) => `名额：共 ${cap} 个，还剩 ${left} 个`,
  cancelRule: (when: string) => `${when} 前可以取消`,
  joinFirst: (team: string) => `报名前请先加入「${team}」，队长同意后就能报名。`,
  join: '申请加入服务队',
  joinSent: '已申请，等队长同意后再来报名。',
  note: '接龙备注（可不填，如“+1 带扫帚”）',
  signUp: '报名',
  waitlist: '满员了，排候补',
  signedUp: '报名成功，您的名额已确认。',
  waiting: (n: number | null) => `您在候补第 ${n ?? '?'} 位，有人取消会按顺序递补，并通知您。`,
  confirmed: '您已报名，名额已确认。',
  cancel: '取消报名',
  confirmCancel: '取消后这个名额就让出去了，想再参加要重新报名，满员时只能排候补。确定取消吗？',
  confirmCancelToWaitlist: '取消后您的名额会马上给候补第 1 位，想再参加只能重新排候补。确定取消吗？',
  yesCancel: '确定取消报名',
  confirmLeaveWaitlist: '退出后您就不在候补名单里了，再排要从最后一位排起。确定退出吗？',
  yesLeaveWaitlist: '确定退出候补',
  leaveWaitlist: '退出候补',
  cancelled: '已取消。',
  cannotCancel: '已过取消截止时间，有变化请直接告诉队长。',
  started: '活动已开始，不能再报名。',
  checkIn: '到场签到',
  checkInHint: '扫现场二维码，或输入队长出示的 6 位签到码',
  code: '签到码',
  scan: '扫码签到',
  doCheckIn: '签到',
  checkedIn: '已签到',
  attended: '出勤已确认，时长已记入',
  roster: (n: number) => `接龙名单（${n} 人）`,
  noRoster: '还没有人报名，来做第一个吧。',
  waitlist2: (n: number) => `候补（${n} 人）`,
  line: (i: number, name: string, note: string) => `${i}. ${name}${note ? ` ${note}` : ''}`,
  organiser: '队长操作',
  codeShown: (code: string) => `签到码：${code}`,
  codeHint: '请到场的队员用微信扫这个二维码签到，或输入上面的签到码。',
  checkInFor: (name: string) => `为${name}签到`,
  confirmAll: (n: number) => `确认出勤（${n} 人已签到）`,
  confirmedAll: (n: number, h: string) => `已为 ${n} 人记入 ${h} 小时。`,
  nothingToConfirm: '签到后才能确认出勤。',
  share: '分享到群里接龙',
  shareTitle: (title: string, when: string, left: number) => `${title}｜${when}｜${left > 0 ? `还剩${left}个名额` : '已满可候补'}`,
};

export const newActivityText = {
  title: '发布活动',
  name: '活动名称',
  place: '地点',
  day: '日期',
  start: '开始时间',
  length: '时长',
  capacity: '名额',
  bring: '需带物品（可不填）',
  cutoff: '取消截止',
  cutoffHours: (n: number) => `开始前 ${n} 小时`,
  repeat: '重复',
  once: '只这一次',
  weekly: '每周这个时间',
  hours: (n: number) => `${n} 小时`,
  submit: '发布',
  done: '已发布。',
  pickDay: '请选择日期',
  pickStart: '请选择开始时间',
};

export const certificateText = {
  title: '志愿服务证明',
  holder: (name: string) => `志愿者：${name}`,
  total: (h: string, n: number) => `累计服务 ${h} 小时，共 ${n} 次`,
  organisers: (list: string) => `组织方：${list}`,
  none: '还没有确认的服务时长。参加活动并签到，队长确认出勤后就会记在这里。',
  records: '服务记录',
  record: (date: string, title: string, team: string, h: string) => `${date} · ${title}（${team}） · ${h} 小时`,
  organiserLine: (name: string) => `记录人：队长 ${name}`,
  statement: '以上时长由组织方（服务队队长）根据到场签到确认后记录，社区核验。',
  certified: (by: string, date: string, h: string) => `社区已核实：${h} 小时（${by}，${date}）`,
  notCertified: '社区尚未核实这些记录。',
  awaiting: (n: number) => `另有 ${n} 条记录待社区核实`,
  certify: '核实以上记录',
  certifying: '正在核实…',
  certifiedNow: '已核实，证明上已写明核实人和日期。',
  recordCertified: '已核实',
  recordAwaiting: '待核实',
  issued: (date: string) => `出具日期：${date}`,
};

export const statsText = {
  title: '志愿统计',
  byTeam: '各服务队每月服务时长（小时）',
  none: '近半年还没有记录的服务时长。',
  total: (h: string) => `合计 ${h}`,
  board: '服务时长排行（自愿上榜）',
  noBoard: '还没有人选择上榜。',
  rank: (r: number, name: string, h: string) => `第 ${r} 名 · ${name} · ${h} 小时`,
  optIn: '在排行榜上显示我的名字',
  on: '显示',
  off: '不显示',
  saved: '已保存。',
};

export const careText = {
  title: '结对帮扶',
  intro: '这里的信息是敏感个人信息，只有结对志愿者、爱心服务队队长和社区能看到，每次查看都会留痕。',
  none: '您目前没有结对的帮扶对象。',
  volunteers: (names: string) => `结对志愿者：${names || '未安排'}`,
  contact: '联系电话',
  needs: '需求',
  consent: (way: string, date: string) => `同意方式：${way}（${date} 登记）`,
  visits: '走访记录',
  noVisits: '还没有走访记录。',
  visitLine: (date: string, name: string) => `${date} · ${name}`,
  concern: (c: string) => `发现的问题：${c}`,
  logVisit: '记录一次走访',
  date: '走访日期',
  what: '做了什么',
  concerns: '发现的问题（可不填）',
  counter: (n: number) => `${n}/200 字`,
  over: (n: number) => `超出 ${n} 字`,
  saveVisit: '保存走访记录',
  saved: '走访记录已保存。',
  toIssue: '把这个问题转为不公开报事',
  concernPlace: '问题在哪里',
  concernPlacePlaceholder: '请选择地点',
  needPlace: '请选择问题在哪里',
  concernCategory: '问题类别',
  sendConcern: '转为不公开报事',
  notNow: '先不报',
  issued: '已转为不公开报事，物业会处理。',
  raised: '已报事',
  noId: '没有找到这条记录',
  withdraw: '撤回这条登记',
  withdrawWarn: '撤回后，这条登记、结对和全部走访记录都会删除，无法恢复；只留下谁在什么时候撤回的记录。',
  withdrawReason: '撤回的原因',
  withdrawConfirm: '确认撤回并删除',
  withdrawCancel: '不撤回了',
  withdrawn: '已撤回并删除这条帮扶登记。',
};

export const careNewText = {
  title: '登记帮扶对象',
  intro: '这是敏感个人信息：请先取得本人（或监护人）的单独同意，只登记帮扶需要的内容。',
  category: '帮扶类别',
  name: '姓名',
  building: '住在哪栋楼',
  buildingPlaceholder: '请选择楼栋',
  unitId: '房号',
  unitPlaceholder: '请选择房号',
  unitsLoading: '正在加载房号…',
  contact: '联系电话',
  needs: '需求（如每周探望、代买药品）',
  counter: (n: number) => `${n}/200 字`,
  over: (n: number) => `超出 ${n} 字`,
  consent: '是否已取得本人或监护人的单独同意',
  consentYes: '已取得同意',
  consentNo: '还没有',
  way: '同意的方式',
  wayNote: '同意说明（可不填，如“女儿在场”）',
  volunteers: '结对志愿者（爱心服务队队员）',
  submit: '登记',
  pair: '调整结对志愿者',
  savePair: '保存结对',
  paired: '结对已保存。',
  add: '登记帮扶对象',
};

// Refusals the server answers with; the code and field stay at the call site.
export const volunteerRefusals = {
  // volunteers/getTeam.ts
  teamMissing: '缺少服务队',
  // volunteers/cancelSignup.ts
  cancelTooLate: (hours: number) => `开始前 ${hours} 小时起不能再取消,如有变化请直接告诉队长`,
  signupChangedMeanwhile: '报名状态刚刚变了,请刷新再试',
  // volunteers/careAccess.ts
  careRegisterNotAllowed: '只有爱心服务队队长或社区可以登记帮扶对象',
  // volunteers/certificate.ts
  ownCertificateOnly: '只能查看自己的服务证明',
  // volunteers/certifyHours.ts
  nothingToCertify: '还没有确认的服务时长,没有可核实的记录',
  // volunteers/checkIn.ts
  checkInCodeMalformed: '签到码格式不对',
  checkInCodeDigits: '签到码是 6 位数字',
  leaderChecksInOthers: '只有队长可以为别人签到',
  checkInCodeMissing: '请扫现场二维码或输入签到码',
  outsideCheckInWindow: '现在不在签到时间(开始前 1 小时到结束后 2 小时)',
  // volunteers/checkInCode.ts
  tooManyCodeTries: (minutes: number) => `签到码输错太多次,请 ${minutes} 分钟后再试,或请队长为你签到`,
  checkInCodeWrong: '签到码不对,请向队长核对',
  // volunteers/confirmAttendance.ts
  membersMissing: '请选择要确认的队员',
  tooManyToConfirm: '一次最多确认 200 人',
  leaderConfirmsOnly: '只有队长可以确认出勤',
  confirmAfterStart: '活动开始后才能确认出勤',
  notCheckedIn: (count: number) => `有 ${count} 位还没有签到,请先签到再确认`,
  // volunteers/createActivity.ts
  capacityNotNumber: '名额应是数字',
  capacityNotInteger: '名额应是整数',
  capacityBelowOne: '名额至少 1 个',
  capacityTooLarge: (max: number) => `名额最多 ${max} 个`,
  cutoffNotNumber: '取消截止应是数字',
  cutoffNotWholeHours: '取消截止应是整小时',
  cutoffNegative: '取消截止不能为负',
  cutoffTooEarly: '取消截止最多提前 72 小时',
  weeklyNotBoolean: '每周重复应是是或否',
  leaderPublishesOnly: '只有队长可以发布活动',
  startInPast: '开始时间不能早于现在',
  endBeforeStart: '结束时间要晚于开始时间',
  tooLong: '一次活动不能超过 12 小时',
  // volunteers/decideMember.ts
  decisionMissing: '请选择同意或婉拒',
  leaderDecidesOnly: '只有队长可以处理入队申请',
  alreadyMember: '这位已经是队员了',
  requestHandled: '这条申请已经处理过了',
  // volunteers/inputs.ts
  chooseOne: (label: string) => `请选择${label}`,
  // volunteers/logVisit.ts
  visitDateMissing: '请选择走访日期',
  visitDateMalformed: '走访日期格式不对',
  pairedVolunteerLogsOnly: '只有结对志愿者可以记录走访',
  visitDateInFuture: '走访日期不能晚于今天',
  // volunteers/pairCare.ts
  notCareTeamMember: (name: string) => `${name}还不是爱心服务队队员,不能结对`,
  volunteersMalformed: '志愿者格式不对',
  tooManyPaired: '最多结对 5 位志愿者',
  pairingNotAllowed: '只有爱心服务队队长或社区可以调整结对',
  // volunteers/raiseConcern.ts
  placeMissing: '请选择地点',
  concernRaised: '这条走访的问题已经报过了',
  homeNotRegistered: '请选择问题在哪里:这户没有登记房屋',
  descriptionMalformed: '问题描述格式不对',
  // volunteers/registerCare.ts
  careKindMissing: '请选择帮扶类别',
  consentMissing: '请先取得本人或监护人的单独同意',
  consentWayMissing: '请选择同意的方式',
  phoneMalformed: '联系电话应是 11 位手机号',
  unitMissing: '请选择住的房屋',
  // volunteers/setLeaderboard.ts
  showMissing: '请选择显示或不显示',
  // volunteers/signUp.ts
  alreadyStarted: '活动已经开始,不能再报名',
  joinTeamFirst: (name: string) => `请先加入「${name}」再报名`,
  // volunteers/withdrawCare.ts
  withdrawReasonMissing: '请选择撤回的原因',
  withdrawNotAllowed: '只有登记人、社区或本人可以撤回帮扶登记',
};

// Names of things, as they appear inside refusals ("缺少会议", "公告不存在").
export const volunteerFields = {
  // volunteers/cancelSignup.ts
  yourSignup: '你的报名',
  // volunteers/careAccess.ts
  careRecipient: '帮扶对象',
  // volunteers/certificate.ts
  volunteer: '志愿者',
  // volunteers/checkIn.ts
  member: '队员',
  memberConfirmedSignup: '这位队员的确认报名',
  // volunteers/createActivity.ts
  activityTitle: '活动名称',
  place: '地点',
  bring: '需带物品',
  // volunteers/createTeam.ts
  teamName: '队名',
  teamIntro: '服务队介绍',
  leader: '队长',
  // volunteers/decideMember.ts
  applicant: '申请人',
  joinRequest: '入队申请',
  // volunteers/inputs.ts
  activity: '活动',
  team: '服务队',
  // volunteers/joinTeam.ts
  message: '留言',
  // volunteers/logVisit.ts
  visitSummary: '走访内容',
  visitProblem: '发现的问题',
  // volunteers/raiseConcern.ts
  visit: '走访记录',
  description: '问题描述',
  // volunteers/registerCare.ts
  name: '姓名',
  unit: '房屋',
  address: '住址',
  contactPhone: '联系电话',
  needs: '需求',
  consentNote: '同意说明',
  // volunteers/signUp.ts
  signupNote: '接龙备注',
};

// One line per action: what it does, for the action table and the permission matrix.
export const volunteerSummaries = {
  'audit.care': '关怀记录的查看记录(社区):谁在何时看了哪条关怀记录(最新在前,每页 50 条)',
  'volunteers.cancel': '取消报名或退出候补;开始前 2 小时(可设)截止;候补第一位自动递补',
  'volunteers.certificate': '志愿服务证明:活动、组织方、日期、时长(只计确认出勤);社区可查看任一队员',
  'volunteers.certify': '社区核实志愿者的服务记录(组织方记录,社区核实);记录没有变化时重复核实不重复记',
  'volunteers.checkIn': '签到:队长为到场队员签到,或队员扫现场二维码/输入签到码',
  'volunteers.confirm': '队长确认出勤,按活动时长记入志愿服务时长(只记一次)',
  'volunteers.activity.create': '队长发布活动:标题、地点、起止时间、名额、需带物品、取消截止;可每周重复',
  'volunteers.team.create': '成立服务队(社区或业委会):名称、介绍、队长',
  'volunteers.team.decide': '队长同意或婉拒入队申请',
  'volunteers.activity': '活动详情:接龙名单、候补顺序、我的报名;队长另见签到码和签到情况',
  'care.get': '帮扶对象详情与走访记录(仅结对志愿者、队长、社区),每次查看都留痕',
  'volunteers.team': '服务队详情:介绍、队长、队员、近期活动;队长另见入队申请',
  'volunteers.team.join': '申请加入服务队(可留一句话),等队长同意',
  'volunteers.activities': '近期活动(可按服务队),按时间先后,含剩余名额',
  'care.list': '结对帮扶名单:队长和社区见全部,志愿者只见自己结对的,其他人什么也看不到',
  'volunteers.teams': '服务队列表:队长、人数、我是否已加入',
  'care.visit': '结对志愿者记录走访:日期、做了什么、发现的问题',
  'volunteers.mine': '我的志愿:近期报名、候补位置、所在服务队、累计时长',
  'care.pair': '为帮扶对象结对志愿者(队长或社区),志愿者须是爱心服务队队员',
  'care.concern': '把走访中发现的问题转为不公开的报事(只有物业能看到)',
  'care.register': '登记结对帮扶对象(队长或社区):类别、住址、联系方式、需求,须有本人单独同意',
  'volunteers.leaderboard': '选择是否在志愿时长排行榜上显示我的名字(默认不显示)',
  'volunteers.signup': '报名(接龙):有名额即确认,满员进候补,按先后顺序',
  'volunteers.stats': '志愿统计:各服务队每月时长;自愿上榜的时长排行',
  'care.withdraw': '撤回帮扶登记(登记人、社区或本人):删除记录、结对和走访记录,留下谁何时撤回',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const volunteerServerText = {
  // audit/careAudit.ts
  careAuditActions: { 'care.read': '查看关怀记录', 'care.withdrawn': '撤回关怀记录' },
  accountGone: '(已注销)',
  // home/volunteerItems.ts
  shiftOn: (day: string, title: string) => `${day}的志愿服务:${title}`,
  waitlisted: ' · 您在候补',
  bring: (bring: string) => ` · 请带${bring}`,
  starts: '开始' as const,
  visitsDue: (due: number) => `${due} 位结对老人该走访了`,
  noVisitFor: (days: number) => `超过 ${days} 天没有走访记录,走访后请记一笔`,
  confirmAttendance: (title: string) => `确认出勤:${title}`,
  checkedInWaiting: (teamName: string, waiting: number) => `${teamName} · ${waiting} 人已签到,确认后记入服务时长`,
  // volunteers/certificate.ts
  teamWithLeader: (teamName: string, organiserName: string) => `${teamName}(队长 ${organiserName})`,
  // volunteers/createActivity.ts
  startTime: '开始时间',
  endTime: '结束时间',
  // volunteers/raiseConcern.ts
  atHome: (label: string) => `家中（${label}）`,
};
