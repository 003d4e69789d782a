// The cloud functions' configured limits, in one place: the deploy guide (docs/deploy.md) tells the
// deployer to set these in the console, the emulated store (server/store/emulated.ts) cuts an
// invocation off at them, and the bench reports `cloud.timeoutMs` from here. Change them together.
//
// WeChat cloud functions default to 3 s and may be raised in the console; community answers report
// 20 s as the ceiling seen from clients ("Task timed out after 20 seconds", errorCode -1:
// https://developers.weixin.qq.com/community/develop/doc/0004a47a734e006b7c69205d451400).
export const CLOUD_LIMITS = {
  /** The `api` function's timeout: every action runs inside one invocation of it. */
  apiTimeoutMs: 20_000,
  /** The `jobs` function's timeout (the timer trigger). */
  jobsTimeoutMs: 60_000,
} as const;
