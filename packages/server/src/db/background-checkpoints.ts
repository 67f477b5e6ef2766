import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The WAL length, in pages, past which the writing connection checkpoints by itself, in its
 * commit. It is a safety net for when the background checkpoints fall behind; SQLite's
 * default is 1000 pages, which made every thirtieth or so group commit of ballots copy 4 MB
 * and sync the file twice while the event loop, and every ballot queued behind it, waited.
 */
export const WRITER_CHECKPOINT_PAGES = 10_000;

/** Milliseconds between two background checkpoints (default of {@link startBackgroundCheckpoints}). */
export const CHECKPOINT_INTERVAL_MS = 200;

/** A thread that checkpoints an SQLite file's WAL on a connection of its own. */
export interface BackgroundCheckpoints {
  /** Stops the thread after its running checkpoint and closes its connection. */
  stop(): Promise<void>;
}

// CommonJS run by the worker (eval: true). Each tick runs a PASSIVE checkpoint: it copies the
// pages committed so far into the database file without waiting for, or blocking, the writer
// or the readers, and with synchronous=FULL syncs the WAL before and the file after copying,
// as SQLite's own checkpoints do. With nothing new in the WAL it does nothing.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.module);
const db = new SQLite(workerData.file, { fileMustExist: true });
db.pragma('synchronous = FULL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A failed checkpoint is retried at the next tick; the writer's own is the safety net.
  }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints the WAL of the SQLite file `file` in a worker thread, every `intervalMs`, so the
 * connection that writes (which the caller sets to `wal_autocheckpoint =`
 * {@link WRITER_CHECKPOINT_PAGES}) no longer copies the WAL into the file inside its commits,
 * on the event loop. Durability is unchanged: each commit still syncs the WAL
 * (`synchronous=FULL`), and a checkpoint cut short by a crash is redone from the WAL.
 *
 * @example
 * const checkpoints = startBackgroundCheckpoints('./qingyuan.db');
 * // … later, before closing the writing connection:
 * await checkpoints.stop();
 */
export function startBackgroundCheckpoints(
  file: string,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): BackgroundCheckpoints {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { file, module, intervalMs },
  });
  // The process does not wait for this thread; a thread that fails leaves checkpoints to the
  // writer (at WRITER_CHECKPOINT_PAGES), so its error is not the process's.
  worker.unref();
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.on('error', () => undefined);
  });
  return {
    async stop() {
      // Held while it stops, so a process with nothing else to do waits for the thread's end.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
