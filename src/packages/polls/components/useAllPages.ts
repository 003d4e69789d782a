// Every page of a list, fetched before it is printed (the ballot register, a building's canvassing
// list): the count so far while it loads, the server's refusal with a retry, and the whole list
// only once the last page came (print/loadAll.ts says why a partial list is never shown). An answer
// that arrives after the screen moved on (another building, left the page) is dropped.
import { useEffect, useRef, useState } from 'react';
import { handleSignedOut } from '../../../components/useAction';
import { loadAll, type Paged } from '../../../components/print/loadAll';
import { ApiError, isApiError } from '../../../services/api';

/**
 * `page(skip, current)` reads one page; `current()` is false once the answer would be dropped.
 * `deps`: what the list depends on (a new value loads it again from the first page).
 */
export function useAllPages<T>(page: (skip: number, current: () => boolean) => Promise<Paged<T>>, deps: unknown[]) {
  const [items, setItems] = useState<T[] | null>(null);
  const [loaded, setLoaded] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(page);
  latest.current = page;

  useEffect(() => {
    let live = true;
    const current = () => live;
    setItems(null);
    setError(null);
    setLoaded(0);
    loadAll<T>((skip) => latest.current(skip, current), (n) => live && setLoaded(n))
      .then((all) => live && setItems(all))
      .catch((e) => live && !handleSignedOut(e) && setError(isApiError(e) ? e : new ApiError({ code: 'internal', message: String((e as Error)?.message ?? e) })));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, ...deps]);

  return {
    /** The whole list, or null while it loads (or failed). */
    items,
    /** Changes a row in place (a tick), without loading again. */
    setItems,
    loaded,
    error,
    retry: () => setAttempt((n) => n + 1),
  };
}
