// users.list: people by the start of their name, their flat ("19栋301", "19-301") or the last four
// digits of their phone, 50 a page, each with their flats and a masked phone, never a whole one:
// the admin grants roles from it, and the committee finds the proxy named in a written
// authorisation (委托书) or a scrutineer. Every kind is an indexed lookup (no scan of all users).
import { z } from 'zod';
import { defineAction } from '../action';
import { optionalText, skip } from '../../../src/domain/fields';
import { maskPhone } from '../../../src/domain/phone';
import { allowed } from '../../../src/domain/permissions';
import { buildingIdsFor, parsePeopleQuery, prefixEnd, roomsFor, type PeopleQuery } from '../../../src/domain/peopleSearch';
import type { Ctx } from '../context';
import type { MembershipDoc, UnitDoc, UserDoc } from '../model';
import { peopleFields, peopleServerText, peopleSummaries } from '../../../src/copy/people';

export const USERS_PAGE = 50;

/** The users living in the flats a flat query names (a flat holds a handful: one page). */
async function usersInFlat(ctx: Ctx, q: Extract<PeopleQuery, { kind: 'flat' }>): Promise<UserDoc[]> {
  const units = await ctx.store.find<UnitDoc>('units', {
    where: { buildingId: { $in: buildingIdsFor(q.building) }, room: { $in: roomsFor(q.room) }, ...(q.unit ? { unit: peopleServerText.unitEntrance(q.unit) } : {}) },
    limit: 100,
  });
  if (!units.length) return [];
  const members = await ctx.store.find<MembershipDoc>('memberships', { where: { unitId: { $in: units.map((u) => u._id) } }, limit: 100 });
  const ids = [...new Set(members.map((m) => m.userId))];
  return ids.length ? ctx.store.find<UserDoc>('users', { where: { _id: { $in: ids } }, orderBy: [['createdAt', 'asc']], limit: 100 }) : [];
}

async function findUsers(ctx: Ctx, q: PeopleQuery | null, offset: number): Promise<UserDoc[]> {
  const page = { limit: USERS_PAGE + 1, skip: offset };
  if (!q) return ctx.store.find<UserDoc>('users', { orderBy: [['createdAt', 'asc']], ...page });
  if (q.kind === 'tail') return ctx.store.find<UserDoc>('users', { where: { phoneTail: q.tail }, orderBy: [['createdAt', 'asc']], ...page });
  if (q.kind === 'name') return ctx.store.find<UserDoc>('users', { where: { name: { $gte: q.name, $lt: prefixEnd(q.name) } }, orderBy: [['name', 'asc']], ...page });
  return offset ? [] : usersInFlat(ctx, q);
}

/** Each person's flats, for telling namesakes apart (two reads for the whole page). */
async function flatsOf(ctx: Ctx, users: UserDoc[]): Promise<Map<string, string[]>> {
  const flats = new Map<string, string[]>();
  if (!users.length) return flats;
  const members = await ctx.store.find<MembershipDoc>('memberships', { where: { userId: { $in: users.map((u) => u._id) } }, limit: 100 });
  const unitIds = [...new Set(members.map((m) => m.unitId))].slice(0, 100);
  const units = unitIds.length ? await ctx.store.find<UnitDoc>('units', { where: { _id: { $in: unitIds } }, limit: 100 }) : [];
  const labels = new Map(units.map((u) => [u._id, u.label]));
  for (const m of members) {
    const label = labels.get(m.unitId);
    if (label) flats.set(m.userId, [...(flats.get(m.userId) ?? []), label]);
  }
  return flats;
}

export const listUsers = defineAction({
  name: 'users.list',
  summary: peopleSummaries['users.list'],
  input: z.object({ q: optionalText(peopleFields.userQuery, 20), skip }).strict(),
  roles: allowed('users.list'),
  async run(ctx, input) {
    const offset = input.skip ?? 0;
    const found = await findUsers(ctx, parsePeopleQuery(input.q ?? ''), offset);
    const users = found.slice(0, USERS_PAGE);
    const flats = await flatsOf(ctx, users);
    return {
      users: users.map((u) => ({
        id: u._id,
        name: u.name,
        roles: u.roles,
        phoneMasked: u.phone ? maskPhone(u.phone) : typeof u.phoneMasked === 'string' ? u.phoneMasked : null,
        flats: flats.get(u._id) ?? [],
      })),
      hasMore: found.length > USERS_PAGE,
      nextSkip: offset + users.length,
    };
  },
});
