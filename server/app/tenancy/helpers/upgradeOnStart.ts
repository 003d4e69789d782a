// The one place both hosts start the upgrade to compounds (migrate.ts): the local host before it
// serves anything, the cloud's jobs function on each timer run until done. The compound's id and
// name come from the environment (docs/deploy.md): GONGZHI_COMPOUND_ID (default `main`),
// GONGZHI_COMPOUND_NAME (default: the name the database already holds), GONGZHI_COMPOUND_CITY,
// GONGZHI_COMPOUND_DISTRICT.
import type { Store } from '../../../store/port';
import { COMPOUND_ID } from '../../../store/scoped';
import { collections } from '../../collections';
import { needsUpgrade, upgradeToCompounds, type UpgradeReport } from './migrate';
import { tenancyServerText } from '../../../../src/copy/tenancy';

export async function upgradeIfNeeded(root: Store, now: Date, env: Record<string, string | undefined>, budgetMs?: number): Promise<UpgradeReport | null> {
  if (!(await needsUpgrade(root))) return null;
  const compoundId = env.GONGZHI_COMPOUND_ID || 'main';
  if (!COMPOUND_ID.test(compoundId)) throw new Error(tenancyServerText.compoundIdCharacters(JSON.stringify(compoundId)));
  return upgradeToCompounds(root, Object.keys(collections), {
    compoundId,
    name: env.GONGZHI_COMPOUND_NAME || undefined,
    city: env.GONGZHI_COMPOUND_CITY || undefined,
    district: env.GONGZHI_COMPOUND_DISTRICT || undefined,
    now,
    budgetMs,
  });
}
