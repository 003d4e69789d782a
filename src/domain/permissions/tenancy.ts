// Who may do what in 小区:我的小区、楼栋和房屋. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, type Who, EVERYONE, ANYONE } from './who';
import type { Role } from '../roles';


export const tenancyActions = {
  'compounds.mine': EVERYONE,
  'compound.buildings': ANYONE,
  'compound.units': EVERYONE,
  'compounds.compare': ['community', 'street', 'admin'],
  // Joining: anyone signed in finds a compound and reads its welcome; anyone in one invites neighbours.
  'compounds.search': EVERYONE,
  'compounds.about': EVERYONE,
  'compounds.joinCode': EVERYONE,
} satisfies ActionRoles;

/** Where a role belongs: a compound, an organisation around it, or the deployment (src/domain/roles.ts). */
export const ROLE_SCOPE: Record<Role, 'compound' | 'company' | 'community' | 'street' | 'deployment'> = {
  owner: 'compound',
  resident: 'compound',
  committee: 'compound',
  manager: 'company',
  staff: 'company',
  community: 'community',
  street: 'street',
  admin: 'deployment',
};

/** A compound and the organisations around it. */
export interface CompoundTies {
  propertyCompanyId: string | null;
  communityId: string;
  streetId?: string;
}

/**
 * The organisation roles a person holds in this compound: a company's manager and staff where it
 * serves the compound, a community's role in its compounds, a street's read-only role in its
 * communities' compounds. The admin belongs to the whole deployment.
 */
export function orgRolesIn(held: ReadonlyArray<{ role: Role; orgId: string }>, compound: CompoundTies, admin = false): Role[] {
  const out = new Set<Role>();
  for (const { role, orgId } of held) {
    const scope = ROLE_SCOPE[role];
    if ((scope === 'company' && orgId === compound.propertyCompanyId) || (scope === 'community' && orgId === compound.communityId) || (scope === 'street' && orgId === compound.streetId)) out.add(role);
  }
  if (admin) out.add('admin');
  return [...out];
}

/** Who compares compounds side by side: the community over its compounds, the street over its communities', the admin. */
export const mayCompareCompounds = (who: Who) => tenancyActions['compounds.compare'].some((r) => who.roles.includes(r));
