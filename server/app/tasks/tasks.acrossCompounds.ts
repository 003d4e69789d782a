// tasks.acrossCompounds: the property company's open work across every compound it serves, each
// task naming its compound, filtered to one compound or all. The manager sees every open task of
// each compound where they are manager; staff see their own. An overview action: it alone reads
// across compounds, and only those the caller's company serves where the compound's own record of
// the caller carries the role (a manager of 华宇物业 never reaches 阳光苑). Assigning or moving a
// task is then the compound's own action, called in that compound (the scoped store).
// Cheap by construction: the caller's account, one query per company for its compounds, one for
// the caller's records in them, ONE bounded query per compound for its open tasks, one for the
// names of the people they are assigned to. No read per task.
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { notFound } from '../errors';
import { MAX_PAGE, type Where } from '../../store/port';
import { rootOf, scopeStore, storedId } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { ORG_ROLE_KIND } from '../../../src/domain/permissions/tenancy';
import { has } from '../../../src/domain/permissions/who';
import type { TaskDoc } from '../model';
import type { UserDoc } from '../model';
import type { AccountDoc, CompoundDoc } from '../tenancy/model';
import { compoundsOfOrg, MAX_ORG_COMPOUNDS } from '../tenancy/helpers/orgCompounds';
import { taskSummaries } from '../../../src/copy/tasks';
import { tenancyFields, tenancyRefusals } from '../../../src/copy/tenancy';

/** Open tasks read per compound (the board of one compound reads as many). */
const TASKS_PER_COMPOUND = 100;
const OPEN = ['open', 'in_progress'];

/** The compounds where the caller works for a property company: their company's, and the one they are in. */
async function workplaces(root: ReturnType<typeof rootOf>, userId: string, current: string | undefined): Promise<CompoundDoc[]> {
  const account = await root.get<AccountDoc>('accounts', userId);
  const companies = [...new Set((account?.orgRoles ?? []).filter((r) => ORG_ROLE_KIND[r.role as keyof typeof ORG_ROLE_KIND] === 'company').map((r) => r.orgId))];
  const found = (await Promise.all(companies.map((orgId) => compoundsOfOrg(root, { _id: orgId, kind: 'company' })))).flat();
  const here = current && !found.some((c) => c._id === current) ? await root.get<CompoundDoc>('compounds', current) : null;
  return [...found, ...(here ? [here] : [])].slice(0, MAX_ORG_COMPOUNDS);
}

export const boardAcrossCompounds = defineAction({
  name: 'tasks.acrossCompounds',
  summary: taskSummaries['tasks.acrossCompounds'],
  input: z.object({ compound: z.string({ error: tenancyRefusals.compoundIdMalformed }).max(40, tenancyRefusals.compoundIdMalformed).optional() }).strict(),
  roles: allowed('tasks.acrossCompounds'),
  scope: 'deployment',
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const root = rootOf(ctx.store);
    const places = await workplaces(root, caller.userId, ctx.compoundId);
    // The compound's own record of the caller decides: the role is held there, or the compound is not theirs.
    const copies = places.length ? await root.find<UserDoc>('users', { where: { _id: { $in: places.map((c) => storedId(c._id, caller.userId)) } }, limit: MAX_PAGE }) : [];
    const rolesIn = new Map(copies.map((u) => [String(u.compoundId), u.roles]));
    const mine = places
      .map((c) => ({ compound: c, manager: has({ roles: rolesIn.get(c._id) ?? [] }, 'manager'), staff: has({ roles: rolesIn.get(c._id) ?? [] }, 'staff') }))
      .filter((p) => p.manager || p.staff);
    const filter = input.compound || null;
    // Another company's compound answers exactly as a made-up one.
    if (filter && !mine.some((p) => p.compound._id === filter)) throw notFound(tenancyFields.compound);
    const shown = filter ? mine.filter((p) => p.compound._id === filter) : mine;

    const perCompound = await Promise.all(
      shown.map(async ({ compound, manager }) => {
        const store = scopeStore(root, compound._id);
        const where: Where = manager ? { status: { $in: OPEN } } : { assigneeId: caller.userId, status: { $in: OPEN } };
        const tasks = await store.find<TaskDoc>('tasks', { where, orderBy: [['dueAt', 'asc']], limit: TASKS_PER_COMPOUND });
        return { compound, tasks, full: tasks.length === TASKS_PER_COMPOUND };
      }),
    );
    const assigned = [...new Set(perCompound.flatMap(({ compound, tasks }) => tasks.filter((t) => t.assigneeId).map((t) => storedId(compound._id, t.assigneeId!))))].slice(0, MAX_PAGE);
    const people = assigned.length ? await root.find<UserDoc>('users', { where: { _id: { $in: assigned } }, limit: MAX_PAGE }) : [];
    const nameOf = new Map(people.map((u) => [u._id, u.name]));
    const now = ctx.clock.now().getTime();

    const tasks = perCompound
      .flatMap(({ compound, tasks: list }) =>
        list.map((t) => ({
          id: t._id,
          compoundId: compound._id,
          compoundName: compound.name,
          title: t.title,
          kind: t.kind,
          status: t.status,
          dueAt: t.dueAt,
          overdue: Date.parse(t.dueAt) < now,
          assigneeId: t.assigneeId,
          assigneeName: t.assigneeId ? (nameOf.get(storedId(compound._id, t.assigneeId)) ?? null) : null,
        })),
      )
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    return {
      compounds: mine.map(({ compound, manager }) => ({ id: compound._id, name: compound.name, role: manager ? ('manager' as const) : ('staff' as const) })),
      filter,
      tasks,
      /** Some compound had more open tasks than one page: its own board lists them all. */
      truncated: perCompound.some((p) => p.full),
    };
  },
});
