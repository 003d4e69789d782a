// The people area's (sign-in, claims, roles, the roster) part of the action table; spread into server/app/actions.ts.
import { me } from './me';
import { getSettings } from './me.settings';
import { setElder } from './me.elder';
import { setNickname } from './me.nickname';
import { submitClaim } from './claims.submit';
import { listPendingClaims } from './claims.pending';
import { reviewClaim } from './claims.review';
import { listUsers } from './users.list';
import { grantRole } from './roles.grant';
import { importRoster } from './roster.import';

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
