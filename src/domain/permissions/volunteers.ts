// Who may do what in 志愿服务和结对关怀. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, EVERYONE } from './who';

export const volunteerActions = {
  'volunteers.teams': EVERYONE,
  'volunteers.team': EVERYONE,
  'volunteers.team.create': ['community', 'committee'],
  'volunteers.team.join': EVERYONE,
  'volunteers.team.decide': EVERYONE,
  'volunteers.activity.create': EVERYONE,
  'volunteers.activities': EVERYONE,
  'volunteers.activity': EVERYONE,
  'volunteers.signup': EVERYONE,
  'volunteers.cancel': EVERYONE,
  'volunteers.checkIn': EVERYONE,
  'volunteers.confirm': EVERYONE,
  'volunteers.mine': EVERYONE,
  'volunteers.certificate': EVERYONE,
  'volunteers.certify': ['community'],
  'volunteers.stats': EVERYONE,
  'volunteers.leaderboard': EVERYONE,
  'care.register': EVERYONE,
  'care.pair': EVERYONE,
  'care.list': EVERYONE,
  'care.get': EVERYONE,
  'care.visit': EVERYONE,
  'care.concern': EVERYONE,
  'care.withdraw': EVERYONE,
} satisfies ActionRoles;
