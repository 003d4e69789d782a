// The party a person speaks for at the three-party table (三方联动): kept apart from governance.ts
// so the 我的 screen can ask it (permissions/governance.ts) without the inspection checklist.
import type { Role } from './roles';

/** The community first (it convenes), then the committee, then the property manager; null for everyone else. */
export function partyOf(roles: readonly Role[] | readonly string[]): 'community' | 'committee' | 'property' | null {
  const has = (r: Role) => (roles as readonly string[]).includes(r);
  if (has('community')) return 'community';
  if (has('committee')) return 'committee';
  if (has('manager')) return 'property';
  return null;
}
