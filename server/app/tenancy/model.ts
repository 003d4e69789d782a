// The deployment's own documents (server/store/scoped.ts lists them as deployment-wide): the
// compounds, the organisations around them, and who has been in which compound.
import type { Role } from '../../../src/domain/roles';

/** `compounds/<id>`: one compound (小区) of the deployment. */
export interface CompoundDoc {
  _id: string; // a COMPOUND_ID: `qiaoya`
  name: string; // 侨亚小区
  city: string; // 武汉市
  district: string; // 新洲区
  /** `community:<key>`: the 社区 whose party secretary oversees it. */
  communityId: string;
  /** `company:<key>`: the property company serving it, or null (self-managed). */
  propertyCompanyId: string | null;
  /** Whether owners have elected a committee (业委会) yet. */
  hasCommittee: boolean;
  /** The last day of the committee's current term (YYYY-MM-DD), when it has one (src/domain/committeeTerm.ts). */
  committeeTermEndsOn?: string | null;
  createdAt: string;
  [key: string]: unknown;
}

export type OrgKind = 'community' | 'company' | 'street';

/** `orgs/<kind>:<key>`: a community (社区), a property company (物业公司) or a street office (街道). */
export interface OrgDoc {
  _id: string;
  kind: OrgKind;
  name: string;
  /** A community's street. */
  streetId?: string;
  [key: string]: unknown;
}

/** `orgs/deployment`: which compound a call without one is in (clients published before compounds existed). */
export interface DeploymentDoc {
  _id: 'deployment';
  kind: 'deployment';
  defaultCompoundId: string;
  [key: string]: unknown;
}

/** `enrolments/enr:<userId>:<compoundId>`: the person has been in this compound (their list of compounds). */
export interface EnrolmentDoc {
  _id: string;
  userId: string;
  compoundId: string;
  at: string;
  [key: string]: unknown;
}

/** A role held for an organisation: manager or staff of a company, community of a community, street of a street. */
export interface OrgRole {
  role: Extract<Role, 'manager' | 'staff' | 'community' | 'street'>;
  orgId: string;
}

/** `accounts/user:<openid>`: the deployment-wide side of one identity: roles held for organisations, admin. */
export interface AccountDoc {
  _id: string;
  orgRoles: OrgRole[];
  /** The organisations of `orgRoles`, for finding who holds a role for one (accounts: orgIds). */
  orgIds?: string[];
  /** The last role grant (server/app/tenancy/orgRoles.grant.ts): a resend with its operation id answers as it did. */
  lastOp?: { id: string; answer: unknown };
  admin?: boolean;
  [key: string]: unknown;
}

export const enrolmentId = (userId: string, compoundId: string) => `enr:${userId}:${compoundId}`;
export const DEPLOYMENT_ID = 'deployment';
