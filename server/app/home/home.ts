// home: what needs the caller's attention now. Each area adds its own items as it arrives.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import type { ClaimDoc, MembershipDoc } from '../model';
import type { IssueDoc, TaskDoc } from '../issues/model';
import { cstDate } from '../../../src/domain/recurrence';

export interface AttentionItem {
  id: string;
  kind: string;
  title: string;
  detail: string;
  page?: string;
  at: string;
}

export const home = defineAction({
  name: 'home',
  summary: '首页:需要我处理或关注的事',
  input: z.object({}).strict(),
  roles: ['user'],
  async run(ctx) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now().toISOString();
    const items: AttentionItem[] = [];
    const [memberships, myClaims] = await Promise.all([
      ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 1 }),
      ctx.store.find<ClaimDoc>('claims', { where: { userId: caller.userId }, orderBy: [['at', 'desc']], limit: 5 }),
    ]);
    for (const claim of myClaims) {
      if (claim.status === 'pending') {
        items.push({ id: claim._id, kind: 'claim.pending', title: '认证审核中', detail: `${claim.unitLabel}的认证申请已提交,业委会审核后会通知你`, page: '/pages/me/index', at: claim.at });
      } else if (claim.status === 'rejected') {
        items.push({ id: claim._id, kind: 'claim.rejected', title: '认证未通过', detail: `${claim.unitLabel}:${claim.reason ?? ''}`, page: '/packages/people/claim/index', at: claim.reviewedAt ?? claim.at });
      }
    }
    if (memberships.length === 0 && !myClaims.some((c) => c.status === 'pending')) {
      items.push({ id: 'verify', kind: 'verify', title: '认证业主身份', detail: '认证后可以参加表决、报事和查看本楼的公示', page: '/packages/people/claim/index', at: now });
    }
    if (caller.roles.includes('committee') || caller.roles.includes('admin')) {
      const pending = await ctx.store.count('claims', { status: 'pending' });
      if (pending > 0) {
        items.push({ id: 'claims.review', kind: 'claims.review', title: `${pending} 份业主认证待审核`, detail: '请核对姓名和手机号后四位', page: '/packages/people/review/index', at: now });
      }
    }
    // Fixes waiting for the reporter's word.
    const toConfirm = await ctx.store.find<IssueDoc>('issues', { where: { reporterId: caller.userId, status: 'done' }, orderBy: [['createdAt', 'desc']], limit: 5 });
    for (const issue of toConfirm) {
      items.push({ id: `confirm:${issue._id}`, kind: 'issue.confirm', title: '修好了吗?请确认', detail: `${issue.place.label}:${issue.description.slice(0, 30)}`, page: `/packages/issues/detail/index?id=${encodeURIComponent(issue._id)}`, at: issue.doneAt ?? issue.updatedAt });
    }
    if (caller.roles.includes('manager')) {
      const waiting = await ctx.store.count('issues', { status: 'reported' });
      if (waiting > 0) items.push({ id: 'issues.accept', kind: 'issues.accept', title: `${waiting} 条报事待受理`, detail: '受理后派单给员工', page: '/packages/tasks/board/index', at: now });
    }
    if (caller.roles.includes('staff') || caller.roles.includes('manager')) {
      const open = await ctx.store.find<TaskDoc>('tasks', { where: { assigneeId: caller.userId, status: { $in: ['open', 'in_progress'] } }, orderBy: [['dueAt', 'asc']], limit: 100 });
      const today = cstDate(ctx.clock.now());
      const late = open.filter((t) => t.dueAt < now).length;
      const due = open.filter((t) => t.dueAt >= now && cstDate(new Date(t.dueAt)) === today).length;
      if (late + due > 0) items.push({ id: 'tasks.mine', kind: 'tasks.mine', title: late ? `${late} 个任务已超时` : `今天有 ${due} 个任务`, detail: late && due ? `另有今天到期 ${due} 个` : '点开看我的任务', page: '/packages/tasks/mine/index', at: now });
    }
    return { items };
  },
});
