// The words of notify: the subpackage screens' text and what the server says (refusals, notices),
// so the wording can be reviewed in one place. Plain data: imported by the client and the server.

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
