// What the server says about tasks, in one place for review: refusals, names of things inside
// refusals, action summaries, notices. Plain data, importable by the client and the server; the
// screens' own words are in ui/strings/tasks.ts.

// Refusals the server answers with; the code and field stay at the call site.
export const taskRefusals = {
  // tasks/assignTask.ts
  doneNoReassign: '工单已经完成,不能改派',
  // tasks/createTask.ts
  kindUnknown: '工单类型不对',
  dueMissing: '请选择完成时间',
  dueInPast: '完成时间不能早于现在',
  // tasks/finishTask.ts
  notYourTask: '这张工单不是派给你的',
  alreadyFinished: '工单已经完成了,不能重复完成',
  afterPhotoMissing: '请拍一张处理后的照片',
  // tasks/openTask.ts
  issueNotAccepted: (status: string) => `报事现在是"${status}",受理后才能派单`,
  // tasks/recurrences.ts
  timeMissing: '请填写执行时间',
  timeMalformed: '执行时间格式应为 08:00',
  weekdayMissing: '请选择星期几',
  weekdayOutOfRange: '星期应为 1–7',
  dayMissing: '请填写每月几号',
  dayOutOfRange: '请填写 1 到 28 之间的日期',
  ruleMissing: '请选择重复方式:每天、每周或每月',
  hoursMissing: '请填写时长',
  hoursNotWhole: '时长应是整小时',
  hoursBelowOne: '时长至少 1 小时',
  hoursOverWeek: '时长不能超过一周',
  ruleUnknown: '重复方式不对',
  meterRouteMissing: '抄水表任务请填写抄表路线',
  // tasks/staff.ts
  staffOnly: '只能派给物业员工',
  // tasks/startTask.ts
  alreadyDone: '工单已经完成了',
  alreadyStarted: '工单已经开始了',
};

// Names of things, as they appear inside refusals ("缺少会议", "公告不存在").
export const taskFields = {
  // tasks/assignTask.ts
  task: '工单',
  staff: '员工',
  // tasks/createTask.ts
  issue: '报事',
  title: '工单标题',
  description: '工单说明',
  meterRoute: '抄表路线',
  // tasks/finishTask.ts
  finishNote: '处理说明',
};

// One line per action: what it does, for the action table and the permission matrix.
export const taskSummaries = {
  'tasks.acrossCompounds': '物业公司所服务各小区的未完成工单(经理看全部,员工看自己的),可按小区筛选',
  'tasks.assign': '改派工单给另一位员工(未完成的工单)',
  'tasks.create': '派单:从报事或单独创建工单,指定员工和完成时间',
  'tasks.board': '派单看板:待受理、未派单、已超时、每位员工的工单',
  'tasks.finish': '完成工单:写明做了什么,拍处理后的照片;不能重复完成',
  'tasks.get': '工单详情(派给我的,或物业经理查看),含完成说明和照片',
  'staff.list': '可派单的物业员工',
  'tasks.mine': '我的任务:已超时、今天、以后、最近完成',
  'recurrences.create': '建立周期性工单(每天/每周/每月)',
  'recurrences.list': '周期性工单列表',
  'tasks.start': '开始处理派给我的工单',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const taskServerText = {
  // home/workItems.ts
  issuesWaiting: (waiting: number) => `${waiting} 条报事待受理`,
  acceptThenDispatch: '受理后派单给员工',
  tasksLate: (late: number) => `${late} 个任务已超时`,
  tasksToday: (due: number) => `今天有 ${due} 个任务`,
  alsoDueToday: (due: number) => `另有今天到期 ${due} 个`,
  openMyTasks: '点开看我的任务',
};
