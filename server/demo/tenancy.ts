// The demo deployment around 侨亚小区: one street (阳逻街道), one community (旭光社区) with three
// compounds — 侨亚小区 as the article tells it, 锦绣花园 (smaller, with a committee) and 阳光苑 (old,
// no committee yet, no property company) — and one property company (华宇物业) serving the first two.
// Personas who live or work in more than one compound show switching (personas.ts `elsewhere`).
import type { Store } from '../store/port';
import { scopeStore } from '../store/scoped';
import type { BuildingDoc, HolderDoc, MembershipDoc, UnitDoc, UserDoc } from '../app/model';
import type { AccountDoc, CompoundDoc, DeploymentDoc, OrgDoc, OrgRole } from '../app/tenancy/model';
import { enrolmentId } from '../app/tenancy/model';
import { holderIdFor } from '../app/people/roster.import';
import { holderKeyOf } from '../../src/domain/roster';
import { lastFour } from '../../src/domain/phone';
import { chinaDate } from '../../src/domain/chinaTime';
import { personaOpenid, personas } from './personas';
import { SETTINGS_COLLECTION, SETTINGS_ID, type SettingsDoc } from '../app/tenancy/helpers/settings';
import type { CompoundSettings } from '../../src/domain/compoundSettings';

export const DEMO_COMPOUND = 'qiaoya';

export const DEMO_ORGS: OrgDoc[] = [
  { _id: 'street:yangluo', kind: 'street', name: '阳逻街道' },
  { _id: 'community:xuguang', kind: 'community', name: '旭光社区', streetId: 'street:yangluo' },
  { _id: 'company:huayu', kind: 'company', name: '华宇物业' },
];

const place = { city: '武汉市', district: '新洲区', communityId: 'community:xuguang' };
export const DEMO_COMPOUNDS: Array<Pick<CompoundDoc, '_id' | 'name' | 'city' | 'district' | 'communityId' | 'propertyCompanyId' | 'hasCommittee'>> = [
  { _id: 'qiaoya', name: '侨亚小区', ...place, propertyCompanyId: 'company:huayu', hasCommittee: true },
  { _id: 'jinxiu', name: '锦绣花园', ...place, propertyCompanyId: 'company:huayu', hasCommittee: true },
  { _id: 'yangguang', name: '阳光苑', ...place, propertyCompanyId: null, hasCommittee: false },
];

/** Days left of each committee's term when the demo starts: 锦绣花园's ends within 90 days (the overviews flag it). */
const TERM_LEFT_DAYS: Record<string, number> = { qiaoya: 900, jinxiu: 45, yangguang: 0 };

/** What each organisation role of a persona is held for (the account's record; the compound records carry the role). */
const ORG_ROLES: Record<string, OrgRole[]> = {
  manager: [{ role: 'manager', orgId: 'company:huayu' }],
  staff: [{ role: 'staff', orgId: 'company:huayu' }],
  community: [{ role: 'community', orgId: 'community:xuguang' }],
  street: [{ role: 'street', orgId: 'street:yangluo' }],
};

/** The deployment's documents: organisations, compounds, the default compound, the personas' accounts. */
export async function seedDemoDeployment(root: Store, now: Date): Promise<void> {
  const at = now.toISOString();
  for (const org of DEMO_ORGS) await root.set('orgs', org);
  for (const compound of DEMO_COMPOUNDS) await root.set('compounds', { ...compound, committeeTermEndsOn: compound.hasCommittee ? chinaDate(new Date(now.getTime() + TERM_LEFT_DAYS[compound._id] * 86_400_000)) : null, createdAt: at });
  const deployment: DeploymentDoc = { _id: 'deployment', kind: 'deployment', defaultCompoundId: DEMO_COMPOUND };
  await root.set('orgs', deployment);
  for (const p of personas) {
    const orgRoles = ORG_ROLES[p.id] ?? [];
    const account: AccountDoc = { _id: `user:${personaOpenid(p.id)}`, orgRoles, orgIds: orgRoles.map((r) => r.orgId), ...(p.id === 'admin' ? { admin: true } : {}) };
    if (account.orgRoles.length || account.admin) await root.set('accounts', account);
    const homes = [...(p.elsewhereOnly ? [] : [DEMO_COMPOUND]), ...(p.elsewhere ?? []).map((e) => e.compoundId)];
    for (const compoundId of homes) await root.set('enrolments', { _id: enrolmentId(account._id, compoundId), userId: account._id, compoundId, at });
  }
}

interface SmallSpec {
  compoundId: string;
  name: string;
  buildings: number;
  /** null: the building has no 单元. */
  unitsPer: number | null;
  floors: number;
  rooms: number[];
  seed: number;
}

/**
 * The two smaller compounds' own settings (小区设置): their common places, their buildings' places
 * and their service times, so what their report forms offer and what counts as overdue there
 * comes from settings, not from code. 侨亚小区's are written from its buildings (seed.ts).
 */
