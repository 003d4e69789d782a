// The volunteers area's part of the action table; spread into server/app/actions.ts.
import { listTeams } from './listTeams';
import { getTeam } from './getTeam';
import { createTeam } from './createTeam';
import { joinTeam } from './joinTeam';
import { decideMember } from './decideMember';
import { createActivity } from './createActivity';
import { listActivities } from './listActivities';
import { getActivity } from './getActivity';
import { signUp } from './signUp';
import { cancelSignup } from './cancelSignup';
import { checkIn } from './checkIn';
import { confirmAttendance } from './confirmAttendance';
import { mine } from './mine';
import { certificate } from './certificate';
import { certifyHours } from './certifyHours';
import { volunteerStats } from './stats';
import { setLeaderboard } from './setLeaderboard';
import { registerCare } from './registerCare';
import { pairCare } from './pairCare';
import { listCare } from './listCare';
import { getCare } from './getCare';
import { logVisit } from './logVisit';
import { raiseConcern } from './raiseConcern';
import { withdrawCare } from './withdrawCare';

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
