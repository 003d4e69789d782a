// The action table: the whole API. The cloud entry, the local host, the front-end client's
// types and the permission tests all read this one object. Each area lists its own actions in
// its table.ts; this file only assembles them (docs/architecture.md, "Server shape").
import { peopleActions } from './people/table';
import { homeActions } from './home/table';
import { tenancyActions } from './tenancy/table';
import { compoundActions } from './compound/table';
import { issueActions } from './issues/table';
import { taskActions } from './tasks/table';
import { meterActions } from './meters/table';
import { pollActions } from './polls/table';
import { governanceActions } from './governance/table';
import { notifyActions } from './notify/table';
import { volunteerActions } from './volunteers/table';
import { auditActions } from './audit/table';
import { reviewActions } from './review/table';
import type { Action } from './action';

export const actions = {
  ...peopleActions,
  ...homeActions,
  ...tenancyActions,
  ...compoundActions,
  ...issueActions,
  ...taskActions,
  ...meterActions,
  ...pollActions,
  ...governanceActions,
  ...notifyActions,
  ...volunteerActions,
  ...auditActions,
  ...reviewActions,
} as const;

export type ActionTable = typeof actions;
export type ActionName = keyof ActionTable;

export function findAction(name: string): Action | undefined {
  return Object.prototype.hasOwnProperty.call(actions, name) ? (actions as Record<string, Action>)[name] : undefined;
}

export const actionList: Action[] = Object.values(actions) as Action[];
