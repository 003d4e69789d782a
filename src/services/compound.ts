// The current compound (小区): kept on the phone, sent with every call (services/api.ts), and
// changed in 我的 → 我的小区. The server only takes it as which compound's view to answer from:
// the caller's roles are read from that compound's own records.
import Taro from '@tarojs/taro';

const STORAGE_KEY = 'gz.compound';
// Read from storage on every call (a synchronous local read): what 我的小区 chose holds at once.
/** The compound the app is in, or null before one is chosen (the server then answers from its default). */
export function currentCompound(): string | null {
  try {
    const kept: unknown = Taro.getStorageSync(STORAGE_KEY);
    return typeof kept === 'string' && kept ? kept : null;
  } catch {
    return null;
  }
}

/** Remembers the compound to open in from now on (on this phone). */
export function setCurrentCompound(id: string): void {
  try {
    Taro.setStorageSync(STORAGE_KEY, id);
  } catch {
    // Storage unavailable: the app stays in the compound it was in.
  }
}
