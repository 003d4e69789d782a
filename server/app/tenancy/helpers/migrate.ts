// Upgrades a single-compound database (made before compounds existed) in place into a deployment of
// one compound, losing nothing: every document of a compound's collection is copied under its
// compound id (server/store/scoped.ts) and then the old one removed; the compound, its organisations
// and the default compound are written last, so a half-done upgrade never looks like a finished one.
// Resumable at any point: what is still to move is exactly what has no `compoundId`, and a copy that
// exists already (a run cut off between copy and removal) is kept, never overwritten. CloudBase runs
// it in chunks from the jobs function under its timeout (`budgetMs`); SQLite at the local host's start.
import { MAX_PAGE, StoreError, type Doc, type Store, type Where } from '../../../store/port';
import { isCompoundCollection, storedId } from '../../../store/scoped';
import { enrolmentId, DEPLOYMENT_ID, type CompoundDoc, type DeploymentDoc, type EnrolmentDoc } from '../model';
import { tenancyServerText } from '../../../../src/copy/tenancy';

export interface UpgradeOptions {
  compoundId: string;
  name?: string;
  city?: string;
  district?: string;
  communityId?: string;
  propertyCompanyId?: string | null;
  now: Date;
  /** Stop (resumably) once this much time has passed: the cloud function's timeout less a margin. */
  budgetMs?: number;
}

export interface UpgradeReport {
  done: boolean;
  moved: number;
  /** Collections still holding documents of the old layout when the budget ran out. */
  remaining: string[];
}

/** Documents of the old layout that stay where they are: the local host's session secret of old. */
const KEEP: Record<string, string[]> = { meta: ['secret'] };

const oldLayout = (collection: string): Where => ({ compoundId: null, ...(KEEP[collection] ? { _id: { $ne: KEEP[collection][0] } } : {}) });

/** Whether this database still holds documents of the single-compound layout (and has no compound yet). */
export async function needsUpgrade(root: Store): Promise<boolean> {
  if (await root.get<DeploymentDoc>('orgs', DEPLOYMENT_ID)) return false;
  return (await root.count('users', { compoundId: null })) > 0 || (await root.count('units', { compoundId: null })) > 0;
}

export async function upgradeToCompounds(root: Store, collections: readonly string[], options: UpgradeOptions): Promise<UpgradeReport> {
  const started = Date.now();
  const outOfTime = () => options.budgetMs !== undefined && Date.now() - started > options.budgetMs;
  const at = options.now.toISOString();
  let moved = 0;
  const scoped = collections.filter(isCompoundCollection);
  for (const [i, collection] of scoped.entries()) {
    for (;;) {
      if (outOfTime()) return { done: false, moved, remaining: scoped.slice(i) };
      const page = await root.find<Doc>(collection, { where: oldLayout(collection), limit: MAX_PAGE });
      for (const doc of page) {
        await copyOnce(root, collection, { ...doc, _id: storedId(options.compoundId, doc._id), compoundId: options.compoundId });
        if (collection === 'users') await copyOnce(root, 'enrolments', { _id: enrolmentId(doc._id, options.compoundId), userId: doc._id, compoundId: options.compoundId, at } satisfies EnrolmentDoc);
        await root.remove(collection, doc._id);
        moved++;
      }
      if (page.length < MAX_PAGE) break;
    }
  }
  const meta = await root.get<{ _id: string; name?: string }>('meta', storedId(options.compoundId, 'compound'));
  const compound: CompoundDoc = {
    _id: options.compoundId,
    name: options.name ?? meta?.name ?? tenancyServerText.myCompound,
    city: options.city ?? '',
    district: options.district ?? '',
    communityId: options.communityId ?? '',
    propertyCompanyId: options.propertyCompanyId ?? null,
    hasCommittee: (await root.count('users', { compoundId: options.compoundId, roles: { $has: 'committee' } })) > 0,
    createdAt: at,
  };
  if (!(await root.get('compounds', compound._id))) await root.set('compounds', compound);
  // Last: from now on a call without a compound (a client published before compounds) lands here.
  if (!(await root.get('orgs', DEPLOYMENT_ID))) await root.set('orgs', { _id: DEPLOYMENT_ID, kind: 'deployment', defaultCompoundId: options.compoundId } satisfies DeploymentDoc);
  return { done: true, moved, remaining: [] };
}

/** Inserts the copy unless a run cut off before already made it (then that copy, possibly newer, stays). */
async function copyOnce(root: Store, collection: string, doc: Doc): Promise<void> {
  try {
    await root.insert(collection, doc);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
  }
}
