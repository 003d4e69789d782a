// The people of a compound and what they may be: owner, resident and committee belong to a
// compound; manager and staff to the property company serving it; community to its 社区; street
// (read-only) to its 街道; admin to the deployment (src/domain/permissions/ says who may do what). `public` means anyone, signed in or not;
// `user` means any signed-in person (a fresh WeChat user holds no other role yet).
export const ROLES = ['owner', 'resident', 'committee', 'staff', 'manager', 'community', 'street', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Audience = 'public' | 'user' | Role;

export const ROLE_LABELS: Record<Role, string> = {
  owner: '业主',
  resident: '住户',
  committee: '业委会委员',
  staff: '物业员工',
  manager: '物业经理',
  community: '社区',
  street: '街道',
  admin: '管理员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles held for work in the compound (property staff, the community, admins), not for a home in it. */
export const WORK_ROLES: readonly Role[] = ['staff', 'manager', 'community', 'street', 'admin'];

/**
 * Whether home should invite this person to verify as an owner. Someone here for their work, who
 * has never asked for a flat, is not nudged (a manager's home kept offering 认证业主身份); a person with
 * a home, or with a claim under review, needs no invitation.
 */
export function offerOwnerVerification(p: { roles: readonly string[]; hasHome: boolean; hasClaim: boolean; claimPending: boolean }): boolean {
  if (p.hasHome || p.claimPending) return false;
  const atWork = p.roles.some((r) => (WORK_ROLES as readonly string[]).includes(r));
  return !atWork || p.hasClaim;
}
