// The tasks area's (工单, staff, recurring tasks) part of the action table; spread into server/app/actions.ts.
import { createTask } from './createTask';
import { assignTask } from './assignTask';
import { startTask } from './startTask';
import { finishTask } from './finishTask';
import { getTask } from './getTask';
import { myTasks } from './myTasks';
import { dispatchBoard } from './dispatchBoard';
import { listStaff } from './listStaff';
import { createRecurrence } from './recurrences';
import { listRecurrences } from './listRecurrences';
import { boardAcrossCompounds } from './boardAcrossCompounds';

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
