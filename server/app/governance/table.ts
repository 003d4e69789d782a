// The governance area's part of the action table (三方联动: meetings, the quarterly inspection,
// the year plan, notices); spread into server/app/actions.ts.
import { listTabled } from './listTabled';
import { scheduleMeeting } from './scheduleMeeting';
import { listMeetings } from './listMeetings';
import { getMeeting } from './getMeeting';
import { recordAttendance } from './recordAttendance';
import { amendMinutes } from './amendMinutes';
import { recordDecision } from './recordDecision';
import { approveMinutes } from './approveMinutes';
import { getInspection } from './getInspection';
import { saveInspection } from './saveInspection';
import { submitInspection } from './submitInspection';
import { listScorecards } from './listScorecards';
import { answerLowItem } from './answerLowItem';
import { listPlan } from './listPlan';
import { getPlanItem } from './getPlanItem';
import { createPlanItem } from './createPlanItem';
import { movePlanItem } from './movePlanItem';
import { followPlanItem } from './followPlanItem';
import { publishNotice } from './publishNotice';
import { listNotices } from './listNotices';
import { getNotice } from './getNotice';
import { pinNotice } from './pinNotice';

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
