// 长辈模式 (elder mode) and the user's WeChat font size, shared by every page.
// A small external store rather than a React context: in WeChat each page is its own root, and a
// switch flipped on 我的 must restyle 首页 too. The choice is kept on the phone (for the first
// screen, before the network answers) and on the person's account (me.elder), so it follows them
// to a second phone or browser: the account's value wins once it is known.
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { call } from '../services/api';

export const ELDER_KEY = 'gongzhi.elder';
export const ELDER_OFFERED_KEY = 'gongzhi.elderOffered';

export interface ElderState {
  elder: boolean;
  /** The first-visit offer on 首页 has been answered (or the switch used). */
  offered: boolean;
  /** The user's WeChat font size relative to the standard size (1 in a browser). */
  fontScale: number;
}

let state: ElderState | null = null;
const listeners = new Set<() => void>();

function readFlag(key: string): boolean {
  try {
    const v: unknown = Taro.getStorageSync(key);
    return v === true || v === 'true' || v === 1 || v === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable: the choice still holds for this session.
  }
}

/** WeChat's 字体大小 setting: fontSizeScaleFactor, else fontSizeSetting against the standard 17 px. */
export function readFontScale(): number {
  try {
    const getInfo = (Taro as unknown as { getAppBaseInfo?: () => Record<string, unknown> }).getAppBaseInfo;
    const info = typeof getInfo === 'function' ? getInfo() : undefined;
    const factor = Number(info?.fontSizeScaleFactor);
    const setting = Number(info?.fontSizeSetting);
    const scale = factor > 0 ? factor : setting > 0 ? setting / 17 : 1;
    return Math.min(2, Math.max(0.8, Math.round(scale * 100) / 100));
  } catch {
    return 1;
  }
}

/** (Re)reads the stored choice and the font setting; the app calls it at launch. */
export function loadElderState(): ElderState {
  state = { elder: readFlag(ELDER_KEY), offered: readFlag(ELDER_OFFERED_KEY), fontScale: readFontScale() };
  emit();
  return state;
}

function current(): ElderState {
  return state ?? loadElderState();
}

function emit(): void {
  markDocument();
  listeners.forEach((l) => l());
}

/** In the browser the tab bar sits outside every page: <html> carries the mode for it. */
function markDocument(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined' || !state) return;
  document.documentElement.classList.toggle('gz-elder', state.elder);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function applyElder(on: boolean): void {
  writeFlag(ELDER_KEY, on);
  writeFlag(ELDER_OFFERED_KEY, true);
  state = { ...current(), elder: on, offered: true };
  emit();
}

/** The switch: applied at once on this device, then stored on the account (best effort: offline or signed out, the device keeps it). */
let switched = 0;

export function setElder(on: boolean): void {
  switched++;
  applyElder(on);
  call('me.elder', { elder: on }).catch(() => undefined);
}

/**
 * At launch (and after signing in): the account's setting replaces this device's; an account that
 * never set it takes the device's choice, if the device has made one.
 */
export async function syncElderWithServer(): Promise<void> {
  try {
    const before = switched;
    const { elder } = await call('me.settings');
    // The switch was used while the account answered: the person's newest choice stands.
    if (switched !== before) return;
    if (elder !== null) {
      if (elder !== current().elder || !current().offered) applyElder(elder);
    } else if (current().offered) {
      await call('me.elder', { elder: current().elder });
    }
  } catch {
    // Signed out or offline: the device's choice stands until the next launch.
  }
}

export function dismissElderOffer(): void {
  writeFlag(ELDER_OFFERED_KEY, true);
  state = { ...current(), offered: true };
  emit();
}

export function useElder(): ElderState {
  return useSyncExternalStore(subscribe, current, current);
}

/** The scale applied to text: the user's setting, never smaller than standard in elder mode. */
export function textScale(s: ElderState): number {
  return s.elder ? Math.max(1, s.fontScale) : s.fontScale;
}
