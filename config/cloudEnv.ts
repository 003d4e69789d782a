// A mini-program built for upload must know its cloud environment: without TARO_APP_CLOUD_ENV,
// wx.cloud.init falls back to the account's default environment, which may be the test one (or
// none), and every call then fails in a way no resident can read. A build only for checking
// (sizes, WeChat's compilers: `npm run build:weapp`) says so with GONGZHI_WEAPP_CHECK=1.

export const MISSING_CLOUD_ENV =
  '构建用于上传的小程序需要云环境 ID:TARO_APP_CLOUD_ENV=<env-id> npm run release:weapp(见 docs/deploy.md)。' +
  ' A weapp production build needs TARO_APP_CLOUD_ENV=<env-id>; for a check-only build use `npm run build:weapp` (GONGZHI_WEAPP_CHECK=1).';

/** Throws with a clear message when a production weapp build has no cloud environment. */
export function requireCloudEnv(env: Record<string, string | undefined>): void {
  const weapp = env.TARO_ENV === 'weapp';
  const production = (env.NODE_ENV ?? 'production') === 'production';
  if (weapp && production && !env.TARO_APP_CLOUD_ENV && env.GONGZHI_WEAPP_CHECK !== '1') throw new Error(MISSING_CLOUD_ENV);
}
