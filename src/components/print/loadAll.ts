// Fetching every page of a paged list before printing it: a printed register or canvassing list
// that silently stopped at the first page is worse than none. Calls `page(skip)` until the server
// says there is no more, reporting the count so far; a failure rejects (the screen says so and
// offers to retry) rather than printing a partial list.
export interface Paged<T> {
  items: T[];
  hasMore: boolean;
  nextSkip: number;
}

export async function loadAll<T>(page: (skip: number) => Promise<Paged<T>>, onProgress?: (loaded: number) => void, maxPages = 1000): Promise<T[]> {
  const all: T[] = [];
  let skip = 0;
  for (let n = 0; n < maxPages; n++) {
    const r = await page(skip);
    all.push(...r.items);
    onProgress?.(all.length);
    if (!r.hasMore) return all;
    if (r.nextSkip <= skip) throw new Error('分页没有前进');
    skip = r.nextSkip;
  }
  throw new Error('页数太多');
}
