import type { Role } from '../../src/domain/roles';

// Stored document shapes. `_id`s are deterministic where uniqueness matters.

export interface BuildingDoc {
  _id: string; // b:<name>
  name: string; // 19栋
  zone: string; // 桥东
  order: number;
  /** The building's own places residents report about: part codes (`stair` 楼道) or the compound's own names (`电梯`); the settings document may override them (tenancy/settings.ts). */
  places?: string[];
  [key: string]: unknown;
}

export interface UnitDoc {
  _id: string; // u:<building>-<unit>-<room>
  buildingId: string;
  unit: string | null; // 1单元; null where a building has no 单元
  room: string;
  label: string; // 19栋1单元301
  areaCenti: number; // exclusive area in 0.01 m²
  holderId: string;
  order: number;
  [key: string]: unknown;
}

export interface HolderDoc {
  _id: string; // h:<key>
  name: string;
  phone: string | null; // personal information: only ever shown masked
  kind: 'person' | 'developer';
  [key: string]: unknown;
}

export interface UserDoc {
  _id: string; // user:<openid>
  openid: string;
  name: string;
  roles: Role[];
  phone: string | null;
  createdAt: string;
  /** 长辈模式, when the person has set it (me.elder): it follows them to any device. */
  elder?: boolean;
  /** The last four digits of their phone (or of the roster's, once a claim is approved): users.list searches by it. */
  phoneTail?: string;
  /** Their roster phone, masked, for people who have no phone of their own on record. */
  phoneMasked?: string;
  [key: string]: unknown;
}

export type ClaimStatus = 'pending' | 'approved' | 'rejected';

export interface ClaimDoc {
  _id: string; // claim:<userId>:<unitId>
  userId: string;
  unitId: string;
  unitLabel: string;
  name: string;
  phoneLast4: string;
  status: ClaimStatus;
  /** Whether name and phone match the roster: a hint for the reviewer, not a verdict. */
  matchesRoster: boolean;
  reason?: string;
  at: string;
  reviewedBy?: string;
  reviewedAt?: string;
  [key: string]: unknown;
}

export interface MembershipDoc {
  _id: string; // m:<userId>:<unitId>
  userId: string;
  unitId: string;
  holderId: string;
  since: string;
  [key: string]: unknown;
}

export const userIdFor = (openid: string) => `user:${openid}`;

/** A work order: from an issue, a meeting decision, a recurrence or a meter round. Read by issues, tasks, governance, home and the jobs, so it lives with the shared documents. */
export interface TaskDoc {
  _id: string;
  issueId: string | null;
  title: string;
  description: string;
  kind: 'repair' | 'cleaning' | 'meter_reading' | 'other';
  /** One person per task (a job for two is two tasks): queries stay single-valued and indexed. */
  assigneeId: string | null;
  status: 'open' | 'in_progress' | 'done';
  dueAt: string;
  createdBy: string;
  createdAt: string;
  startedAt?: string;
  doneAt?: string;
  doneBy?: string;
  note?: string;
  photos?: string[];
  /** The client's id for the finishing operation: a resend after a lost answer is recognised. */
  finishOpId?: string;
  recurrenceId?: string;
  route?: string;
  [key: string]: unknown;
}
