// The people area's (sign-in, claims, roles, the roster) part of the action table; spread into server/app/actions.ts.
import { me } from './me';
import { getSettings } from './getSettings';
import { setElder } from './setElder';
import { setNickname } from './setNickname';
import { submitClaim } from './submitClaim';
import { listPendingClaims } from './listPendingClaims';
import { reviewClaim } from './reviewClaim';
import { listUsers } from './listUsers';
import { grantRole } from './grantRole';
import { importRoster } from './importRoster';

export const peopleActions = {
  me,
  'me.settings': getSettings,
  'me.elder': setElder,
  'me.nickname': setNickname,
  'claims.submit': submitClaim,
  'claims.pending': listPendingClaims,
  'claims.review': reviewClaim,
  'users.list': listUsers,
  'roles.grant': grantRole,
  'roster.import': importRoster,
} as const;
