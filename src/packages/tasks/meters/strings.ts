// Words of 更正读数 on the meter round, kept in the tasks subpackage (not in the main package).
import { tasksText } from '../../../ui/strings/tasks';

export const correctText = {
  ...tasksText,
  correct: '更正读数',
  correctLabel: (label: string) => `更正读数：${label}`,
  correctValue: '正确的读数（立方米）',
  correctValueLabel: (label: string) => `${label} 正确的读数`,
  correctReason: '更正原因',
  correctReasonLabel: (label: string) => `${label} 更正原因`,
  correctReasonPlaceholder: '例如：多按了一个 0',
  correctSave: '保存更正',
  correctSaveLabel: (label: string) => `保存更正：${label}`,
  correctCancel: '不改了',
  corrected: (value: string) => `已更正为：${value}`,
  leakWithdrawn: '之前按错误读数报的“疑似漏水”已撤回。',
  leakKept: '之前报的“疑似漏水”已有人受理，没有自动撤回：请告诉物业经理读数已更正。',
};
