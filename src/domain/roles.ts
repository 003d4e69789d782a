// The people of a compound and what they may be. `public` means anyone, signed in or not;
// `user` means any signed-in person (a fresh WeChat user holds no other role yet).
export const ROLES = ['owner', 'resident', 'committee', 'staff', 'manager', 'community', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Audience = 'public' | 'user' | Role;

export const ROLE_LABELS: Record<Role, string> = {
  owner: '业主',
  resident: '住户',
  committee: '业委会委员',
  staff: '物业员工',
  manager: '物业经理',
  community: '社区',
  admin: '管理员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
