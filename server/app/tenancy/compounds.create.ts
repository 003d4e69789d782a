// compounds.create (开通小区): the admin, or the community in its own community, opens a compound:
// its name, community and (optionally) property company, its buildings with their flats laid out
// by 单元 × floors × rooms, or none yet ("import the roster later": people/importRoster.ts fills
// them), the volunteer teams it starts with and its SLA. All of it is written in one transaction,
// so a cut-off call leaves nothing half-made; a name is unique within its community through a
// deterministic claim document written in the same transaction (two creators racing conflict on
// it under snapshot isolation); a retry carrying the same operation id answers as the first did.
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { AppError, invalid } from '../errors';
import { optionalText, text, id } from '../../../src/domain/fields';
import { allowed } from '../../../src/domain/permissions';
import { mayCreateCompoundIn } from '../../../src/domain/permissions/tenancy';
import { DEFAULT_STARTER_TEAMS, SLA_HOURS, checkSla, checkStarterTeams } from '../../../src/domain/compoundSettings';
import { opIdField, sameOp } from '../opId';
import { StoreError } from '../../store/port';
import { rootOf, scopeStore } from '../../store/scoped';
import { eventDoc } from '../events';
import type { Ctx } from '../context';
import type { BuildingDoc, UnitDoc, UserDoc } from '../model';
import type { TeamDoc } from '../volunteers/model';
import { enrolmentId, type AccountDoc, type CompoundDoc, type EnrolmentDoc, type OrgDoc } from './model';
import { SETTINGS_COLLECTION, SETTINGS_ID, slaInput, type SettingsDoc } from './helpers/settings';
import { commonRefusals } from '../../../src/copy/common';
import { peopleServerText } from '../../../src/copy/people';
import { ORG_KIND_LABELS, tenancyFields, tenancyRefusals, tenancySummaries } from '../../../src/copy/tenancy';
import { timeKey } from '../../../src/domain/ids';

/** Flats laid out at creation, at most: one transaction's writes stay well inside CloudBase's 10 s; bigger compounds import their roster. */
export const MAX_LAID_OUT_FLATS = 300;
/** The places a new building starts with (楼道, 楼顶): 小区设置 changes them. */
const NEW_BUILDING_PLACES = ['stair', 'roof'];
/** Buildings one call lays out, at most. */
const MAX_BUILDINGS = 60;

const count = (label: string, min: number, max: number) =>
  z.number({ error: tenancyRefusals.fillIn(label) }).int(tenancyRefusals.notWhole(label)).min(min, tenancyRefusals.atLeast(label, min)).max(max, tenancyRefusals.atMost(label, max));

const building = z
  .object({
    name: text(tenancyFields.buildingName, { max: 10 }),
    /** 单元 per building; 0: the building has none. */
    units: count(tenancyFields.units, 0, 10),
    floors: count(tenancyFields.floors, 1, 60),
    roomsPerFloor: count(tenancyFields.roomsPerFloor, 1, 12),
  })
  .strict();

const input = z
  .object({
    opId: opIdField,
    name: text(tenancyFields.compoundName, { max: 20 }),
    communityId: id(ORG_KIND_LABELS.community),
    propertyCompanyId: id(ORG_KIND_LABELS.company).nullable().optional(),
    city: optionalText(tenancyFields.city, 20),
    district: optionalText(tenancyFields.district, 20),
    buildings: z.array(building, { error: tenancyRefusals.malformed(tenancyFields.building) }).max(MAX_BUILDINGS, tenancyRefusals.tooManyBuildingsAtOnce(MAX_BUILDINGS)).default([]),
    /** No buildings now: the roster import brings them. */
    rosterLater: z.boolean({ error: tenancyRefusals.rosterLaterMissing }).default(false),
    teams: z.array(z.string({ error: tenancyRefusals.malformed(tenancyFields.teamName) }), { error: tenancyRefusals.malformed(tenancyFields.team) }).optional(),
    sla: slaInput.optional(),
  })
  .strict();

