// CloudBase adapters for the cloud bundles. Only cloud function entries import this file; the
// local host never does (wx-server-sdk crashes a process that has no cloud credentials).
import { collections } from '../app/collections';
import { systemClock, type Deps } from '../app/context';
import { openCloudBaseStore } from '../store/cloudbase';
import { subscriptionNotifier } from '../notify/deliver';
import { cloudTransport, miniprogramState } from '../notify/cloudTransport';
import { templateIdsFrom, templateKeysFrom } from '../notify/templates';
import { cloudGroups } from '../notify/groups';
import { cloudFiles } from '../files/cloudStorage';
import { reviewedFiles } from '../files/review';
import { mediaCheckAsync } from '../content/mediaCheck';
import { msgSecChecker } from '../content/msgSecCheck';
import { cloudMiniCodes } from '../share/miniCode';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cloudDeps(cloud: any): Deps {
  const store = openCloudBaseStore({ db: cloud.database(), collections });
  // Template ids and the version cards open come from the function's environment variables
  // (set per cloud environment in the console; see docs/notifications.md).
  const notifier = subscriptionNotifier({
    store,
    clock: systemClock,
    transport: cloudTransport(cloud, miniprogramState(process.env.GONGZHI_MINIPROGRAM_STATE)),
    templates: templateIdsFrom(process.env, { placeholders: false }),
    keys: templateKeysFrom(process.env),
  });
  return {
    store,
    clock: systemClock,
    notifier,
    files: reviewedFiles(cloudFiles(cloud, () => cloud.getWXContext().ENV), store),
    mediaCheck: mediaCheckAsync(cloud),
    contentCheck: msgSecChecker(cloud),
    groups: cloudGroups(cloud),
    miniCodes: cloudMiniCodes(cloud, miniprogramState(process.env.GONGZHI_MINIPROGRAM_STATE)),
  };
}
