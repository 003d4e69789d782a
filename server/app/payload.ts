// WeChat's callFunction carries at most 100 KB of text ("text type request body 100KB":
// https://docs.cloudbase.net/en/error-code/service/EXCEED_MAX_PAYLOAD_SIZE; Cloud.callFunction
// advises keeping fields under 100 KB and sending larger data through storage:
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html).
// The local host and the test transport refuse the same bodies, so nothing that only works
// locally (a photo's bytes inside a call) can pass a test.
import { CALL_PAYLOAD_MAX } from '../../src/domain/photos';
import { AppError, STATUS } from './errors';
import type { Outcome } from './dispatch';
import { commonRefusals } from '../../src/copy/common';

export const PAYLOAD_MESSAGE = commonRefusals.payloadTooLarge(CALL_PAYLOAD_MAX / 1024);

/** The refusal for a body over the limit, or null when it fits. */
export function refuseOverLimit(input: unknown): Outcome | null {
  if (Buffer.byteLength(JSON.stringify(input ?? {}), 'utf8') <= CALL_PAYLOAD_MAX) return null;
  const error = new AppError('too_large', PAYLOAD_MESSAGE);
  return { status: STATUS.too_large, body: { ok: false, error: error.toBody() } };
}
