// volunteers.mine: my coming sign-ups (with waitlist positions), my teams and my total hours.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { hoursText } from '../../../src/domain/volunteers';
import type { ActivityDoc, SignupDoc, TeamDoc, TeamMemberDoc } from './model';
import { careTeamId } from './model';
import { activityView, mySignupView } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

export const mine = defineAction({
  name: 'volunteers.mine',
  summary: volunteerSummaries['volunteers.mine'],
  input: z.object({}).strict(),
  roles: allowed('volunteers.mine'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const since = new Date(ctx.clock.now().getTime() - 3 * 3_600_000).toISOString();
    const signups = await ctx.store.find<SignupDoc>('signups', { where: { userId: caller.userId, startAt: { $gte: since } }, orderBy: [['startAt', 'asc']], limit: 20 });
    const active = signups.filter((s) => s.status === 'confirmed' || s.status === 'waitlisted');
    const items = [];
    for (const s of active) {
      const activity = await ctx.store.get<ActivityDoc>('activities', s.activityId);
      if (activity) items.push({ activity: await activityView(ctx, activity), me: await mySignupView(ctx, s) });
    }
    const memberships = await ctx.store.find<TeamMemberDoc>('teamMembers', { where: { userId: caller.userId, status: 'member' }, limit: 50 });
    const led = await ctx.store.find<TeamDoc>('teams', { orderBy: [['order', 'asc']], limit: 50 });
    const teams = led
      .filter((t) => t.leaderId === caller.userId || memberships.some((m) => m.teamId === t._id))
      .map((t) => ({ id: t._id, name: t.name, leader: t.leaderId === caller.userId }));
    const total = await ctx.store.get<{ _id: string; minutes: number }>('volunteerTotals', `vt:${caller.userId}`);
    const minutes = total?.minutes ?? 0;
    // The compound's care team (小区设置): the tab offers 结对关怀 to its members.
    return { items, teams, minutes, hours: hoursText(minutes), careTeamId: await careTeamId(ctx.store) };
  },
});
