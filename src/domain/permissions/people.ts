// Who may do what in 我的、认证、角色和名册. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, has, type Who, EVERYONE } from './who';

export const peopleActions = {
  'me': EVERYONE,
  'me.settings': EVERYONE,
  'me.elder': EVERYONE,
  'me.nickname': EVERYONE,
  'home': EVERYONE,
  'claims.submit': EVERYONE,
  'claims.pending': ['committee', 'admin'],
  'claims.review': ['committee', 'admin'],
  'users.list': ['admin', 'committee'],
  'roles.grant': ['admin'],
  'roster.import': ['committee', 'admin'],
} satisfies ActionRoles;

/** The committee reviews claims and imports the roster; the admin may too. */
export const mayReviewClaims = (who: Who) => has(who, 'committee', 'admin');

/** Only the admin grants roles. */
export const mayGrantRoles = (who: Who) => has(who, 'admin');

/** Verification is for residents: property staff who live elsewhere are not asked to verify. */
export const mayClaimAHome = (who: Who) => !(has(who, 'staff', 'manager') && !has(who, 'owner', 'resident'));
