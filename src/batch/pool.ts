import { importModule } from '../io/import-module.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../io/expand-inputs.js';
import type { WorkerSetup, WorkerTask } from './worker.js';

export interface OrderedMapOptions<R> {
  files: readonly InputFile[];
  /** Worker threads to use; 1 (or no compiled worker module) runs every file on this thread. */
  jobs: number;
  /** How a worker is set up; null when the work cannot cross threads (then it runs here). */
  setup: WorkerSetup | null;
  /** The same work, done on this thread. */
  local: (file: InputFile) => R;
  /** Called once per file, in input order; the next waits while a returned promise is pending. */
  onResult: (result: R, index: number) => void | Promise<void>;
  /** Asked between files: true stops the run after the files in hand. */
  shouldStop: () => boolean;
  /**
   * Start the workers only once this thread's pace shows the files left would keep it busy for a while
   * (WORKERS_PAY_BACK_MS): the jobs were not asked for, and workers slow a short batch down.
   */
  startWhenWorthIt?: boolean;
}

/** Files per message: large enough to amortise a round trip, small enough to keep both threads busy. */
const MAX_CHUNK = 32;
/** Messages a worker holds at once, so it never waits for the next one. */
const PER_WORKER = 2;
/** Finished chunks waiting for an earlier, slower one, at most: what bounds memory. */
const WINDOW_PER_WORKER = 8;
/**
 * A worker takes some 0.15 s to load and half a second more to reach full speed, and shares the CPUs
 * with this thread meanwhile: it pays back only when this thread alone would take longer than this on
 * the files left. On two CPUs, a worker started at once made 200 files take 1.44x the time, 1,000 files
 * 1.18x, and 4,000 files 0.88x: even at about 2,000 files, some 1.3 s of work.
 */
const WORKERS_PAY_BACK_MS = 1200;
/**
 * This thread's pace is judged once it has run this long: its first files run before its code is
 * optimised (a file took 1.2-1.6 ms at 250 ms into a run, 0.6-0.7 ms from 400 ms on).
 */
const JUDGE_PACE_AFTER_MS = 400;

/**
 * Map files to results on `jobs` threads, this one among them (`jobs - 1` workers), and hand the results
 * over in input order; says how many threads took part. This thread cleans a chunk whenever it has
 * nothing else to do: while the workers start, and beside them after; with `startWhenWorthIt`, alone
 * until its pace shows the workers would pay back. Memory is bounded by the window of chunks in flight,
 * however many files there are.
 */
