// A harness for the polls area: the demo compound (or a small roster given by the test) on an
// in-memory store, called through the same dispatch the host and the cloud entry use, with
// helpers to make verified owners and residents. The store follows GONGZHI_STORE, as in
// harness.ts: on the emulated store each call is one invocation; setup writes go underneath.
import type { Role } from '../../src/domain/roles';
import type { Clock, Deps } from '../../server/app/context';
import type { Outcome } from '../../server/app/dispatch';
import type { BuildingDoc, HolderDoc, MembershipDoc, UnitDoc, UserDoc } from '../../server/app/model';
import { seedDemoOnce } from '../../server/demo/seed';
import { personaOpenid, personas } from '../../server/demo/personas';
import { directDeps, openLocalDeps, runAction } from '../../server/local/runtime';
import { ACTION_SUITE_EMULATION } from './harness';
import { okInSteps } from './okInSteps';
import type { OkCall } from './actionTypes';
import { recordingStore, withinUseCase } from './queryRecorder';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import { scopeStore } from '../../server/store/scoped';
import { DEMO_COMPOUND, DEMO_COMPOUNDS } from '../../server/demo/tenancy';





/** A small roster for pinning the law at its boundaries: each unit's building, area and holder. */
export interface RosterSpec {
  units: Array<{ label: string; building?: string; areaCenti: number; holder: string; developer?: boolean }>;
}

export interface PollHarness {
  deps: Deps;
  clock: Clock & { set(iso: string): void; advance(ms: number): void };
  /** As a demo persona, a user made with `owner()`/`member()` (by openid), or anonymously (null). */
  call(who: string | null, action: string, input?: unknown): Promise<Outcome>;
  /** Fails the test unless the call succeeded; returns its data, typed by the action table (actionTypes.ts). */
  ok: OkCall<string | null>;
  /** A verified owner of the given units (by id or label): a user, memberships and the owner role. Returns who to call as. */
  owner(...units: string[]): Promise<string>;
  /** A verified resident (tenant) of a unit: membership without the owner role. */
  member(unit: string, roles?: Role[]): Promise<string>;
  unit(idOrLabel: string): Promise<UnitDoc>;
  close(): Promise<void>;
}

const unitIdOf = (label: string, building: string) => `u:${building}-${label}`;

/** `file`: keep the store in this SQLite file instead of memory (the fault suite forks it). */
export async function pollHarness(options: { roster?: RosterSpec; startIso?: string; file?: string } = {}): Promise<PollHarness> {
  let now = new Date(options.startIso ?? '2026-03-02T09:00:00.000Z').getTime();
  const clock = { now: () => new Date(now), set: (iso: string) => void (now = new Date(iso).getTime()), advance: (ms: number) => void (now += ms) };
  // As before this harness chose its own adapters: no group resolver.
  const raw: Deps = { ...openLocalDeps(options.file ?? ':memory:', clock, { emulated: ACTION_SUITE_EMULATION, wrapSqlite: recordingStore }), groups: undefined };
  // Everything happens in 侨亚小区 (the demo's default compound); setup writes go underneath the emulator.
  const deps = compoundDeps(raw, DEMO_COMPOUND);
  const root = directDeps(raw).store;
  const store = scopeStore(root, DEMO_COMPOUND);
  const at = clock.now().toISOString();
  if (options.roster) {
    await root.set('compounds', { ...DEMO_COMPOUNDS[0], createdAt: at });
    await root.set('orgs', { _id: 'deployment', kind: 'deployment', defaultCompoundId: DEMO_COMPOUND });
    const buildings = new Map<string, BuildingDoc>();
    const holders = new Map<string, HolderDoc>();
    const units: UnitDoc[] = options.roster.units.map((u, i) => {
      const name = u.building ?? '1栋';
      if (!buildings.has(name)) buildings.set(name, { _id: `b:${name}`, name, zone: '', order: buildings.size + 1, unitCount: 0 });
      if (!holders.has(u.holder)) holders.set(u.holder, { _id: `h:${u.holder}`, name: u.holder, phone: null, kind: u.developer ? 'developer' : 'person' });
      return { _id: unitIdOf(u.label, name), buildingId: `b:${name}`, unit: null, room: u.label, label: `${name}${u.label}`, areaCenti: u.areaCenti, holderId: `h:${u.holder}`, order: i + 1 };
    });
    await store.insertMany('buildings', [...buildings.values()]);
    await store.insertMany('holders', [...holders.values()]);
    await store.insertMany('units', units);
    const p = personas.find((x) => x.id === 'committee')!;
    await store.insertMany('users', [{ _id: `user:${personaOpenid('committee')}`, openid: personaOpenid('committee'), name: p.name, roles: ['committee'], phone: null, createdAt: at }]);
    await store.insert('meta', { _id: 'compound', name: 'test', seededAt: at, demo: true });
  } else {
    await seedDemoOnce(directDeps(deps), clock.now(), { polls: false });
  }

  const openidOf = (who: string) => (personas.some((p) => p.id === who) ? personaOpenid(who) : who);
  const call = (who: string | null, action: string, input: unknown = {}) => withinUseCase(action, () => runAction(deps, action, input, who ? { openid: openidOf(who) } : null));
  let made = 0;
  const findUnit = async (idOrLabel: string): Promise<UnitDoc> => {
    const byId = await store.get<UnitDoc>('units', idOrLabel);
    if (byId) return byId;
    for (let skip = 0; ; skip += 100) {
      const page = await store.find<UnitDoc>('units', { orderBy: [['_id', 'asc']], limit: 100, skip });
      const hit = page.find((u) => u.label === idOrLabel);
      if (hit) return hit;
      if (page.length < 100) throw new Error(`no unit ${idOrLabel}`);
    }
  };
  const makeUser = async (roles: Role[], unitRefs: string[]) => {
    const openid = `test-user-${++made}`;
    const userId = `user:${openid}`;
    await store.insert('users', { _id: userId, openid, name: `测试${made}`, roles, phone: null, createdAt: at } satisfies UserDoc);
    for (const ref of unitRefs) {
      const unit = await findUnit(ref);
      await store.insert('memberships', { _id: `m:${userId}:${unit._id}`, userId, unitId: unit._id, holderId: unit.holderId, since: at } satisfies MembershipDoc);
    }
    return openid;
  };
  return {
    deps,
    clock,
    call,
    // polls.open goes in steps (opening.ts): pressed again, as the screen does, until open.
    ok: ((who: string | null, action: string, input: unknown = {}) =>
      okInSteps(async (inp) => {
        const outcome = await call(who, action, inp);
        if (!outcome.body.ok) throw new Error(`${action} as ${who} failed with ${outcome.status}: ${JSON.stringify(outcome.body.error)}`);
        return outcome.body.data;
      }, action, input)) as OkCall<string | null>,
    owner: (...units) => makeUser(['owner'], units),
    member: (unit, roles = ['resident']) => makeUser(roles, [unit]),
    unit: findUnit,
    close: () => raw.store.close(),
  };
}

export const errorOf = (o: Outcome) => (o.body as { error: { code: string; message: string; field?: string; details?: Record<string, unknown> } }).error;
