// The vocabulary every permissions module shares: a person as the rules see them (their roles in
// the current compound, and who they are for rules about relationships), and the shape of an
// area's table of actions → who may call them (Decidim's per-area permissions are the model).
import type { Audience, Role } from '../roles';

export interface Who {
  userId?: string;
  /** Roles in the current compound: their own there, and their organisation's where it serves it. */
  roles: readonly string[];
}

/** An area's actions and the audiences allowed to call each: the server's guard reads this. */
export type ActionRoles = Record<string, readonly Audience[]>;

export const has = (who: Who, ...roles: Role[]) => roles.some((r) => who.roles.includes(r));

export const EVERYONE: readonly Audience[] = ['user'];
export const ANYONE: readonly Audience[] = ['public'];
/** The three parties of 三方联动: the community, the owners' committee and the property manager. */
export const THREE_PARTIES: readonly Audience[] = ['community', 'committee', 'manager'];
