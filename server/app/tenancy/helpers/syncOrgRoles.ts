// Keeps a compound's copies of organisation roles in step with the accounts (grantOrgRole.ts writes
// both when a role is granted). Two moments need it besides a grant: a compound newly served by a
// company (or newly in a community) — `bringOrgRolesInStep`, run by whatever changes the compound's
// ties — and a person's first visit to a compound — `orgRolesOnArrival`, read when their record
// there is created, so 华宇物业's staff arriving in a compound 华宇 now serves are staff at once.
import { MAX_PAGE, type Store } from '../../../store/port';
import { storedId } from '../../../store/scoped';
import { orgRolesIn, rolesAfter } from '../../../../src/domain/permissions/tenancy';
import type { Role } from '../../../../src/domain/roles';
import type { UserDoc } from '../../model';
import { enrolmentId, type AccountDoc, type CompoundDoc, type OrgDoc } from '../model';
import { commonServerText } from '../../../../src/copy/common';

async function tiesOf(root: Store, compound: CompoundDoc) {
  const community = compound.communityId ? await root.get<OrgDoc>('orgs', compound.communityId) : null;
  return { propertyCompanyId: compound.propertyCompanyId, communityId: compound.communityId, ...(community?.streetId ? { streetId: community.streetId } : {}) };
}

/** The organisation roles the account gives this person in this compound (none without an account). */
export async function orgRolesOnArrival(root: Store, userId: string, compoundId: string): Promise<Role[]> {
  const account = await root.get<AccountDoc>('accounts', userId);
  if (!account?.orgRoles.length) return [];
  const compound = await root.get<CompoundDoc>('compounds', compoundId);
  return compound ? orgRolesIn(account.orgRoles, await tiesOf(root, compound)) : [];
}

/**
 * Gives everyone holding a role for the compound's company, community or street their copy of it
 * in this compound: one indexed query per organisation (accounts: orgIds), then one transaction
 * per person whose copy lacks a role. Returns how many people it changed. Safe to run again.
 */
export async function bringOrgRolesInStep(root: Store, compoundId: string, now: Date): Promise<number> {
  const compound = await root.get<CompoundDoc>('compounds', compoundId);
  if (!compound) return 0;
  const ties = await tiesOf(root, compound);
  const orgIds = [ties.propertyCompanyId, ties.communityId, ties.streetId].filter((o): o is string => !!o);
  const accounts = new Map<string, AccountDoc>();
  for (const orgId of orgIds) for (const a of await root.find<AccountDoc>('accounts', { where: { orgIds: { $has: orgId } }, limit: MAX_PAGE })) accounts.set(a._id, a);
  const at = now.toISOString();
  let changed = 0;
  for (const account of accounts.values()) {
    const due = orgRolesIn(account.orgRoles, ties);
    if (!due.length) continue;
    const did = await root.transaction(async (tx) => {
      const copyId = storedId(compoundId, account._id);
      const copy = await tx.get<UserDoc>('users', copyId);
      const roles = due.reduce<Role[]>((rs, r) => rolesAfter(rs, r, true), copy?.roles ?? []);
      if (copy && roles.length === copy.roles.length) return false;
      if (copy) await tx.update('users', copyId, { roles });
      else {
        const openid = account._id.replace(/^user:/, '');
        await tx.set('users', { _id: copyId, compoundId, openid, name: commonServerText.wechatUser, roles, phone: null, createdAt: at } satisfies UserDoc & { compoundId: string });
        await tx.set('enrolments', { _id: enrolmentId(account._id, compoundId), userId: account._id, compoundId, at });
      }
      const event = { _id: storedId(compoundId, `ev:${at}:sync:${account._id}`), compoundId, at, actorId: 'system', type: 'role.granted', subject: account._id, data: { roles: due, via: 'orgRoles' } };
      await tx.set('events', event);
      return true;
    });
    if (did) changed++;
  }
  return changed;
}
