// The current compound (小区): kept on the phone, sent with every call (services/api.ts), and
// changed in 我的 → 我的小区. The server only takes it as which compound's view to answer from:
// the caller's roles are read from that compound's own records.
import Taro from '@tarojs/taro';

const STORAGE_KEY = 'gz.compound';
let current: string | null | undefined;

/** The compound the app is in, or null before one is chosen (the server then answers from its default). */
export function currentCompound(): string | null {
  if (current !== undefined) return current;
  try {
    const kept: unknown = Taro.getStorageSync(STORAGE_KEY);
    current = typeof kept === 'string' && kept ? kept : null;
  } catch {
    current = null;
  }
  return current;
}

/** Remembers the compound to open in from now on (on this phone). */
export function setCurrentCompound(id: string): void {
  current = id;
  try {
    Taro.setStorageSync(STORAGE_KEY, id);
  } catch {
    // Storage full or unavailable: the choice holds until the app is closed.
  }
}
