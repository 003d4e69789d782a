// The kinds WeChat's text check (msgSecCheck v2) names in `result.label`, in words a writer can act
// on: "命中标签枚举值,100 正常;10001 广告;20001 时政;20002 色情;20003 辱骂;20006 违法犯罪;
// 20008 欺诈;20012 低俗;20013 版权;21000 其他"
// (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html,
// quoted at https://developers.weixin.qq.com/community/minihome/doc/000844d07dc7d022d19cb738b56400).
export const CONTENT_LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他不适宜发布',
};

/** The refusal a writer reads: which kind was flagged, and what to do. */
export function refusalFor(label: number | undefined): string {
  const kind = label !== undefined ? CONTENT_LABELS[label] : undefined;
  return kind ? `内容可能含有${kind}信息(微信内容安全判定),请修改后再提交` : '内容含有不适宜发布的信息,请修改后再提交';
}
