// The action table: the whole API. The cloud entry, the local host, the front-end client's
// types and the permission tests all read this one object.
import { home } from './home/home';
import { listBuildings } from './compound/listBuildings';
import { listUnits } from './compound/listUnits';
import { me } from './people/me';
import { setElder } from './people/setElder';
import { getSettings } from './people/getSettings';
import { submitClaim } from './people/submitClaim';
import { listPendingClaims } from './people/listPendingClaims';
import { reviewClaim } from './people/reviewClaim';
import { listUsers } from './people/listUsers';
import { grantRole } from './people/grantRole';
import { importRoster } from './people/importRoster';
import { uploadPhoto } from './issues/uploadPhoto';
import { photoFolder } from './issues/photoFolder';
import { setNickname } from './people/setNickname';
import { reportIssue } from './issues/reportIssue';
import { findSimilar } from './issues/findSimilar';
import { secondIssue } from './issues/secondIssue';
import { commentIssue } from './issues/commentIssue';
import { feed } from './issues/feed';
import { getIssue } from './issues/getIssue';
import { transitionIssue } from './issues/transitionIssue';
import { rateIssue } from './issues/rateIssue';
import { stats } from './issues/stats';
import { listPlaces } from './issues/listPlaces';
import { createTask } from './tasks/createTask';
import { assignTask } from './tasks/assignTask';
import { startTask } from './tasks/startTask';
import { finishTask } from './tasks/finishTask';
import { getTask } from './tasks/getTask';
import { myTasks } from './tasks/myTasks';
import { dispatchBoard } from './tasks/dispatchBoard';
import { listStaff } from './tasks/listStaff';
import { createRecurrence, listRecurrences } from './tasks/recurrences';
import { routeMeters } from './meters/routeMeters';
import { recordReading } from './meters/recordReading';
import { correctReading } from './meters/correctReading';
import { pollActions } from './polls/table';
import { governanceActions } from './governance/table';
import { notifyActions } from './notify/table';
import { volunteerActions } from './volunteers/table';
import { auditActions } from './audit/table';
import { reviewActions } from './review/table';
import { myCompounds } from './tenancy/myCompounds';
import { compareCompounds } from './tenancy/compareCompounds';
import { searchCompounds } from './tenancy/searchCompounds';
import { aboutCompound } from './tenancy/aboutCompound';
import { joinCode } from './tenancy/joinCode';
import type { Action } from './action';

export const actions = {
  me,
  'me.settings': getSettings,
  'me.elder': setElder,
  'me.nickname': setNickname,
  home,
  'compounds.mine': myCompounds,
  'compounds.compare': compareCompounds,
  'compounds.search': searchCompounds,
  'compounds.about': aboutCompound,
  'compounds.joinCode': joinCode,
  'compound.buildings': listBuildings,
  'compound.units': listUnits,
  'claims.submit': submitClaim,
  'claims.pending': listPendingClaims,
  'claims.review': reviewClaim,
  'users.list': listUsers,
  'roles.grant': grantRole,
  'roster.import': importRoster,
  'photos.upload': uploadPhoto,
  'photos.folder': photoFolder,
  'issues.report': reportIssue,
  'issues.similar': findSimilar,
  'issues.places': listPlaces,
  'issues.second': secondIssue,
  'issues.comment': commentIssue,
  'issues.feed': feed,
  'issues.get': getIssue,
  'issues.transition': transitionIssue,
  'issues.rate': rateIssue,
  'issues.stats': stats,
  'tasks.create': createTask,
  'tasks.assign': assignTask,
  'tasks.start': startTask,
  'tasks.finish': finishTask,
  'tasks.get': getTask,
  'tasks.mine': myTasks,
  'tasks.board': dispatchBoard,
  'staff.list': listStaff,
  'recurrences.create': createRecurrence,
  'recurrences.list': listRecurrences,
  'meters.route': routeMeters,
  'meters.read': recordReading,
  'meters.correct': correctReading,
  ...pollActions,
  ...governanceActions,
  ...notifyActions,
  ...volunteerActions,
  ...auditActions,
  ...reviewActions,
} as const;

export type ActionTable = typeof actions;
export type ActionName = keyof ActionTable;

export function findAction(name: string): Action | undefined {
  return Object.prototype.hasOwnProperty.call(actions, name) ? (actions as Record<string, Action>)[name] : undefined;
}

export const actionList: Action[] = Object.values(actions) as Action[];
