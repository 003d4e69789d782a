// Who may do what in 议事:报事、附议、评论、处理. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, has, type Who, EVERYONE } from './who';

export const issueActions = {
  'photos.upload': EVERYONE,
  'photos.folder': EVERYONE,
  'issues.report': EVERYONE,
  'issues.similar': EVERYONE,
  'issues.places': EVERYONE,
  'issues.second': EVERYONE,
  'issues.comment': EVERYONE,
  'issues.feed': EVERYONE,
  'issues.get': EVERYONE,
  'issues.transition': EVERYONE,
  'issues.rate': EVERYONE,
  'issues.stats': ['manager', 'committee', 'community', 'admin'],
} satisfies ActionRoles;

/** Property staff and their manager: they see private reports and work on every issue. */
export const isStaffSide = (who: Who) => has(who, 'staff', 'manager');

/** Who may report for a resident who cannot (代报): the property, the community, the committee. */
export const mayReportOnBehalf = (who: Who) => has(who, 'staff', 'manager', 'community', 'committee');

/** Only the manager assigns an issue's work, and only while it is being dealt with. */
export const mayAssignIssue = (who: Who, issue: { status: string }) => has(who, 'manager') && ['accepted', 'reopened', 'in_progress'].includes(issue.status);

/** Who may move an issue along for their party (besides its reporter and assignee). */
export const issueMoverRoles = (who: Who) => (['manager', 'committee', 'community'] as const).filter((r) => has(who, r));

/** Who may read the issue figures (处理时长、返修率). */
export const mayReadIssueStats = (who: Who) => has(who, 'manager', 'committee', 'community', 'admin');
