import { importModule } from '../io/import-module.js';
import type { Worker, WorkerOptions } from 'node:worker_threads';

/**
 * Worker threads that take tasks one message each and answer in kind; `run` resolves with the answer
 * to its own task, so a caller that awaits the tasks in the order it gave them gets results in order.
 */
export class TaskPool<T, R> {
  private readonly workers: Worker[];
  private readonly load: number[];
  private readonly waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void; worker: number }>();
  private nextId = 0;
  private failure: Error | null = null;
  private unready: number;
  private onReady: (() => void) | null = null;
  /**
   * Settles once every worker has said it is ready (a `{ ready: true }` message, sent by worker
   * modules whose set-up is long enough to plan around: the stream's). Never, if one fails first.
   */
  readonly ready: Promise<void>;

  /** worker_threads is loaded here, not with this module: a run that starts no thread does without it. */
  static async start<T, R>(module: URL, size: number, workerData: unknown, options: Omit<WorkerOptions, 'workerData'> = {}): Promise<TaskPool<T, R>> {
    const { Worker } = await importModule<typeof import('node:worker_threads')>('node:worker_threads');
    return new TaskPool<T, R>(Worker, module, size, workerData, options);
  }

  private constructor(WorkerClass: typeof Worker, module: URL, size: number, workerData: unknown, options: Omit<WorkerOptions, 'workerData'>) {
    this.workers = Array.from({ length: size }, () => new WorkerClass(module, { ...options, workerData }));
    this.load = this.workers.map(() => 0);
    this.unready = size;
    this.ready = new Promise<void>((resolve) => (this.onReady = resolve));
    this.workers.forEach((w, k) => {
      w.on('message', ({ id, result, ready }: { id: number; result: R; ready?: true }) => {
        if (ready) {
          if (--this.unready === 0) this.onReady?.();
          return;
        }
        const job = this.waiting.get(id)!;
        this.waiting.delete(id);
        this.load[k]!--;
        job.resolve(result);
      });
      w.on('error', (error) => this.fail(error));
      w.on('exit', (code) => code !== 0 && this.fail(new Error(`a worker thread stopped with code ${code}`)));
    });
  }

  /** `transfer`: buffers the task hands over to the worker (no copy; they are unusable here until returned). */
  run(task: T, transfer: ArrayBuffer[] = []): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const k = this.load.indexOf(Math.min(...this.load));
    const id = this.nextId++;
    this.load[k]!++;
    return new Promise<R>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker: k });
      this.workers[k]!.postMessage({ id, task }, transfer);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the pool is closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const job of this.waiting.values()) job.reject(error);
    this.waiting.clear();
  }
}
