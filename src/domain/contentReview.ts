// Texts WeChat's content check refused, held for a person to read (人工复核): which writing each
// action holds, in words the reviewer knows, and who may read and publish it. Care records stay
// with the community alone (the committee may not learn that a care record exists).
import type { Role } from './roles';

/** The action whose refused text was held → what the reviewer is reading. */
export const HELD_WHAT: Record<string, string> = {
  'notices.publish': '公告',
  'issues.comment': '报事评论',
  'issues.report': '报事描述',
  'polls.create': '投票的标题、说明、选项或候选人简介',
  'meetings.decide': '会议决定事项',
  'meetings.minutes': '会议纪要',
  'me.nickname': '昵称',
  'care.visit': '关爱走访记录',
  'volunteers.team.join': '申请加入服务队的留言',
  'volunteers.signup': '活动接龙备注',
};

export const heldWhat = (action: string): string => HELD_WHAT[action] ?? '文字';

export type Reviewer = Extract<Role, 'committee' | 'community'>;

/** Who reads a held text of this action. */
export function reviewersOf(action: string): Reviewer[] {
  return action.startsWith('care.') ? ['community'] : ['committee', 'community'];
}

/** Whether a person with these roles may read (and publish or discard) a text held for these reviewers. */
export function mayReview(roles: readonly string[], reviewers: readonly string[]): boolean {
  return reviewers.some((r) => roles.includes(r));
}

/** What the writer reads when their text is held: what was flagged, and that a person will look. */
export function heldMessage(reason: string): string {
  const flagged = reason.replace(/[,,]?请修改后再提交$/, '');
  return `${flagged}。已提交人工复核:业委会或社区核对后可以照原文发布;你也可以修改后重新提交`;
}

export const HELD_STATUS_TEXT = { pending: '待复核', publishing: '发布中断,请核对是否已发布', published: '已发布', discarded: '不发布' } as const;
export type HeldStatus = keyof typeof HELD_STATUS_TEXT;
