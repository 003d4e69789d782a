// The action table: the whole API. The cloud entry, the local host, the front-end client's
// types and the permission tests all read this one object.
import { home } from './home/home';
import { listBuildings } from './compound/listBuildings';
import { listUnits } from './compound/listUnits';
import { me } from './people/me';
import { submitClaim } from './people/submitClaim';
import { listPendingClaims } from './people/listPendingClaims';
import { reviewClaim } from './people/reviewClaim';
import { listUsers } from './people/listUsers';
import { grantRole } from './people/grantRole';
import { importRoster } from './people/importRoster';
import type { Action } from './action';

export const actions = {
  me,
  home,
  'compound.buildings': listBuildings,
  'compound.units': listUnits,
  'claims.submit': submitClaim,
  'claims.pending': listPendingClaims,
  'claims.review': reviewClaim,
  'users.list': listUsers,
  'roles.grant': grantRole,
  'roster.import': importRoster,
} as const;

export type ActionTable = typeof actions;
export type ActionName = keyof ActionTable;

export function findAction(name: string): Action | undefined {
  return Object.prototype.hasOwnProperty.call(actions, name) ? (actions as Record<string, Action>)[name] : undefined;
}

export const actionList: Action[] = Object.values(actions) as Action[];
