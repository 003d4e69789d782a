// Keeps dist/h5 no older than its sources: `npm start` and the browser suite (which starts the app
// through npm start) must never serve pages built from yesterday's code.
//
// The build stamp (dist/h5/build-stamp.json, written by config/plugins/build-stamp.js when a build
// finishes) holds the time that build *started*: a source saved during a build is newer than the
// stamp, so the next start builds again. Sources: everything under src/ and config/, and
// babel.config.js. A build with no stamp (an older one) counts as stale.
//
// Several starts at once (jest runs browser suites in parallel workers) build once: the first takes
// a lock directory (mkdir is atomic), the others wait for it to go, then look again. A lock left by
// a process that died is taken over.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const STAMP = 'build-stamp.json';
export const SOURCES = ['src', 'config', 'babel.config.js'];

/** Newest modification time (ms) of any file under these paths (missing paths are skipped). */
export function newestMtime(paths, root = '.') {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) walk(path.resolve(root, p));
  return newest;
}

/** When the build in `dir` started (ms), or null when it has no readable stamp or no index.html. */
export function builtAt(dir) {
  if (!existsSync(path.join(dir, 'index.html'))) return null;
  try {
    const at = JSON.parse(readFileSync(path.join(dir, STAMP), 'utf8')).startedAt;
    return typeof at === 'number' ? at : null;
  } catch {
    return null;
  }
}

/** Why `dir` needs a build ('missing', 'stale'), or null when it is fresh. */
export function staleness(dir, { root = '.', sources = SOURCES } = {}) {
  const at = builtAt(dir);
  if (at === null) return existsSync(path.join(dir, 'index.html')) ? 'stale' : 'missing';
  return newestMtime(sources, root) > at ? 'stale' : null;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds `dir` with `build()` (synchronous, returns an exit status) when it is missing or stale,
 * at most once across processes starting together. Returns what it did: 'fresh' (nothing),
 * 'built', or 'waited' (another process built it). Throws when the build fails.
 */
export function ensureFreshH5({ dir, build, root = '.', sources = SOURCES, log = () => {}, waitMs = 600_000 }) {
  dir = path.resolve(root, dir);
  const lock = path.join(path.dirname(dir), `.${path.basename(dir)}.build-lock`);
  mkdirSync(path.dirname(dir), { recursive: true });
  const deadline = Date.now() + waitMs;
  let waited = false;
  for (;;) {
    if (staleness(dir, { root, sources }) === null) return waited ? 'waited' : 'fresh';
    try {
      mkdirSync(lock, { recursive: false });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        /* being written: wait */
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else {
        if (Date.now() > deadline) throw new Error(`${dir}: another build held ${lock} for too long`);
        waited = true;
        sleep(200);
      }
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      // Looked at again under the lock: whoever held it before may just have built.
      const why = staleness(dir, { root, sources });
      if (why === null) return waited ? 'waited' : 'fresh';
      log(why);
      const status = build();
      if (status !== 0) throw new Error(`H5 build failed (exit ${status})`);
      if (builtAt(dir) === null) throw new Error(`H5 build wrote no ${STAMP} in ${dir}`);
      return 'built';
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