export async function mapInOrder<R>(o: OrderedMapOptions<R>): Promise<{ threads: number }> {
  const workerFile = o.setup && o.jobs > 1 && o.files.length > 1 ? findCompiledModule('batch/worker.js') : null;
  if (!workerFile) {
    await mapHere(o);
    return { threads: 1 };
  }
  const { Worker } = await importModule<typeof import('node:worker_threads')>('node:worker_threads');
  const threads = Math.min(o.jobs, o.files.length);
  const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(o.files.length / (threads * 16))));
  const tasks = Math.ceil(o.files.length / chunk);
  const window = threads * WINDOW_PER_WORKER;
  type Thread = InstanceType<typeof Worker>;
  const workers: Thread[] = [];
  const held = new Map<Thread, number>();
  // Whether to start the workers is settled: at once, or once this thread's pace is known.
  let judged = o.startWhenWorthIt !== true;
  const started = performance.now();
  const finished = new Map<number, R[]>();
  let dispatched = 0;
  let emitted = 0;
  const filesOf = (seq: number) => o.files.slice(seq * chunk, (seq + 1) * chunk);
  const open = () => dispatched < tasks && dispatched < emitted + window && !o.shouldStop();

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false; // a result's handling threw: nothing more is handed over (the run stops)
      let settled = false;
      const finish = (error?: unknown) => {
        if (settled) return;
        settled = true;
        if (error === undefined) resolve();
        else reject(error);
      };
      const dispatch = () => {
        for (const w of workers) {
          while (held.get(w)! < PER_WORKER && open()) {
            const task: WorkerTask = { seq: dispatched, files: filesOf(dispatched) };
            w.postMessage(task);
            held.set(w, held.get(w)! + 1);
            dispatched++;
          }
        }
        if (emitted === dispatched && (dispatched === tasks || o.shouldStop())) finish();
        else scheduleHere();
      };
      // Results are handed over in order; one that returns a promise (a large file streamed in its
      // turn) holds the later ones until it settles, while the threads go on within the window.
      let handing = false;
      const handOver = async () => {
        if (handing || failed || settled) return;
        handing = true;
        try {
          while (finished.has(emitted)) {
            const rs = finished.get(emitted)!;
            finished.delete(emitted);
            const first = emitted * chunk;
            for (let k = 0; k < rs.length; k++) {
              const pending = o.onResult(rs[k]!, first + k);
              if (!pending) continue;
              await pending;
              // A large file took its time on this thread: a stop asked meanwhile is heard before the next.
              await turn();
              if (o.shouldStop()) {
                finish();
                return;
              }
            }
            emitted++;
          }
        } catch (error) {
          failed = true;
          finish(error);
          return;
        } finally {
          handing = false;
        }
        dispatch();
      };
      // This thread's own chunk, one at a time, between the workers' messages (each a turn of the
      // event loop, so their answers and a stop signal are heard between chunks).
      let hereScheduled = false;
      const scheduleHere = () => {
        if (hereScheduled || handing || failed || settled || !open()) return;
        hereScheduled = true;
        setImmediate(() => {
          hereScheduled = false;
          if (handing || failed || settled) return;
          // Stopped (or the window is full) since this was scheduled: settle the run if nothing is in
          // flight, as a worker's answer would (there may be no worker to answer).
          if (!open()) return dispatch();
          const seq = dispatched++;
          try {
            const chunkStarted = performance.now();
            const files = filesOf(seq);
            finished.set(seq, files.map((file) => o.local(file)));
            if (!judged && performance.now() - started >= JUDGE_PACE_AFTER_MS) {
              judged = true;
              // The last chunk's pace, not the average: the first chunks ran before the code was optimised.
              const msPerFile = (performance.now() - chunkStarted) / files.length;
              if (msPerFile * (o.files.length - dispatched * chunk) > WORKERS_PAY_BACK_MS) startWorkers();
            }
          } catch (error) {
            failed = true;
            finish(error);
            return;
          }
          void handOver();
          scheduleHere();
        });
      };
      function startWorkers() {
        for (let n = 1; n < threads; n++) {
          const w = new Worker(workerFile!, { workerData: o.setup });
          workers.push(w);
          held.set(w, 0);
          w.on('message', ({ seq, results }: { seq: number; results: R[] }) => {
            held.set(w, held.get(w)! - 1);
            finished.set(seq, results);
            if (failed) return;
            if (handing) dispatch();
            else void handOver();
          });
          w.on('error', (error) => finish(error));
          w.on('exit', (code) => {
            if (code !== 0) finish(new Error(`a worker thread stopped with code ${code}`));
          });
        }
        dispatch();
      }
      if (judged) startWorkers();
      else dispatch();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { threads: 1 + workers.length };
}

/** A turn of the event loop: a signal's handler runs only in one (awaiting a promise is not one). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Past this long without a turn, a file takes its turn before it starts: a stop is heard between slow files. */
const MAX_MS_WITHOUT_TURN = 20;

async function mapHere<R>(o: OrderedMapOptions<R>): Promise<void> {
  let lastTurn = -Infinity;
  for (let i = 0; i < o.files.length; i++) {
    // Per-file work is synchronous: yield every 16 files, or before a file once the ones before took
    // long (a large file streamed, a slow one), so that a signal's handler can run between files.
    if (i % 16 === 0 || performance.now() - lastTurn > MAX_MS_WITHOUT_TURN) {
      await turn();
      lastTurn = performance.now();
    }
    if (o.shouldStop()) return;
    const pending = o.onResult(o.local(o.files[i]!), i);
    if (pending) await pending;
  }
}

/**
 * A compiled module of this package (`batch/worker.js`), for a worker thread to load: beside this one
 * when it runs from dist/, in dist/ when it runs from source (tests); null when there is none, and then
 * the work runs on this thread.
 */
export function findCompiledModule(path: string): URL | null {
  // Beside this module in dist/, from the bundled command (dist/cli.bundle.cjs), or from source (tests).
  for (const candidate of [`../${path}`, `./${path}`, `../../dist/${path}`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
