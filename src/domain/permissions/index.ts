// Every area's permissions (Decidim's per-area permission classes are the model): one table of
// action → allowed roles per area, read by the action table, and each area's readable predicates.
import type { Audience } from '../roles';
import type { ActionRoles } from './who';
import { peopleActions } from './people';
import { tenancyActions } from './tenancy';
import { issueActions } from './issues';
import { taskActions } from './tasks';
import { pollActions } from './polls';
import { governanceActions } from './governance';
import { notifyActions } from './notify';
import { volunteerActions } from './volunteers';
import { auditActions } from './audit';
import { reviewActions } from './review';

export const ACTION_ROLES: ActionRoles = {
  ...peopleActions,
  ...tenancyActions,
  ...issueActions,
  ...taskActions,
  ...pollActions,
  ...governanceActions,
  ...notifyActions,
  ...volunteerActions,
  ...auditActions,
  ...reviewActions,
};

/** Who may call this action; an action missing from every area's table is a mistake caught at load. */
export function allowed(action: string): readonly Audience[] {
  const roles = Object.prototype.hasOwnProperty.call(ACTION_ROLES, action) ? ACTION_ROLES[action] : undefined;
  if (!roles) throw new Error(`no permissions declared for ${action} (src/domain/permissions)`);
  return roles;
}
