// home: the caller's to-do list across every area: votes not yet cast (with the closing time),
// shifts today and tomorrow, attendance for a leader to confirm, meetings to attend, minutes to approve, care visits due, tasks,
// claims and fixes to confirm. Each item opens the page where it is done. The areas are read in
// parallel (each a few indexed reads); what closes or starts first comes first.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { byUrgency } from '../../../src/domain/home';
import { accountItems } from './helpers/accountItems';
import { attendanceItems, careVisitItems, shiftItems } from './helpers/volunteerItems';
import { meetingItems } from './helpers/meetingItems';
import { pollItems } from './helpers/pollItems';
import { workItems } from './helpers/workItems';
import { allowed } from '../../../src/domain/permissions';
import { commonSummaries } from '../../../src/copy/common';
export type { AttentionItem } from './helpers/item';

export const home = defineAction({
  name: 'home',
  summary: commonSummaries.home,
  input: z.object({}).strict(),
  roles: allowed('home'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const parts = await Promise.all([pollItems, shiftItems, attendanceItems, meetingItems, careVisitItems, workItems, accountItems].map((read) => read(ctx, caller)));
    return { items: byUrgency(parts.flat()) };
  },
});
