// The tasks area's (工单, staff, recurring tasks) part of the action table; spread into server/app/actions.ts.
import { createTask } from './tasks.create';
import { assignTask } from './tasks.assign';
import { startTask } from './tasks.start';
import { finishTask } from './tasks.finish';
import { getTask } from './tasks.get';
import { myTasks } from './tasks.mine';
import { dispatchBoard } from './tasks.board';
import { listStaff } from './staff.list';
import { createRecurrence } from './recurrences.create';
import { listRecurrences } from './recurrences.list';
import { boardAcrossCompounds } from './tasks.acrossCompounds';

export const taskActions = {
  'tasks.create': createTask,
  'tasks.assign': assignTask,
  'tasks.start': startTask,
  'tasks.finish': finishTask,
  'tasks.get': getTask,
  'tasks.mine': myTasks,
  'tasks.board': dispatchBoard,
  'tasks.acrossCompounds': boardAcrossCompounds,
  'staff.list': listStaff,
  'recurrences.create': createRecurrence,
  'recurrences.list': listRecurrences,
} as const;
