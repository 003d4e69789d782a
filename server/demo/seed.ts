// Seeds the demo compound once: the `meta/compound` document marks a seeded database, so a
// restart keeps everything people did.
import type { Store } from '../store/port';
import { buildDemoCompound } from './compound';
import { seedDemoActivity } from './activity';
import { seedDemoGovernance } from './governance';
import { seedDemoGrants } from './notify';
import { seedDemoVolunteers } from './volunteers';
import { seedDemoPolls } from './polls';
import type { Deps } from '../app/context';
import { compoundDeps } from '../app/tenancy/helpers/scope';
import { rootOf } from '../store/scoped';
import { DEMO_COMPOUND, seedDemoDeployment, seedSettings, seedSmallCompounds } from './tenancy';
import { OFFERED_COMMON_PLACES } from '../../src/domain/places';
import { DEFAULT_SLA } from '../../src/domain/sla';

/**
 * `polls: false` leaves out the demo's votes: tests that create and count their own polls (and the
 * messages opening one sends) start from a compound with none.
 */
export async function seedDemoOnce(outer: Deps, now: Date, { polls = true }: { polls?: boolean } = {}): Promise<boolean> {
  const root = rootOf(outer.store);
  const deps = compoundDeps({ ...outer, store: root }, DEMO_COMPOUND);
  const store: Store = deps.store;
  if (await store.get('meta', 'compound')) return false;
  await seedDemoDeployment(root, now);
  await seedSmallCompounds(root, now);
  const demo = buildDemoCompound(now);
  await store.insertMany('buildings', demo.buildings);
  await store.insertMany('holders', demo.holders);
  await store.insertMany('units', demo.units);
  await store.insertMany('users', demo.users);
  await store.insertMany('memberships', demo.memberships);
  await store.insertMany('teams', demo.teams);
  // 侨亚小区's settings as the app had them in code: its common places, each building's parts, 24/72 h, 爱心服务队.
  await seedSettings(store, { commonPlaces: [...OFFERED_COMMON_PLACES], buildingPlaces: Object.fromEntries(demo.buildings.map((b) => [b._id, [...(b.places ?? [])]])), sla: DEFAULT_SLA, careTeamId: 'team:care' }, now.toISOString());
  await seedDemoGrants(deps, now);
  await seedDemoActivity(deps, now);
  await seedDemoGovernance(deps, now);
  await seedDemoVolunteers(deps, now);
  if (polls) await seedDemoPolls(deps, now);
  // Written last, so only a complete seed counts as seeded.
  await store.insert('meta', { _id: 'compound', name: demo.name, seededAt: now.toISOString(), demo: true });
  return true;
}
