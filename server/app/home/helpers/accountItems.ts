// Home: the caller's own verification (pending, refused, not started; not offered to staff at work), claims to review for the
// committee, and fixes waiting for the reporter's word.
import type { Caller, Ctx } from '../../context';
import type { ClaimDoc, MembershipDoc } from '../../model';
import type { IssueDoc } from '../../issues/model';
import type { AttentionItem } from './item';
import { offerOwnerVerification } from '../../../../src/domain/roles';
import { PAGES, pageLink } from '../../../../src/routes';
import { peopleServerText } from '../../../../src/copy/people';

export async function accountItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  const now = ctx.clock.now().toISOString();
  const items: AttentionItem[] = [];
  const [memberships, myClaims] = await Promise.all([
    ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 1 }),
    ctx.store.find<ClaimDoc>('claims', { where: { userId: caller.userId }, orderBy: [['at', 'desc']], limit: 5 }),
  ]);
  for (const claim of myClaims) {
    if (claim.status === 'pending') {
      items.push({ id: claim._id, kind: 'claim.pending', title: peopleServerText.claimPending, detail: peopleServerText.claimSubmitted(claim.unitLabel), page: PAGES.me, at: claim.at });
    } else if (claim.status === 'rejected') {
      items.push({ id: claim._id, kind: 'claim.rejected', title: peopleServerText.claimRejected, detail: `${claim.unitLabel}:${claim.reason ?? ''}`, page: PAGES.claim, at: claim.reviewedAt ?? claim.at });
    }
  }
  if (offerOwnerVerification({ roles: caller.roles, hasHome: memberships.length > 0, hasClaim: myClaims.length > 0, claimPending: myClaims.some((c) => c.status === 'pending') })) {
    items.push({ id: 'verify', kind: 'verify', title: peopleServerText.verifyOwner, detail: peopleServerText.verifyWhy, page: PAGES.claim, at: now });
  }
  if (caller.roles.includes('committee') || caller.roles.includes('admin')) {
    const pending = await ctx.store.count('claims', { status: 'pending' });
    if (pending > 0) {
      items.push({ id: 'claims.review', kind: 'claims.review', title: peopleServerText.claimsWaiting(pending), detail: peopleServerText.checkNameAndPhone, page: PAGES.review, at: now });
    }
  }
  // Fixes waiting for the reporter's word.
  const toConfirm = await ctx.store.find<IssueDoc>('issues', { where: { reporterId: caller.userId, status: 'done' }, orderBy: [['createdAt', 'desc']], limit: 5 });
  for (const issue of toConfirm) {
    items.push({ id: `confirm:${issue._id}`, kind: 'issue.confirm', title: peopleServerText.fixedPleaseConfirm, detail: `${issue.place.label}:${issue.description.slice(0, 30)}`, page: pageLink(PAGES.issueDetail, { id: issue._id }), at: issue.doneAt ?? issue.updatedAt });
  }
  return items;
}
