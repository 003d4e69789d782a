// The many-compounds (tenancy) area's part of the action table; spread into server/app/actions.ts.
import { myCompounds } from './myCompounds';
import { compareCompounds } from './compareCompounds';
import { grantOrgRole } from './grantOrgRole';

export const tenancyActions = {
  'compounds.mine': myCompounds,
  'compounds.compare': compareCompounds,
  'orgRoles.grant': grantOrgRole,
} as const;
