import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { stageTimeline, type StageTimeline } from './stage-timings.js';

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
const { performance } = require('node:perf_hooks');
const timer = setInterval(() => {
  try {
    const start = workerData.trace ? performance.timeOrigin + performance.now() : 0;
    const [answer] = db.pragma('wal_checkpoint(PASSIVE)');
    if (workerData.trace) {
      const duration = performance.timeOrigin + performance.now() - start;
      parentPort.postMessage({ start, duration, log: answer.log, done: answer.checkpointed });
    }
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
    // The source is CommonJS. A thread inherits its process's flags, and in a process started
    // with `--input-type=module` (a `node -e` ES module script, as the server bench starts the
    // box) it would be read as an ES module, where `require` does not exist: the thread died at
    // once and left every checkpoint to the writer's commits (a stall past 10,000 pages).
    execArgv: withoutModuleTypeFlags(process.execArgv),
    workerData: { file, module, intervalMs, trace: stageTimeline !== null },
  });
  // With QINGYUAN_STAGE_TIMINGS, the thread reports its slower checkpoints to the timeline.
  worker.on('message', (checkpoint: StageTimeline['checkpoints'][number]) => {
    stageTimeline?.checkpoints.push(checkpoint);
  });
  // The process does not wait for this thread; a thread that fails leaves checkpoints to the
  // writer (at WRITER_CHECKPOINT_PAGES), so its error is not the process's.
  worker.unref();
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.on('error', (error) => {
      process.emitWarning(
        `background WAL checkpoints stopped (${String(error)}); the writing connection ` +
          `checkpoints by itself past ${WRITER_CHECKPOINT_PAGES} pages`,
      );
    });
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

/**
 * Node's flags without those that make eval'd code an ES module (`--input-type=module`,
 * `--experimental-default-type=module`, each as one argument or followed by its value).
 */
export function withoutModuleTypeFlags(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (arg === '--input-type' || arg === '--experimental-default-type') i++;
    else if (!arg.startsWith('--input-type=') && !arg.startsWith('--experimental-default-type=')) {
      kept.push(arg);
    }
  }
  return kept;
}
