// Stored shapes of the governance area: meetings (with their agenda, attendance, minutes and
// decisions in one document, so each change is one atomic write), quarterly inspections, the
// year plan's items and their change log, and notices.
import type { ChecklistCode, Funding, MeetingStatus, NoticeKind, Party } from '../../../src/domain/governance';
import type { Caller, Ctx } from '../context';
import { forbidden } from '../errors';
import { partyOf } from '../../../src/domain/governance';
import type { UserDoc } from '../model';
import { governanceRefusals } from '../../../src/copy/governance';

export interface AgendaItem {
  id: string; // a1, a2, … in order
  kind: 'issue' | 'free';
  issueId: string | null;
  title: string;
}

export interface Attendee {
  userId: string;
  name: string;
  party: Party;
  /** null until the attendance is recorded. */
  present: boolean | null;
}

export interface Decision {
  id: string; // d1, d2, …
  agendaId: string | null;
  text: string;
  /** Who does it: the party and the person named in the minutes. */
  party: Party;
  doer: string;
  dueAt: string;
  issueId: string | null;
  taskIds: string[];
  by: string;
  at: string;
}

export interface MeetingDoc {
  _id: string;
  title: string;
  at: string;
  place: string;
  status: MeetingStatus;
  convenerId: string;
  convenerName: string;
  agenda: AgendaItem[];
  attendees: Attendee[];
  minutes: { text: string; version: number; updatedAt: string | null; updatedBy: string | null };
  decisions: Decision[];
  approvedAt?: string;
  approvedBy?: string;
  createdAt: string;
  [key: string]: unknown;
}

export interface InspectionItem {
  code: ChecklistCode;
  score: number | null;
  note: string;
  photos: string[];
}

export interface LowItemAnswer {
  text: string;
  taskId: string | null;
  by: string;
  byName: string;
  at: string;
}

export interface InspectionDoc {
  _id: string; // inspection:<quarter>
  quarter: string;
  status: 'draft' | 'submitted';
  items: InspectionItem[];
  inspectorId: string;
  inspectorName: string;
  startedAt: string;
  submittedAt?: string;
  /** Frozen at submission: the quarter's figures measured from the issues, and the scores. */
  /** The compound's SLA when the quarter was submitted: its scorecard keeps the bounds it was scored by. */
  sla?: { acceptHours: number; firstActionHours: number };
  service?: { medianAcceptHours: number | null; medianFixHours: number | null; reopenRate: number | null; averageRating: number | null; issues: number; ratings: number };
  answers: Partial<Record<ChecklistCode, LowItemAnswer>>;
  version: number;
  [key: string]: unknown;
}

export interface Milestone {
  title: string;
  due: string; // YYYY-MM
  done: boolean;
}

export interface PlanItemDoc {
  _id: string; // plan:<year>:<code>
  year: number;
  order: number;
  title: string;
  description: string;
  party: Party;
  owner: string;
  budgetYuan: number;
  funding: Funding;
  milestones: Milestone[];
  progress: number;
  version: number;
  followers: number;
  updatedAt: string;
  createdAt: string;
  [key: string]: unknown;
}

export interface PlanChangeDoc {
  _id: string; // planChange:<itemId>:<version>
  itemId: string;
  at: string;
  by: string;
  byName: string;
  from: number;
  to: number;
  milestone: string | null;
  reason: string;
  [key: string]: unknown;
}

export interface NoticeDoc {
  _id: string;
  title: string;
  body: string;
  kind: NoticeKind;
  pinned: boolean;
  authorId: string;
  authorName: string;
  party: Party;
  /** A screen the notice is about (the minutes, a plan item, a poll's result). */
  page: string | null;
  reads: number;
  publishedAt: string;
  [key: string]: unknown;
}

/** The three parties speak at the table; anyone else is refused. */
export function requireParty(caller: Caller): Party {
  const party = partyOf(caller.roles);
  if (!party) throw forbidden(governanceRefusals.partiesOnly);
  return party;
}

export function isParty(caller: Caller): boolean {
  return partyOf(caller.roles) !== null;
}

/** The people who sit at the three-party table: the community, the committee, the property manager. */
export async function tablePeople(ctx: Ctx): Promise<Attendee[]> {
  const byRole = await Promise.all(
    (['community', 'committee', 'manager'] as const).map((role) => ctx.store.find<UserDoc>('users', { where: { roles: { $has: role } }, orderBy: [['name', 'asc']], limit: 100 })),
  );
  const seen = new Set<string>();
  const out: Attendee[] = [];
  for (const user of byRole.flat()) {
    const party = partyOf(user.roles);
    if (!party || seen.has(user._id)) continue;
    seen.add(user._id);
    out.push({ userId: user._id, name: user.name, party, present: null });
  }
  return out;
}

export { newId } from '../../../src/domain/ids';
