// Moves SQLite's WAL checkpoints off the event loop. In WAL mode with synchronous=NORMAL a commit
// only appends to the WAL file; but every ~1000 pages the committing connection copies the WAL back
// into the database and fsyncs it (the automatic checkpoint), inside that commit's call. better-
// sqlite3 is synchronous, so that fsync stalled every request in the host: measured on this
// machine, 1,000 inserts into a table with two expression indexes took 0.133 ms each with the
// automatic checkpoint and 0.085 ms with this worker (0.063 ms with no checkpoint at all).
//
// So the host's connection turns the automatic checkpoint off and a worker thread, with its own
// connection to the same file, runs PASSIVE checkpoints on a short timer. PASSIVE never waits for
// a lock and never blocks writers or readers (https://www.sqlite.org/c3ref/wal_checkpoint_v2.html);
// it copies what it can, and the next writer after a complete checkpoint rewinds the WAL
// (https://www.sqlite.org/wal.html, "Avoiding Excessively Large WAL Files").
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

/** How often the worker checkpoints (ms): a checkpoint with nothing new in the WAL costs microseconds. */
export const CHECKPOINT_EVERY_MS = 200;

// Plain CommonJS evaluated in the worker: the host is one bundled file, so the worker cannot be a
// module of its own beside it. The driver's path is resolved here and handed over.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
let checkpoints = 0;
let said = '';
const run = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    checkpoints++;
    // Told only when the WAL moved: an idle host's event loop is not woken five times a second.
    const now = r.log + '/' + r.checkpointed;
    if (now !== said) parentPort.postMessage({ checkpoints, log: r.log, checkpointed: r.checkpointed });
    said = now;
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
};
const timer = setInterval(run, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m === 'stop') { clearInterval(timer); db.close(); parentPort.close(); }
});
`;

export interface Checkpointer {
  /** Checkpoints the worker has run so far, and the WAL as the last one found it (frames written, copied back). */
  readonly state: { checkpoints: number; log: number; checkpointed: number; error?: string };
  /** Stops the worker and closes its connection; call before closing the main one. */
  stop(): Promise<void>;
}

/**
 * Starts the worker for the database `file`. `onFailure` runs once if the worker cannot checkpoint
 * (it failed to start, or a checkpoint threw): the caller then gives the checkpoint back to SQLite,
 * so the WAL never grows without bound.
 */
export function startCheckpointer(file: string, onFailure: () => void, everyMs = CHECKPOINT_EVERY_MS): Checkpointer {
  const driver = createRequire(__filename).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs } });
  const state: Checkpointer['state'] = { checkpoints: 0, log: 0, checkpointed: 0 };
  const fail = (error: unknown) => {
    if (state.error) return;
    state.error = String(error);
    console.error('[sqlite checkpoint] back to SQLite\'s own checkpoint:', error);
    onFailure();
  };
  worker.on('message', (m: Partial<Checkpointer['state']>) => (m.error ? fail(m.error) : Object.assign(state, m)));
  worker.on('error', fail);
  // Never what keeps a process alive: the host's server does, and a test ends when its work does.
  // After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  return {
    state,
    stop: () => {
      if (exited) return exit;
      // Held alive until the worker has closed its connection, so that the caller's close comes last.
      worker.ref();
      worker.postMessage('stop');
      return exit;
    },
  };
}