type Input = z.output<typeof input>;

/** A compound id from the operation id (a retry lands on the same id) or, without one, from the clock. */
function newCompoundId(opId: string | undefined, now: Date): string {
  if (opId) return `c-${opId.toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 40);
  return `c-${timeKey(now)}`;
}

const nameClaimId = (communityId: string, name: string) => `compound-name:${communityId}:${name}`;

/** The flats of one building laid out as 单元 × floors × rooms, with the ids and labels the roster import uses. */
export function layOut(b: Input['buildings'][number], startOrder: number): { building: BuildingDoc; units: UnitDoc[] } {
  const buildingId = `b:${b.name}`;
  const units: UnitDoc[] = [];
  const unitNames = b.units === 0 ? [null] : Array.from({ length: b.units }, (_, i) => peopleServerText.unitEntrance(String(i + 1)));
  for (const unit of unitNames)
    for (let floor = 1; floor <= b.floors; floor++)
      for (let r = 1; r <= b.roomsPerFloor; r++) {
        const room = `${floor}${String(r).padStart(2, '0')}`;
        units.push({ _id: `u:${b.name}-${unit ?? ''}-${room}`, buildingId, unit, room, label: `${b.name}${unit ?? ''}${room}`, areaCenti: 0, holderId: '', order: startOrder + units.length + 1 });
      }
  return { building: { _id: buildingId, name: b.name, zone: '', order: 0, unitCount: units.length, places: NEW_BUILDING_PLACES }, units };
}

function checkInput(i: Input) {
  if (!i.rosterLater && i.buildings.length === 0) throw invalid('buildings', tenancyRefusals.noBuildings);
  const names = new Set<string>();
  for (const [n, b] of i.buildings.entries()) {
    if (names.has(b.name)) throw invalid(`buildings.${n}.name`, tenancyRefusals.buildingTwice(b.name));
    names.add(b.name);
  }
  const flats = i.buildings.reduce((s, b) => s + Math.max(1, b.units) * b.floors * b.roomsPerFloor, 0);
  if (flats > MAX_LAID_OUT_FLATS) throw invalid('buildings', tenancyRefusals.tooManyFlats(MAX_LAID_OUT_FLATS, flats));
  const teams = checkStarterTeams(i.teams ?? DEFAULT_STARTER_TEAMS.map((t) => t.name));
  if (!teams.ok) throw invalid(teams.field, teams.message);
  const sla = i.sla ? checkSla(i.sla) : null;
  if (sla && !sla.ok) throw invalid(sla.field, sla.message);
  return { teams: teams.value, sla: sla?.ok ? sla.value : undefined };
}

function view(c: CompoundDoc) {
  return { compound: { id: c._id, name: c.name, communityId: c.communityId } };
}

async function orgOf(ctx: Ctx, orgId: string, kind: OrgDoc['kind'], field: string, what: string): Promise<OrgDoc> {
  const org = await rootOf(ctx.store).get<OrgDoc>('orgs', orgId);
  if (!org || org.kind !== kind) throw new AppError('not_found', commonRefusals.notFound(what), field);
  return org;
}

export const createCompound = defineAction({
  name: 'compounds.create',
  summary: tenancySummaries['compounds.create'](MAX_LAID_OUT_FLATS, SLA_HOURS.min, SLA_HOURS.max),
  input,
  roles: allowed('compounds.create'),
  scope: 'deployment',
  async run(ctx, i) {
    const caller = callerOf(ctx);
    const root = rootOf(ctx.store);
    const { teams, sla } = checkInput(i);
    const account = await root.get<AccountDoc>('accounts', caller.userId);
    await orgOf(ctx, i.communityId, 'community', 'communityId', ORG_KIND_LABELS.community);
    if (!mayCreateCompoundIn(caller, account?.orgRoles ?? [], i.communityId, !!account?.admin)) throw new AppError('forbidden', tenancyRefusals.onlyOwnCommunity, 'communityId');
    if (i.propertyCompanyId) await orgOf(ctx, i.propertyCompanyId, 'company', 'propertyCompanyId', ORG_KIND_LABELS.company);

    const now = ctx.clock.now();
    const at = now.toISOString();
    const compoundId = newCompoundId(i.opId, now);
    const earlier = i.opId ? await root.get<CompoundDoc>('compounds', compoundId) : null;
    if (earlier && sameOp(earlier.opId, i.opId)) return view(earlier);
    const taken = async () => !!(await root.get('orgs', nameClaimId(i.communityId, i.name))) || (await root.find<CompoundDoc>('compounds', { where: { communityId: i.communityId, name: i.name }, limit: 1 })).length > 0;
    const duplicate = () => new AppError('conflict', tenancyRefusals.compoundNameTaken(i.name), 'name');
    if (await taken()) throw duplicate();

    const compound: CompoundDoc = { _id: compoundId, name: i.name, city: i.city ?? '', district: i.district ?? '', communityId: i.communityId, propertyCompanyId: i.propertyCompanyId ?? null, hasCommittee: false, createdAt: at, createdBy: caller.userId, ...(i.opId ? { opId: i.opId } : {}) };
    const laidOut = i.buildings.map((b, n) => layOut(b, n * 10_000));
    laidOut.forEach((l, n) => (l.building.order = n + 1));
    const teamDocs: TeamDoc[] = teams.map((name, n) => {
      const known = DEFAULT_STARTER_TEAMS.find((t) => t.name === name);
      return { _id: known?.kind === 'care' ? 'team:care' : `team:${n + 1}`, name, kind: known?.kind ?? 'other', description: known?.description ?? '', leaderId: caller.userId, order: n + 1 };
    });
    const careTeam = teamDocs.find((t) => t.kind === 'care');
    const settings: SettingsDoc = { _id: SETTINGS_ID, ...(sla ? { sla } : {}), ...(careTeam ? { careTeamId: careTeam._id } : {}), updatedAt: at, updatedBy: caller.userId };
    // The creator holds their role in the new compound, so they can switch to it and set it up.
    const role = caller.roles.includes('admin') || account?.admin ? 'admin' : 'community';
    const creator: UserDoc = { _id: caller.userId, openid: caller.openid, name: caller.name, roles: [role], phone: null, createdAt: at };
    const store = scopeStore(root, compoundId);
    const scoped: Ctx = { ...ctx, store, compoundId };
    try {
      await store.transaction(async (tx) => {
        await tx.insert('compounds', compound);
        await tx.insert('orgs', { _id: nameClaimId(i.communityId, i.name), kind: 'compoundName', name: i.name, compoundId });
        await tx.insert(SETTINGS_COLLECTION, settings);
        for (const { building, units } of laidOut) {
          await tx.insert('buildings', building);
          for (const unit of units) await tx.insert('units', unit);
        }
        for (const team of teamDocs) await tx.insert('teams', team);
        await tx.insert('users', creator);
        await tx.set('enrolments', { _id: enrolmentId(caller.userId, compoundId), userId: caller.userId, compoundId, at } satisfies EnrolmentDoc);
        await tx.insert('meta', { _id: 'compound', name: i.name, createdAt: at });
        await tx.insert('events', eventDoc(scoped, 'compound.created', compoundId, { name: i.name, communityId: i.communityId, buildings: laidOut.length, flats: laidOut.reduce((s, l) => s + l.units.length, 0), rosterLater: i.rosterLater }));
      });
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      // The same operation finished meanwhile (a resent tap), or another creator took the name.
      const done = i.opId ? await root.get<CompoundDoc>('compounds', compoundId) : null;
      if (done && sameOp(done.opId, i.opId)) return view(done);
      throw duplicate();
    }
    return view(compound);
  },
});
