import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { call, isApiError, ApiError, type ActionName, type Input, type Output } from '../services/api';
import { hasDevSignIn } from '../services/devSession';
import { PAGES } from '../routes';

export type Loadable<T> =
  | { state: 'loading'; data?: T; error?: undefined }
  | { state: 'ready'; data: T; error?: undefined }
  | { state: 'error'; data?: T; error: ApiError };

let redirecting = false;

function invalidate(counter: { current: number }): void {
  counter.current++;
}

/**
 * In the H5 demo a 401 means nobody has signed in yet: open the persona list, then come back.
 * Returns true when it took over.
 */
export function handleSignedOut(error: unknown): boolean {
  if (!hasDevSignIn || !isApiError(error) || error.status !== 401) return false;
  // Several calls of one screen fail together: open the sign-in page once, not once per call.
  if (redirecting || currentPath().startsWith(PAGES.signIn)) return true;
  redirecting = true;
  void Taro.navigateTo({ url: `${PAGES.signIn}?back=${encodeURIComponent(currentPath())}` }).finally(() => {
    redirecting = false;
  });
  return true;
}

function currentPath(): string {
  try {
    const route = Taro.getCurrentPages().slice(-1)[0]?.route;
    return route ? `/${route.replace(/^\//, '')}` : PAGES.home;
  } catch {
    return PAGES.home; // no router yet (the very first page still mounting)
  }
}

/** Loads one action's output for a screen; `reload` runs it again (pull to refresh, retry). */
export function useAction<N extends ActionName>(action: N, input?: Input<N>, deps: unknown[] = []) {
  const [result, setResult] = useState<Loadable<Output<N>>>({ state: 'loading' });
  const seq = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setResult((r) => ({ state: 'loading', data: r.data }));
    try {
      const data = await (call as (a: N, i?: Input<N>) => Promise<Output<N>>)(action, inputRef.current);
      if (mine === seq.current) setResult({ state: 'ready', data });
    } catch (e) {
      if (mine !== seq.current) return;
      const error = isApiError(e) ? e : new ApiError({ code: 'internal', message: String((e as Error)?.message ?? e) });
      setResult((r) => ({ state: 'error', data: r.data, error }));
      handleSignedOut(error);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action, ...deps]);

  useEffect(() => {
    void reload();
    // An answer arriving after unmount (or after the input changed) is dropped.
    return () => invalidate(seq);
  }, [reload]);

  return { ...result, reload };
}

/** Reloads when the screen comes back into view (after a sub-screen changed something). */
export function useReloadOnShow(reload: () => unknown): void {
  const hidden = useRef(false);
  Taro.useDidHide(() => {
    hidden.current = true;
  });
  Taro.useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    void reload();
  });
}
