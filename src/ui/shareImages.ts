// The share cards' pictures, by path in the WeChat build (no imports: scripts/check-weapp.ts reads it).
/** Card pictures (5:4), copied by config/index.ts into the subpackage of the page that shares each. */
export const SHARE_IMAGES = {
  issue: '/packages/issues/share.png',
  poll: '/packages/polls/share-poll.png',
  results: '/packages/polls/share-results.png',
  activity: '/packages/volunteer/share.png',
} as const;
