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
  // Setting up a compound (开通小区, 小区设置): the admin anywhere, the community in its own community.
  'compounds.setupOptions': ['admin', 'community'],
  'compounds.create': ['admin', 'community'],
  'compounds.settings.get': ['admin', 'community'],
  'compounds.settings.save': ['admin', 'community'],
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

/** Who opens a compound and sets it up (我的 → 开通小区 / 小区设置): the admin, the community. */
export const maySetUpCompounds = (who: Who) => tenancyActions['compounds.create'].some((r) => who.roles.includes(r));

/**
 * Where a person may open a new compound: the admin in any community, a community role only in a
 * community its account holds that role for (a 社区 opens compounds of its own 社区, not another's).
 */
export function mayCreateCompoundIn(who: Who, held: ReadonlyArray<{ role: Role; orgId: string }>, communityId: string, admin = false): boolean {
  if (admin || who.roles.includes('admin')) return true;
  return who.roles.includes('community') && held.some((h) => h.role === 'community' && h.orgId === communityId);
}

/** The communities a person may open compounds in, out of all the deployment's: every one for the admin. */
export function communitiesFor<T extends { _id: string }>(who: Who, held: ReadonlyArray<{ role: Role; orgId: string }>, all: readonly T[], admin = false): T[] {
  return all.filter((c) => mayCreateCompoundIn(who, held, c._id, admin));
}
