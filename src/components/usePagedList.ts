// A list read a page at a time with "加载更多": the first page again on reload (a new filter,
// back from a sub-screen), the next one appended. An answer that arrives after a newer request
// started (the filter changed meanwhile) is dropped, so the list never mixes two filters.
import { useCallback, useRef, useState } from 'react';
import { handleSignedOut } from './useAction';
import { ApiError, isApiError } from '../services/api';

export interface Paged<I> {
  items: I[];
  hasMore: boolean;
  nextSkip: number;
}

export function usePagedList<I>(
  /** Reads one page from `skip`; the latest function given is the one called (it may close over a filter). */
  fetchPage: (skip: number) => Promise<Paged<I>>,
  /** Runs after a page arrived and before loading ends; `current()` is false once a newer request started. */
  onPage?: (page: Paged<I>, skip: number, current: () => boolean) => Promise<void> | void,
) {
  const [list, setList] = useState<Paged<I> | null>(null);
  const [loading, setLoading] = useState<'first' | 'more' | null>('first');
  const [error, setError] = useState<ApiError | null>(null);
  const seq = useRef(0);
  const latest = useRef({ fetchPage, onPage });
  latest.current = { fetchPage, onPage };

  const load = useCallback(async (skip: number) => {
    const mine = ++seq.current;
    const current = () => mine === seq.current;
    setLoading(skip ? 'more' : 'first');
    setError(null);
    try {
      const r = await latest.current.fetchPage(skip);
      if (!current()) return;
      setList((prev) => ({ items: skip && prev ? [...prev.items, ...r.items] : r.items, hasMore: r.hasMore, nextSkip: r.nextSkip }));
      await latest.current.onPage?.(r, skip, current);
    } catch (e) {
      if (!current()) return;
      if (!handleSignedOut(e)) setError(isApiError(e) ? e : new ApiError({ code: 'internal', message: String(e) }));
    } finally {
      if (current()) setLoading(null);
    }
  }, []);

  return {
    list,
    loading,
    error,
    load,
    /** The first page again. */
    reload: useCallback(() => load(0), [load]),
    /** The next page, appended. */
    more: () => (list ? load(list.nextSkip) : Promise.resolve()),
    /** Forget what is shown (a new filter shows its own progress, not the old list). */
    clear: () => setList(null),
  };
}
