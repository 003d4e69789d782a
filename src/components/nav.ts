import Taro from '@tarojs/taro';
import { isTabPage } from '../routes';
import { PAGES } from '../routes';

/** Opens a screen by path; tab pages need switchTab, the others a navigation. */
export function go(url: string): void {
  const target = url.startsWith('/') ? url : `/${url}`;
  if (isTabPage(target)) void Taro.switchTab({ url: target.split('?')[0] });
  else void Taro.navigateTo({ url: target });
}

/** Leaves a sub-screen; falls back to 我的 when it was opened directly (H5 reload, shared link). */
export function back(fallback: string = PAGES.me): void {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1) void Taro.navigateBack();
  else go(fallback);
}

/** A router parameter as given (Taro hands some still encoded, some already decoded). */
export function routeParam(v: string | undefined): string {
  if (!v) return '';
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
