// Who may do what in 订阅消息和微信群. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, EVERYONE } from './who';

export const notifyActions = {
  'subscriptions.templates': EVERYONE,
  'subscriptions.record': EVERYONE,
  'notify.outbox': ['admin'],
  'groups.enter': EVERYONE,
  'groups.items': EVERYONE,
} satisfies ActionRoles;
