// Cloud function `api`: every action of the mini-program, {action, data} in, envelope out.
import cloud from 'wx-server-sdk';
import { cloudDeps } from '../../server/cloud/deps';
import { makeCloudHandler } from '../../server/cloud/entry';
import type { Deps } from '../../server/app/context';

// DYNAMIC_CURRENT_ENV: the environment the function is deployed in (typed as a symbol).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

let deps: Deps | undefined;

export const main = makeCloudHandler({
  deps: () => (deps ??= cloudDeps(cloud)),
  context: () => cloud.getWXContext(),
  allowDevtools: process.env.GONGZHI_ALLOW_DEVTOOLS === '1',
});
