// Who may do what in 操作记录(表决和关怀的查看记录). The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, has, type Who } from './who';

export const auditActions = {
  'audit.poll': ['committee', 'community'],
  'audit.care': ['community'],
  'audit.content': ['committee', 'community'],
} satisfies ActionRoles;

/** The operation records (who saw a ballot, a care record): the committee and the community. */
export const mayReadAudit = (who: Who) => has(who, 'committee', 'community');
