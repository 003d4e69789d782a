// What the server says outside any one area: the dispatcher's refusals (sign in, no permission,
// unknown action), "… 不存在", and the texts of the scheduled jobs. The client's own common words
// (tabs, buttons) stay in ui/strings.ts, which the main package carries.

// Refusals the server answers with; the code and field stay at the call site.
export const commonRefusals = {
  // dispatch.ts
  noSuchAction: (name: string) => `没有这个操作:${name}`,
  chooseCompound: '请先选择小区',
  signInFirst: '请先登录',
  forbidden: '你没有权限做这件事',
  alreadyDone: '这件事已经办过了',
  serverTrouble: '服务器出了点问题,请稍后再试',
  // errors.ts
  notFound: (what: string) => `${what}不存在`,
  // opId.ts
  opIdMalformed: '操作编号格式不对',
  // dispatch.ts: a field the action does not take
  unknownFields: (keys: string) => `不认识的字段:${keys}`,
  // payload.ts
  payloadTooLarge: (kilobytes: number) => `请求内容超过 ${kilobytes} KB,照片和文件请先上传`,
};

// One line per action: what it does, for the action table and the permission matrix.
export const commonSummaries = {
  home: '首页:需要我处理的事(未投的票、明天的志愿服务、队长待确认的出勤、要参加的会、待通过的纪要、该走访的老人、任务、认证、确认修好)',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const commonServerText = {
  /** Between the items of a list in a sentence ("物业、社区"). */
  listSeparator: '、',
  // dispatch.ts
  wechatUser: '微信用户',
  // exports/tableFile.ts
  firstSheet: '表1',
  // jobs/runJobs.ts
  fixedQuestion: (label: string) => `${label}:修好了吗?`,
  pleaseRate: '请评价',
  notAcceptedInTime: (label: string) => `超时未受理:${label}`,
};
