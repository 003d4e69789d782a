// Who may do what in 三方共治:联席会议、季度考评、重点工作、公告. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, has, type Who, EVERYONE, THREE_PARTIES } from './who';


export const governanceActions = {
  'meetings.tabled': THREE_PARTIES,
  'meetings.schedule': THREE_PARTIES,
  'meetings.list': EVERYONE,
  'meetings.get': EVERYONE,
  'meetings.attendance': THREE_PARTIES,
  'meetings.minutes': THREE_PARTIES,
  'meetings.decide': THREE_PARTIES,
  'meetings.approve': THREE_PARTIES,
  'inspections.get': EVERYONE,
  'inspections.save': ['community'],
  'inspections.submit': ['community'],
  'inspections.scorecards': EVERYONE,
  'inspections.answer': ['manager'],
  'plan.list': EVERYONE,
  'plan.get': EVERYONE,
  'plan.create': THREE_PARTIES,
  'plan.move': THREE_PARTIES,
  'plan.follow': EVERYONE,
  'notices.publish': THREE_PARTIES,
  'notices.list': EVERYONE,
  'notices.get': EVERYONE,
  'notices.pin': THREE_PARTIES,
} satisfies ActionRoles;

/** The party a person speaks for at the three-party table (社区 first), or null for everyone else. */
export { partyOf } from '../parties';

/** The quality director (the community) runs the quarter's inspection. */
export const mayInspect = (who: Who) => has(who, 'community');

/** The property manager answers an inspection's findings and is assigned a decision's task. */
export const mayAnswerInspection = (who: Who) => has(who, 'manager');

/** Minutes are approved by their meeting's convener or by the community, if present at the meeting. */
export const mayApproveMinutes = (who: Who, meeting: { convenerId: string }, present: boolean) => present && (meeting.convenerId === who.userId || has(who, 'community'));