export const SMALL_SETTINGS: Record<string, CompoundSettings> = {
  jinxiu: {
    commonPlaces: ['gate', 'parking', 'greenbelt', '儿童乐园', '地下车库'],
    buildingPlaces: Object.fromEntries([1, 2, 3, 4].map((b) => [`b:${b}栋`, ['stair', 'roof', '电梯']])),
    sla: { acceptHours: 12, firstActionHours: 48 },
  },
  yangguang: {
    commonPlaces: ['gate', 'waste_station', '自行车棚', '晾衣场'],
    buildingPlaces: Object.fromEntries([1, 2, 3].map((b) => [`b:${b}栋`, ['stair']])),
    sla: { acceptHours: 48, firstActionHours: 120 },
  },
};

/** Writes one compound's settings document (through its own view of the store). */
export async function seedSettings(store: Store, settings: CompoundSettings, at: string): Promise<void> {
  await store.set(SETTINGS_COLLECTION, { _id: SETTINGS_ID, ...settings, updatedAt: at, updatedBy: 'system' } satisfies SettingsDoc);
}

const SMALL: SmallSpec[] = [
  { compoundId: 'jinxiu', name: '锦绣花园', buildings: 4, unitsPer: 2, floors: 6, rooms: [98.4, 86.2], seed: 7 },
  { compoundId: 'yangguang', name: '阳光苑', buildings: 3, unitsPer: null, floors: 5, rooms: [62.5, 55.3], seed: 11 },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡';
const GIVEN = ['建华', '秀兰', '国强', '桂英', '志刚', '玉兰', '德明', '淑珍', '文军', '丽华', '永红', '海燕'];

/** One of the demo's smaller compounds: buildings, flats, owners, and the personas who live or work there. */
export function buildSmallCompound(spec: SmallSpec, now: Date) {
  const at = now.toISOString();
  let s = spec.seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const buildings: BuildingDoc[] = [];
  const units: UnitDoc[] = [];
  const holders = new Map<string, HolderDoc>();
  const holderFor = (name: string, tel: string | null) => {
    const id = holderIdFor(holderKeyOf(name, tel));
    if (!holders.has(id)) holders.set(id, { _id: id, name, phone: tel, kind: 'person' });
    return id;
  };
  for (let b = 1; b <= spec.buildings; b++) {
    const name = `${b}栋`;
    const unitNames = spec.unitsPer === null ? [null] : Array.from({ length: spec.unitsPer }, (_, i) => `${i + 1}单元`);
    let count = 0;
    for (const unitName of unitNames)
      for (let floor = 1; floor <= spec.floors; floor++)
        spec.rooms.forEach((base, r) => {
          const room = `${floor}${String(r + 1).padStart(2, '0')}`;
          units.push({ _id: `u:${name}-${unitName ?? ''}-${room}`, buildingId: `b:${name}`, unit: unitName, room, label: `${name}${unitName ?? ''}${room}`, areaCenti: Math.round(base * 100) + Math.floor(next() * 400) - 200, holderId: '', order: units.length + 1 });
          count++;
        });
    buildings.push({ _id: `b:${name}`, name, zone: '', order: b, unitCount: count, places: ['stair', 'roof'] });
  }
  const byLabel = new Map(units.map((u) => [u.label, u]));
  const users: UserDoc[] = [];
  const memberships: MembershipDoc[] = [];
  for (const p of personas) {
    for (const home of p.elsewhere ?? []) {
      if (home.compoundId !== spec.compoundId) continue;
      const userId = `user:${personaOpenid(p.id)}`;
      users.push({ _id: userId, openid: personaOpenid(p.id), name: p.name, roles: home.roles, phone: p.phone, ...(lastFour(p.phone) ? { phoneTail: lastFour(p.phone)! } : {}), createdAt: at });
      for (const label of home.units) {
        const unit = byLabel.get(label)!;
        unit.holderId = holderFor(p.name, p.phone);
        memberships.push({ _id: `m:${userId}:${unit._id}`, userId, unitId: unit._id, holderId: unit.holderId, since: at });
      }
    }
  }
  for (const unit of units) {
    if (unit.holderId) continue;
    const tel = `13${String(Math.floor(next() * 1e9)).padStart(9, '0')}`;
    unit.holderId = holderFor(`${SURNAMES[Math.floor(next() * SURNAMES.length)]}${GIVEN[Math.floor(next() * GIVEN.length)]}`, tel);
  }
  return { buildings, units, holders: [...holders.values()], users, memberships };
}

/** Seeds the two smaller compounds (their people and flats; their own issues come from use). */
export async function seedSmallCompounds(root: Store, now: Date): Promise<void> {
  for (const spec of SMALL) {
    const store = scopeStore(root, spec.compoundId);
    if (await store.get('meta', 'compound')) continue;
    const c = buildSmallCompound(spec, now);
    await store.insertMany('buildings', c.buildings);
    await store.insertMany('holders', c.holders);
    await store.insertMany('units', c.units);
    await store.insertMany('users', c.users);
    await store.insertMany('memberships', c.memberships);
    await seedSettings(store, SMALL_SETTINGS[spec.compoundId], now.toISOString());
    await store.insert('meta', { _id: 'compound', name: spec.name, seededAt: now.toISOString(), demo: true });
  }
}
