// The governance area's part of the action table (三方联动: meetings, the quarterly inspection,
// the year plan, notices); spread into server/app/actions.ts.
import { listTabled } from './meetings.tabled';
import { scheduleMeeting } from './meetings.schedule';
import { listMeetings } from './meetings.list';
import { getMeeting } from './meetings.get';
import { recordAttendance } from './meetings.attendance';
import { amendMinutes } from './meetings.minutes';
import { recordDecision } from './meetings.decide';
import { approveMinutes } from './meetings.approve';
import { getInspection } from './inspections.get';
import { saveInspection } from './inspections.save';
import { submitInspection } from './inspections.submit';
import { listScorecards } from './inspections.scorecards';
import { answerLowItem } from './inspections.answer';
import { listPlan } from './plan.list';
import { getPlanItem } from './plan.get';
import { createPlanItem } from './plan.create';
import { movePlanItem } from './plan.move';
import { followPlanItem } from './plan.follow';
import { publishNotice } from './notices.publish';
import { listNotices } from './notices.list';
import { getNotice } from './notices.get';
import { pinNotice } from './notices.pin';

export const governanceActions = {
  'meetings.tabled': listTabled,
  'meetings.schedule': scheduleMeeting,
  'meetings.list': listMeetings,
  'meetings.get': getMeeting,
  'meetings.attendance': recordAttendance,
  'meetings.minutes': amendMinutes,
  'meetings.decide': recordDecision,
  'meetings.approve': approveMinutes,
  'inspections.get': getInspection,
  'inspections.save': saveInspection,
  'inspections.submit': submitInspection,
  'inspections.scorecards': listScorecards,
  'inspections.answer': answerLowItem,
  'plan.list': listPlan,
  'plan.get': getPlanItem,
  'plan.create': createPlanItem,
  'plan.move': movePlanItem,
  'plan.follow': followPlanItem,
  'notices.publish': publishNotice,
  'notices.list': listNotices,
  'notices.get': getNotice,
  'notices.pin': pinNotice,
} as const;
