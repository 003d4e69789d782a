// Stored shapes of the volunteers area and the lookups every action shares.
import type { Rule } from '../../../src/domain/recurrence';
import type { CareCategory, ConsentWay, MemberStatus, SignupStatus } from '../../../src/domain/volunteers';
import { notFound } from '../errors';
import type { Ctx } from '../context';
import type { Store } from '../../store/port';
import { volunteerFields } from '../../../src/copy/volunteers';
import { DEFAULT_CARE_TEAM, careTeamOf } from '../../../src/domain/compoundSettings';
import { settingsOf } from '../tenancy/helpers/settings';

export interface TeamDoc {
  _id: string; // team:<slug>
  name: string;
  kind: string;
  description: string;
  leaderId: string;
  order: number;
  [key: string]: unknown;
}

export interface TeamMemberDoc {
  _id: string; // tm:<teamId>:<userId>
  teamId: string;
  userId: string;
  name: string;
  status: MemberStatus;
  note: string;
  at: string;
  decidedBy?: string;
  decidedAt?: string;
  [key: string]: unknown;
}

export interface ActivityDoc {
  _id: string;
  teamId: string;
  teamName: string;
  title: string;
  place: string;
  startAt: string;
  endAt: string;
  capacity: number;
  bring: string;
  cancelCutoffHours: number;
  seriesId: string | null;
  createdBy: string;
  createdAt: string;
  [key: string]: unknown;
}

export interface SeriesDoc {
  _id: string;
  teamId: string;
  title: string;
  place: string;
  rule: Rule;
  durationMinutes: number;
  capacity: number;
  bring: string;
  cancelCutoffHours: number;
  active: boolean;
  generatedUntil: string;
  createdBy: string;
  [key: string]: unknown;
}

export interface SignupDoc {
  _id: string; // signup:<activityId>:<userId>
  activityId: string;
  userId: string;
  name: string;
  note: string;
  status: SignupStatus;
  arrival: string;
  seat: number | null;
  startAt: string;
  at: string;
  checkedInAt?: string | null;
  checkedInBy?: string | null;
  confirmedAt?: string | null;
  reminded?: boolean;
  [key: string]: unknown;
}

export interface SeatDoc {
  _id: string; // seat:<activityId>:<n>
  activityId: string;
  n: number;
  signupId: string;
  at: string;
  [key: string]: unknown;
}

export interface HoursDoc {
  _id: string; // hours:<activityId>:<userId>
  userId: string;
  teamId: string;
  teamName: string;
  activityId: string;
  title: string;
  startAt: string;
  month: string;
  minutes: number;
  organiserId: string;
  organiserName: string;
  confirmedBy: string;
  confirmedAt: string;
  [key: string]: unknown;
}

/** `hoursCert:<userId>:<digest of the records>`: the community certified these records. */
export interface HoursCertDoc {
  _id: string;
  userId: string;
  recordIds: string[];
  minutes: number;
  certifiedBy: string;
  certifierName: string;
  at: string;
  [key: string]: unknown;
}

export interface CareDoc {
  _id: string;
  category: CareCategory;
  name: string;
  unitLabel: string;
  unitId: string | null;
  contact: string;
  needs: string;
  consent: { way: ConsentWay; note: string; recordedBy: string; at: string };
  volunteerIds: string[];
  createdBy: string;
  createdAt: string;
  [key: string]: unknown;
}

export interface CareVisitDoc {
  _id: string;
  careId: string;
  date: string;
  what: string;
  concerns: string;
  by: string;
  byName: string;
  at: string;
  issueId?: string | null;
  [key: string]: unknown;
}

/** The care team of a compound that has not chosen one (小区设置 names its own: careTeamOf). */
export const CARE_TEAM = DEFAULT_CARE_TEAM;

/** The compound's care team: the one its settings name, else `team:care`. */
export async function careTeamId(store: Store): Promise<string> {
  return careTeamOf(await settingsOf(store));
}

export async function loadTeam(store: Store, teamId: string): Promise<TeamDoc> {
  const team = await store.get<TeamDoc>('teams', teamId);
  if (!team) throw notFound(volunteerFields.team);
  return team;
}

export async function loadActivity(store: Store, activityId: string): Promise<ActivityDoc> {
  const activity = await store.get<ActivityDoc>('activities', activityId);
  if (!activity) throw notFound(volunteerFields.activity);
  return activity;
}

/** Leaders run their own team; the community and the committee may step in for any team. */
export function leads(ctx: Ctx, team: TeamDoc): boolean {
  const caller = ctx.caller;
  if (!caller) return false;
  return team.leaderId === caller.userId || caller.roles.includes('community') || caller.roles.includes('committee');
}

export async function isMember(store: Store, teamId: string, userId: string): Promise<boolean> {
  const m = await store.get<TeamMemberDoc>('teamMembers', `tm:${teamId}:${userId}`);
  return m?.status === 'member';
}

export async function careLeaderId(store: Store): Promise<string | null> {
  return (await store.get<TeamDoc>('teams', await careTeamId(store)))?.leaderId ?? null;
}

export async function userName(store: Store, userId: string): Promise<string> {
  return (await store.get<{ _id: string; name: string }>('users', userId))?.name ?? '';
}
