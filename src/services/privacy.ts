// WeChat's privacy authorization: a privacy-sensitive API (chooseMedia, chooseMessageFile,
// scanCode) waits until the user has agreed to the 用户隐私保护指引. WeChat tells the app through
// wx.onNeedPrivacyAuthorization; the app shows its own agreement view (PrivacyConsent), whose
// agree button (open-type agreePrivacyAuthorization) lets the waiting call go on, and a refusal
// makes it fail with "privacy permission is not authorized" (errno 112 when no guide is declared),
// which the screens show as a message, not as a cancel.
//  - https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html
//  - https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
import Taro from '@tarojs/taro';
import { privacyText } from '../ui/strings/privacy';

export const AGREE_BUTTON_ID = 'gz-privacy-agree';

type Resolve = (answer: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;

export interface PrivacyRequest {
  /** The API or component that asked (eventInfo.referrer), e.g. "chooseMedia". */
  referrer: string;
}

let pending: Resolve | null = null;
let request: PrivacyRequest | null = null;
const listeners = new Set<(r: PrivacyRequest | null) => void>();
let listening = false;

function publish(): void {
  for (const l of listeners) l(request);
}

/** Starts listening (once) and subscribes a view; returns the unsubscribe. */
export function watchPrivacyRequests(onChange: (r: PrivacyRequest | null) => void): () => void {
  listeners.add(onChange);
  const on = (Taro as unknown as { onNeedPrivacyAuthorization?: (l: (resolve: Resolve, info?: { referrer?: string }) => void) => void }).onNeedPrivacyAuthorization;
  if (!listening && process.env.TARO_ENV === 'weapp' && typeof on === 'function') {
    listening = true;
    on((resolve, info) => {
      // No agreement view on this screen: fail the call at once (shown as a refusal) rather than
      // leave it waiting for a button nobody can see.
      if (listeners.size === 0) return resolve({ event: 'disagree' });
      pending = resolve;
      request = { referrer: info?.referrer ?? '' };
      resolve({ event: 'exposureAuthorization' });
      publish();
    });
  }
  onChange(request);
  return () => listeners.delete(onChange);
}

function answer(event: 'agree' | 'disagree'): void {
  const resolve = pending;
  pending = null;
  request = null;
  resolve?.(event === 'agree' ? { event, buttonId: AGREE_BUTTON_ID } : { event });
  publish();
}

/** Called from the agree button's agreeprivacyauthorization event (WeChat checks it was tapped). */
export const agreePrivacy = () => answer('agree');
export const refusePrivacy = () => answer('disagree');

/** A refusal of the privacy guide, told apart from the user backing out of a chooser. */
export function isPrivacyRefusal(err: unknown): boolean {
  const e = err as { errno?: number; errMsg?: string; message?: string } | null;
  const msg = `${e?.errMsg ?? ''} ${e?.message ?? ''}`;
  return e?.errno === 112 || e?.errno === 104 || /privacy/i.test(msg);
}

export class PrivacyRefused extends Error {
  constructor() {
    super(privacyText.refused);
    this.name = 'PrivacyRefused';
  }
}

/** What a tap on "choose" becomes: the chooser's answer, null when backed out, or PrivacyRefused. */
export async function privacyGuarded<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (err) {
    if (isPrivacyRefusal(err)) throw new PrivacyRefused();
    return null; // cancelled
  }
}
