// compounds.mine: the compounds this person has been in (我的小区), with their roles in each, and
// the one the call is in. One identity, a membership per compound: switching is the client's
// choice of which compound to send (services/compound.ts); this list is where it chooses from.
import { z } from 'zod';
import { callerIdOf, defineAction } from '../action';
import { MAX_PAGE } from '../../store/port';
import { rootOf, storedId } from '../../store/scoped';
import { ROLE_LABELS, isRole } from '../../../src/domain/roles';
import type { UserDoc } from '../model';
import type { CompoundDoc, EnrolmentDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { tenancyServerText, tenancySummaries } from '../../../src/copy/tenancy';
import { commonServerText } from '../../../src/copy/common';

export const myCompounds = defineAction({
  name: 'compounds.mine',
  summary: tenancySummaries['compounds.mine'],
  input: z.object({}).strict(),
  roles: allowed('compounds.mine'),
  scope: 'deployment',
  async run(ctx) {
    const root = rootOf(ctx.store);
    const userId = callerIdOf(ctx);
    const enrolments = await root.find<EnrolmentDoc>('enrolments', { where: { userId }, orderBy: [['at', 'asc']], limit: MAX_PAGE });
    const ids = [...new Set([...enrolments.map((e) => e.compoundId), ...(ctx.compoundId ? [ctx.compoundId] : [])])];
    const items = await Promise.all(
      ids.map(async (id) => {
        const [compound, user] = await Promise.all([root.get<CompoundDoc>('compounds', id), root.get<UserDoc>('users', storedId(id, userId))]);
        if (!compound) return null;
        const roles = (user?.roles ?? []).filter(isRole);
        return { id, name: compound.name, place: [compound.city, compound.district].filter(Boolean).join(' '), roles, roleText: roles.map((r) => ROLE_LABELS[r]).join(commonServerText.listSeparator) || tenancyServerText.visitor, current: id === ctx.compoundId };
      }),
    );
    const list = items.filter((i): i is NonNullable<typeof i> => i !== null);
    return { current: list.find((i) => i.current) ?? null, items: list };
  },
});
