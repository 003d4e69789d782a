// Who may do what in 物业工单、派单、抄表. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, has, type Who } from './who';

export const taskActions = {
  'tasks.create': ['manager'],
  'tasks.assign': ['manager'],
  'tasks.start': ['staff', 'manager'],
  'tasks.finish': ['staff', 'manager'],
  'tasks.get': ['staff', 'manager'],
  'tasks.mine': ['staff', 'manager'],
  'tasks.board': ['manager'],
  'tasks.acrossCompounds': ['manager', 'staff'],
  'staff.list': ['manager'],
  'recurrences.create': ['manager'],
  'recurrences.list': ['manager'],
  'meters.route': ['staff', 'manager'],
  'meters.read': ['staff', 'manager'],
  'meters.correct': ['staff', 'manager'],
} satisfies ActionRoles;

/** A task is seen by the person it is assigned to and by the manager; to anyone else it does not exist. */
export const maySeeTask = (who: Who, task: { assigneeId: string | null }) => task.assigneeId === who.userId || has(who, 'manager');

/** Work can be assigned only to property staff (or their manager). */
export const isAssignable = (person: Who) => has(person, 'staff', 'manager');

/** The manager dispatches (派单看板) and plans recurring work. */
export const mayDispatch = (who: Who) => has(who, 'manager');

/** Staff and the manager see their own tasks and the meter round. */
export const hasTasks = (who: Who) => has(who, 'staff', 'manager');
