// care.list: the care records I may see: all of them for the care team leader and the community,
// only my pairings for a volunteer, nothing at all for anyone else. Each record listed is a read
// and is logged.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { canManageCare } from '../../../src/domain/volunteers';
import { careLeaderId, type CareDoc } from './model';
import { logCareRead } from './helpers/careAccess';
import { careSummary } from './helpers/careViews';
import { allowed } from '../../../src/domain/permissions';
import { volunteerSummaries } from '../../../src/copy/volunteers';

export const listCare = defineAction({
  name: 'care.list',
  summary: volunteerSummaries['care.list'],
  input: z.object({}).strict(),
  roles: allowed('care.list'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const leaderId = await careLeaderId(ctx.store);
    const manage = canManageCare(caller, leaderId);
    let records: CareDoc[];
    if (manage) {
      records = await ctx.store.find<CareDoc>('carePairs', { orderBy: [['createdAt', 'desc']], limit: 100 });
    } else {
      const links = await ctx.store.find<{ _id: string; careId: string }>('careLinks', { where: { userId: caller.userId }, limit: 50 });
      const found = await Promise.all(links.map((l) => ctx.store.get<CareDoc>('carePairs', l.careId)));
      // The record is the truth: a link left behind by an interrupted change grants nothing.
      records = found.filter((c): c is CareDoc => !!c && c.volunteerIds.includes(caller.userId));
    }
    await logCareRead(ctx, records.map((c) => c._id), 'list');
    return { canManage: manage, items: await Promise.all(records.map((c) => careSummary(ctx, c))) };
  },
});
