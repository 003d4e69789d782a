// CloudBase adapters for the cloud bundles. Only cloud function entries import this file; the
// local host never does (wx-server-sdk crashes a process that has no cloud credentials).
import { collections } from '../app/collections';
import { systemClock, type Deps, type Notifier } from '../app/context';
import { openCloudBaseStore } from '../store/cloudbase';
import { outboxNotifier } from '../notify/outbox';
import { cloudFiles } from '../files/cloudStorage';
import { msgSecChecker } from '../content/msgSecCheck';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cloudDeps(cloud: any): Deps {
  const store = openCloudBaseStore({ db: cloud.database(), collections });
  // Subscription messages arrive with the messages issue; until then the outbox collection
  // records every message in the cloud database too.
  const notifier: Notifier = outboxNotifier(store, systemClock);
  return { store, clock: systemClock, notifier, files: cloudFiles(cloud), contentCheck: msgSecChecker(cloud) };
}
