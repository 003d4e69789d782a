// The words of notify, in one place for review: the subpackage screens' text, then what the server
// says (refusals, names of things inside refusals, action summaries, notices). Plain data, imported
// by the subpackage and by server/app. The main package never imports this file (the tab's own
// words are in ui/strings/notify.ts), so WeChat's main package does not carry it.

// Every word the notifications and groups screens show, in one place for review.
export const outboxText = {
  title: '消息发件箱',
  intro: '小程序发出或想发出的每条订阅消息，按微信里的样子显示，并写明结果。',
  filter: '按结果筛选',
  all: '全部',
  to: (name: string, at: string) => `发给 ${name} · ${at}`,
  open: '进入小程序查看',
  empty: '还没有消息',
  more: '再看 30 条',
  status: {
    queued: '等待发送',
    sending: '正在发送',
    sent: '已发送',
    no_grant: '未发送：对方没有订阅',
    retrying: '微信繁忙，稍后重试',
    failed: '发送失败',
    skipped: '未发送',
  } as Record<string, string>,
  filterLabels: { sent: '已发送', no_grant: '没有订阅', retrying: '重试中', failed: '失败', skipped: '未发送' } as Record<string, string>,
  code: (code: number, meaning: string) => `微信错误码 ${code}：${meaning}`,
  retryAt: (at: string) => `将于 ${at} 重试`,
  attempts: (n: number) => `已尝试 ${n} 次`,
};

export const grantsText = {
  title: '还能收到的消息',
  intro: '谁 · 哪类消息 · 还能收到几次。每次在小程序里点“允许”，微信才多送一条。',
  empty: '还没有人订阅消息：通知都会显示为“未发送”。',
  row: (to: string, kinds: string, left: number) => `${to} · ${kinds} · 还能收到 ${left} 次`,
};

export const groupText = {
  title: '本群',
  intro: '分享到这个微信群里的报事、表决和公示。',
  empty: '这个群里还没有分享过内容',
  noGroup: '请从微信群里的卡片打开小程序，才能看到本群的分享',
  kinds: { issue: '报事', poll: '表决', results: '结果公示', activity: '活动' } as Record<string, string>,
  opens: (n: number, at: string) => `${n} 次打开 · 最近 ${at}`,
};

// Refusals the server answers with; the code and field stay at the call site.
export const notifyRefusals = {
  // notify/enterGroup.ts
  cloudIdNotText: 'cloudId 应是文字',
  cloudIdEmpty: 'cloudId 不能为空',
  cloudIdTooLong: 'cloudId 太长',
  fakeGroupNameNotText: '模拟群名应是文字',
  fakeGroupNameTooLong: '模拟群名太长',
  sharedKindUnknown: '分享的内容类型不对',
  groupUnconfirmed: '没能确认是哪个群,请从群聊里的卡片重新打开',
  // notify/groupItems.ts
  groupNotText: '群应是文字',
  groupIdMalformed: '群的标识不对',
  openFromGroupFirst: '请先从这个群里的卡片打开小程序',
  // notify/listOutbox.ts
  statusUnknown: '状态不对',
  // notify/recordSubscription.ts
  templateIdNotText: '模板 id 应是文字',
  templateIdEmpty: '模板 id 不能为空',
  templateIdTooLong: '模板 id 太长',
  resultUnknown: '订阅结果应是 accept、reject、ban 或 filter',
  settingUnknown: '长期选择应是 accept、reject 或 ban',
  resultsMalformed: '订阅结果应是 {模板id: 结果}',
  mainSwitchNotBoolean: '订阅总开关应是 true 或 false',
  settingsMalformed: '长期选择应是 {模板id: 选择}',
  tooManyTemplates: (maxTemplatesPerAsk: number) => `一次最多请求 ${maxTemplatesPerAsk} 个消息模板`,
  tooManySettings: '长期选择太多',
  unknownTemplate: (unknown: string) => `不认识的消息模板:${unknown}`,
};

// Names of things, as they appear inside refusals ("缺少会议", "公告不存在").
export const notifyFields = {
  // notify/enterGroup.ts
  sharedItem: '分享的内容',
};

// One line per action: what it does, for the action table and the permission matrix.
export const notifySummaries = {
  'groups.enter': '从群聊卡片打开时:确认是哪个群(微信 cloudID),记下这张卡片分享到了这个群',
  'groups.items': '本群:分享到这个群里的报事、表决、结果公示和活动;只能看自己从卡片进入过的群',
  'notify.outbox': '消息发件箱(管理员):每条消息像微信里那样显示,并写明已发送、无订阅、失败原因或重试时间;第一页附每人每类消息还能收到几次',
  'subscriptions.record': '记录用户对订阅消息的选择:每次"允许"加一次可发送的机会;"总是/不再"选择会被记住',
  'subscriptions.templates': '可以请求订阅的消息模板(已选择"不再接收"的不在其中)',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const notifyServerText = {
  // notify/enterGroup.ts
  resultsCard: (title: string) => `结果公示:${title}`,
  // notify/grantsLeft.ts
  userGone: '(已不存在的用户)',
  templateNamed: (templateId: string) => `模板 ${templateId}`,
};
