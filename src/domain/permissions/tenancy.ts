// Who may do what in 小区:我的小区、楼栋和房屋. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, type Who, EVERYONE, ANYONE, has } from './who';
import type { Role } from '../roles';


export const tenancyActions = {
  'compounds.mine': EVERYONE,
  'compound.buildings': ANYONE,
  'compound.units': EVERYONE,
  'compounds.compare': ['community', 'street', 'admin'],
  'orgRoles.grant': ['admin'],
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

/** The roles held for an organisation, and the kind of organisation each is held for. */
export const ORG_ROLE_KIND = { manager: 'company', staff: 'company', community: 'community', street: 'street' } as const;
export type OrgRoleName = keyof typeof ORG_ROLE_KIND;
export const ORG_ROLE_NAMES = Object.keys(ORG_ROLE_KIND) as OrgRoleName[];

/** Only the admin grants and withdraws a company's, a community's or a street's roles (the deployment's role). */
export const mayGrantOrgRoles = (who: Who) => has(who, 'admin');

/** A compound's copy of the person's roles after the organisation's role is granted or withdrawn (order kept, no repeats). */
export function rolesAfter(current: readonly Role[], role: Role, grant: boolean): Role[] {
  if (grant) return current.includes(role) ? [...current] : [...current, role];
  return current.filter((r) => r !== role);
}
