// A screen's data kept on the phone, for places without signal: the last good answer is shown
// (and said to be old) when the network fails. Only what staff need down there: their task
// list and the meter route.
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { useAction } from '../../../components/useAction';
import type { ActionName, Input, Output } from '../../../services/api';

const PREFIX = 'gongzhi.cache.';

interface Kept<T> {
  at: string;
  data: T;
}

function load<T>(key: string): Kept<T> | null {
  try {
    const v = Taro.getStorageSync(PREFIX + key) as Kept<T> | '';
    return v && typeof v === 'object' && 'data' in v ? v : null;
  } catch {
    return null;
  }
}

function save<T>(key: string, data: T): void {
  try {
    Taro.setStorageSync(PREFIX + key, { at: new Date().toISOString(), data });
  } catch {
    // Storage full: the screen still works online.
  }
}

export function useCachedAction<N extends ActionName>(action: N, input: Input<N> | undefined, key: string, deps: unknown[] = []) {
  const r = useAction(action, input, [key, ...deps]);
  useEffect(() => {
    if (r.state === 'ready') save(key, r.data);
  }, [r.state, r.data, key]);
  const kept = r.state === 'error' && r.error.code === 'network' && !r.data ? load<Output<N>>(key) : null;
  return { ...r, data: r.data ?? kept?.data, staleAt: kept ? kept.at : null };
}
