// The volunteers area's part of the action table; spread into server/app/actions.ts.
import { listTeams } from './volunteers.teams';
import { getTeam } from './volunteers.team';
import { createTeam } from './volunteers.team.create';
import { joinTeam } from './volunteers.team.join';
import { decideMember } from './volunteers.team.decide';
import { createActivity } from './volunteers.activity.create';
import { listActivities } from './volunteers.activities';
import { getActivity } from './volunteers.activity';
import { signUp } from './volunteers.signup';
import { cancelSignup } from './volunteers.cancel';
import { checkIn } from './volunteers.checkIn';
import { confirmAttendance } from './volunteers.confirm';
import { mine } from './volunteers.mine';
import { certificate } from './volunteers.certificate';
import { certifyHours } from './volunteers.certify';
import { volunteerStats } from './volunteers.stats';
import { setLeaderboard } from './volunteers.leaderboard';
import { registerCare } from './care.register';
import { pairCare } from './care.pair';
import { listCare } from './care.list';
import { getCare } from './care.get';
import { logVisit } from './care.visit';
import { raiseConcern } from './care.concern';
import { withdrawCare } from './care.withdraw';

export const volunteerActions = {
  'volunteers.teams': listTeams,
  'volunteers.team': getTeam,
  'volunteers.team.create': createTeam,
  'volunteers.team.join': joinTeam,
  'volunteers.team.decide': decideMember,
  'volunteers.activity.create': createActivity,
  'volunteers.activities': listActivities,
  'volunteers.activity': getActivity,
  'volunteers.signup': signUp,
  'volunteers.cancel': cancelSignup,
  'volunteers.checkIn': checkIn,
  'volunteers.confirm': confirmAttendance,
  'volunteers.mine': mine,
  'volunteers.certificate': certificate,
  'volunteers.certify': certifyHours,
  'volunteers.stats': volunteerStats,
  'volunteers.leaderboard': setLeaderboard,
  'care.register': registerCare,
  'care.pair': pairCare,
  'care.list': listCare,
  'care.get': getCare,
  'care.visit': logVisit,
  'care.concern': raiseConcern,
  'care.withdraw': withdrawCare,
} as const;
