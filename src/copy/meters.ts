// The words of meters, in one place for review: the subpackage screens' text, then what the server
// says (refusals, names of things inside refusals, action summaries, notices). Plain data, imported
// by the subpackage and by server/app. The main package never imports this file (the tab's own
// words are in ui/strings/tasks.ts), so WeChat's main package does not carry it.
import { tasksText } from '../ui/strings/tasks';

// Words of 更正读数 on the meter round, imported only by the tasks subpackage (not by the main package).

export const correctText = {
  ...tasksText,
  correct: '更正读数',
  correctLabel: (label: string) => `更正读数：${label}`,
  correctValue: '正确的读数（立方米）',
  correctValueLabel: (label: string) => `${label} 正确的读数`,
  correctReason: '更正原因',
  correctReasonLabel: (label: string) => `${label} 更正原因`,
  correctReasonPlaceholder: '例如：多按了一个 0',
  needCorrectReason: '请写明更正原因',
  correctSave: '保存更正',
  correctSaveLabel: (label: string) => `保存更正：${label}`,
  correctCancel: '不改了',
  corrected: (value: string) => `已更正为：${value}`,
  leakWithdrawn: '之前按错误读数报的“疑似漏水”已撤回。',
  leakKept: '之前报的“疑似漏水”已有人受理，没有自动撤回：请告诉物业经理读数已更正。',
};

// Refusals the server answers with; the code and field stay at the call site.
export const meterRefusals = {
  // meters/assessReading.ts
  readingBelowLast: (formatReading: string, formatReading2: string) => `读数 ${formatReading} 比上次 ${formatReading2} 还小;如果换了新表,请勾选"已换表"`,
  // meters/correctReading.ts
  periodMissing: '请选择抄表月份',
  periodMalformed: '抄表月份格式应为 2026-03',
  correctValueMissing: '请填写正确的读数',
  valueTooLong: '读数太长',
  nothingToCorrect: (period: string) => `这块表 ${period} 还没有读数,请直接抄表`,
  onlyLatestPeriod: (period: string) => `只能更正最近一期的读数;${period} 已经按这期算过用量`,
  valueUnchanged: (formatReading: string) => `读数本来就是 ${formatReading},不用更正`,
  readingChangedMeanwhile: '这条读数刚刚被别人改过了,请刷新后再看',
  // meters/readingSlot.ts
  valueMalformed: '读数应是数字，最多两位小数，例如 1234.56',
  // meters/recordReading.ts
  valueMissing: '请填写读数',
  replacedNotBoolean: '请说明是否换表',
  alreadyRead: (period: string, formatReading: string) => `这块表 ${period} 已经抄过了,读数是 ${formatReading};如果抄错了,请点"更正读数"`,
  alreadyReadThisPeriod: '这块表本期已经抄过了',
};

// Names of things, as they appear inside refusals ("缺少会议", "公告不存在").
export const meterFields = {
  // meters/correctReading.ts
  meter: '水表',
  correctionReason: '更正原因',
  // meters/routeMeters.ts
  route: '抄表路线',
};

// One line per action: what it does, for the action table and the permission matrix.
export const meterSummaries = {
  'meters.correct': '更正最近一期的水表读数(须写明原因):重新判断漏水,撤回误报的漏水报事',
  'meters.read': '录入水表读数:不能小于上期(换表除外),每表每期一次;用量异常自动生成漏水报事',
  'meters.route': '抄表路线上的水表(按行走顺序)和上次读数',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const meterServerText = {
  // meters/correctReading.ts
  correctionNote: (formatReading: string, formatReading2: string, reason: string) => `水表读数更正为 ${formatReading}(原 ${formatReading2}),用量正常,撤回疑似漏水:${reason}`,
  // meters/leakIssue.ts
  leakDescription: (label: string, period: string, formatReading: string, formatReading2: string) => `疑似漏水:${label} 水表 ${period} 用量 ${formatReading} 方,超过近期中位数 ${formatReading2} 方的 3 倍。请上门查看。`,
  meterSystem: '抄表系统',
};
