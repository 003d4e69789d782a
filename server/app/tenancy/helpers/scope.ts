// Which compound a call is in, and that compound's view of the deps. The client sends its current
// compound with every call; the server takes it only as a choice of view: the caller's roles are
// then read from that compound's own records, so naming a compound grants nothing there.
import { AppError, invalid } from '../../errors';
import type { Deps } from '../../context';
import { instanceOf } from '../../../store/port';
import { COMPOUND_ID, isScopedStore, rootOf, scopeStore } from '../../../store/scoped';
import { DEPLOYMENT_ID, type CompoundDoc, type DeploymentDoc } from '../model';
import { tenancyRefusals } from '../../../../src/copy/tenancy';
import { compoundNotifier } from './settings';

// Compounds are never deleted and the default compound is written once, so an instance may
// remember them (docs CLOUDBASE.md: caches only of data that cannot change).
const known = new WeakMap<object, Set<string>>();
const defaults = new WeakMap<object, string>();

async function compoundExists(deps: Deps, compoundId: string): Promise<boolean> {
  const root = rootOf(deps.store);
  const key = instanceOf(root);
  if (known.get(key)?.has(compoundId)) return true;
  const doc = await root.get<CompoundDoc>('compounds', compoundId);
  if (!doc) return false;
  if (!known.has(key)) known.set(key, new Set());
  known.get(key)!.add(compoundId);
  return true;
}

/** The deployment's default compound: the one a single-compound database was upgraded into. */
export async function defaultCompound(deps: Deps): Promise<string | null> {
  const root = rootOf(deps.store);
  const key = instanceOf(root);
  const cached = defaults.get(key);
  if (cached) return cached;
  const doc = await root.get<DeploymentDoc>('orgs', DEPLOYMENT_ID);
  if (doc?.defaultCompoundId) defaults.set(key, doc.defaultCompoundId);
  return doc?.defaultCompoundId ?? null;
}

/**
 * The compound of this call: the one the client names (it must exist), else the one the deps are
 * already scoped to (seeding, tests), else the deployment's default (clients published before
 * compounds existed). Null when there is none at all (a fresh deployment).
 */
export async function compoundOfCall(deps: Deps, requested: unknown): Promise<string | null> {
  if (requested !== undefined && requested !== null && requested !== '') {
    if (typeof requested !== 'string' || !COMPOUND_ID.test(requested)) throw invalid('compound', tenancyRefusals.compoundIdMalformed);
    if (!(await compoundExists(deps, requested))) throw new AppError('not_found', tenancyRefusals.compoundNotFound, 'compound');
    return requested;
  }
  if (isScopedStore(deps.store)) return deps.store.compoundId;
  return defaultCompound(deps);
}

// Made once per (deps, compound), like the store's views: deps are never changed after they are
// made, so every call of one host (or invocation) in one compound can share them.
const scopedDeps = new WeakMap<Deps, Map<string, Deps>>();

/** The deps of one compound: its view of the store, and a notifier writing its outbox in its own wording (settings.ts). */
export function compoundDeps(deps: Deps, compoundId: string): Deps {
  let byCompound = scopedDeps.get(deps);
  const known = byCompound?.get(compoundId);
  if (known) return known;
  const store = scopeStore(deps.store, compoundId);
  const made = store === deps.store ? deps : { ...deps, store, notifier: compoundNotifier(deps.notifier.forStore?.(store) ?? deps.notifier, store) };
  if (!byCompound) scopedDeps.set(deps, (byCompound = new Map()));
  byCompound.set(compoundId, made);
  return made;
}

/** The deployment-wide deps under a compound's (overview actions, jobs). */
export function deploymentDeps(deps: Deps): Deps {
  const root = rootOf(deps.store);
  if (root === deps.store) return deps;
  return { ...deps, store: root, notifier: deps.notifier.forStore?.(root) ?? deps.notifier };
}
