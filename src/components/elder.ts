// 长辈模式 (elder mode) and the user's WeChat font size, shared by every page.
// A small external store rather than a React context: in WeChat each page is its own root, and a
// switch flipped on 我的 must restyle 首页 too.
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';

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
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setElder(on: boolean): void {
  writeFlag(ELDER_KEY, on);
  writeFlag(ELDER_OFFERED_KEY, true);
  state = { ...current(), elder: on, offered: true };
  emit();
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
