// care.pair: the care team leader or the community sets which volunteers (care team members)
// visit a person. Anyone who may not see the record gets 404; a paired volunteer gets 403.
import { pairCareInput } from '../../../src/domain/schemas/volunteers';
import { defineAction } from '../action';
import { memberId } from '../../../src/domain/volunteers';
import type { Tx } from '../../store/port';
import type { Ctx } from '../context';
import { forbidden, invalid } from '../errors';
import { eventDoc } from '../events';
import { careTeamId, userName, type TeamMemberDoc } from './model';
import { loadVisibleCare } from './helpers/careAccess';
import { allowed } from '../../../src/domain/permissions';
import { volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export async function checkCareVolunteers(ctx: Ctx, ids: string[], leaderId: string | null): Promise<void> {
  const team = ids.length ? await careTeamId(ctx.store) : '';
  for (const userId of ids) {
    const m = await ctx.store.get<TeamMemberDoc>('teamMembers', memberId(team, userId));
    if (m?.status !== 'member' && userId !== leaderId) {
      const name = (await userName(ctx.store, userId)) || userId;
      throw invalid('volunteerIds', volunteerRefusals.notCareTeamMember(name));
    }
  }
}

export async function writeLinks(tx: Tx, care: string, before: string[], after: string[], at: string): Promise<void> {
  for (const u of before) if (!after.includes(u)) await tx.remove('careLinks', `cl:${care}:${u}`);
  for (const u of after) if (!before.includes(u)) await tx.set('careLinks', { _id: `cl:${care}:${u}`, careId: care, userId: u, at });
}

export const pairCare = defineAction({
  name: 'care.pair',
  summary: volunteerSummaries['care.pair'],
  input: pairCareInput,
  roles: allowed('care.pair'),
  async run(ctx, input) {
    const { care, leaderId, manage } = await loadVisibleCare(ctx, input.careId);
    if (!manage) throw forbidden(volunteerRefusals.pairingNotAllowed);
    const after = [...new Set(input.volunteerIds)];
    await checkCareVolunteers(ctx, after, leaderId);
    const now = ctx.clock.now().toISOString();
    await ctx.store.transaction(async (tx) => {
      await tx.update('carePairs', care._id, { volunteerIds: after });
      await writeLinks(tx, care._id, care.volunteerIds, after, now);
      await tx.insert('events', eventDoc(ctx, 'care.paired', care._id, { volunteerIds: after }));
    });
    return { volunteerIds: after };
  },
});
