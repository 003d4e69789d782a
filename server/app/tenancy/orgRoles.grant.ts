// orgRoles.grant: the admin grants or withdraws a property company's manager or staff role (a
// community's role for a community, a street's for a street). The account records what is held
// for which organisation; each compound the organisation covers keeps its own copy of the role on
// the person's record there (that copy is what the compound's guards read). Granting staff of
// 华宇物业 makes the person staff in 侨亚小区 and 锦绣花园 at once; withdrawing removes it from both.
// All in one transaction (CloudBase: single-record operations, many records): the account, every
// compound's copy and every compound's audit event land together or not at all. A resend with the
// same operation id answers as the first did and writes nothing; a grant already in place writes
// nothing either. Refuses a role that is not held for that kind of organisation (400, `role`), an
// organisation or a person that does not exist (404).
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { opIdField, sameOp } from '../opId';
import { rootOf, storedId } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { ORG_ROLE_KIND, ORG_ROLE_NAMES, rolesAfter } from '../../../src/domain/permissions/tenancy';
import { ROLE_LABELS } from '../../../src/domain/roles';
import type { UserDoc } from '../model';
import { compoundsOfOrg } from './helpers/orgCompounds';
import { enrolmentId, type AccountDoc, type EnrolmentDoc, type OrgDoc, type OrgRole } from './model';
import { ORG_KIND_LABELS, tenancyFields, tenancyRefusals, tenancySummaries } from '../../../src/copy/tenancy';

const KIND_LABELS = ORG_KIND_LABELS;

export const grantOrgRole = defineAction({
  name: 'orgRoles.grant',
  summary: tenancySummaries['orgRoles.grant'],
  input: z
    .object({
      userId: id(tenancyFields.user),
      orgId: id(tenancyFields.org),
      role: z.enum(ORG_ROLE_NAMES, { error: tenancyRefusals.orgRoleOnly }),
      grant: z.boolean({ error: tenancyRefusals.grantOrWithdraw }),
      opId: opIdField,
    })
    .strict(),
  roles: allowed('orgRoles.grant'),
  scope: 'deployment',
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const root = rootOf(ctx.store);
    const [org, person] = await Promise.all([root.get<OrgDoc>('orgs', input.orgId), ctx.store.get<UserDoc>('users', input.userId)]);
    if (!org || !(org.kind in KIND_LABELS)) throw notFound(tenancyFields.org);
    if (ORG_ROLE_KIND[input.role] !== org.kind) throw invalid('role', tenancyRefusals.roleNotOfOrg(ROLE_LABELS[input.role], KIND_LABELS[org.kind as keyof typeof KIND_LABELS]));
    // The admin picks the person among the current compound's people (users.list).
    if (!person) throw notFound(tenancyFields.user);
    const compounds = await compoundsOfOrg(root, org);
    const at = ctx.clock.now().toISOString();
    const held: OrgRole = { role: input.role, orgId: org._id };

    return root.transaction(async (tx) => {
      const account = (await tx.get<AccountDoc>('accounts', person._id)) ?? { _id: person._id, orgRoles: [] };
      if (sameOp(account.lastOp?.id, input.opId)) return account.lastOp!.answer as GrantAnswer;
      const others = account.orgRoles.filter((r) => !(r.role === held.role && r.orgId === held.orgId));
      const orgRoles = input.grant ? [...others, held] : others;
      let changed = orgRoles.length !== account.orgRoles.length;
      for (const compound of compounds) {
        const copyId = storedId(compound._id, person._id);
        const copy = await tx.get<UserDoc>('users', copyId);
        const roles = rolesAfter(copy?.roles ?? [], input.role, input.grant);
        if (copy && roles.length === copy.roles.length) continue; // already so in this compound
        if (!copy && !input.grant) continue; // never been there: nothing to take away
        if (copy) await tx.update('users', copyId, { roles });
        else {
          // First time in this compound: the person arrives as they are known here, with the role.
          await tx.set('users', { _id: copyId, compoundId: compound._id, openid: person.openid, name: person.name, roles, phone: null, createdAt: at } satisfies UserDoc & { compoundId: string });
          await tx.set('enrolments', { _id: enrolmentId(person._id, compound._id), userId: person._id, compoundId: compound._id, at } satisfies EnrolmentDoc);
        }
        const event = eventDoc(ctx, input.grant ? 'role.granted' : 'role.revoked', person._id, { role: input.role, orgId: org._id, ...(input.opId ? { opId: input.opId } : {}) });
        await tx.insert('events', { ...event, _id: storedId(compound._id, event._id), compoundId: compound._id });
        changed = true;
      }
      const answer: GrantAnswer = { orgRoles, compounds: compounds.map((c) => ({ id: c._id, name: c.name })), changed };
      if (changed || input.opId) {
        await tx.set('accounts', { ...account, orgRoles, orgIds: [...new Set(orgRoles.map((r) => r.orgId))], ...(input.opId ? { lastOp: { id: input.opId, answer } } : {}), by: caller.userId, at } satisfies AccountDoc);
      }
      return answer;
    });
  },
});

interface GrantAnswer {
  orgRoles: OrgRole[];
  /** The compounds the role now reaches (or was withdrawn from). */
  compounds: Array<{ id: string; name: string }>;
  /** False when everything was already so. */
  changed: boolean;
}
