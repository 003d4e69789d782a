// What can go wrong for a caller, and the HTTP status each answers with. Shared by the server
// (which answers) and the client (which reads a cloud function's envelope, where no HTTP status
// travels), so both transports report the same status.
export type ErrorCode =
  | 'invalid' // 400: malformed or invalid input; `field` names the culprit
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409: state conflict (already done, wrong state, duplicate)
  | 'too_large' // 413
  | 'too_many' // 429: too many tries; the message says how long to wait
  | 'internal'; // 500

export const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_many: 429,
  internal: 500,
};
