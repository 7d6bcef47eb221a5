import { closeSync, openSync } from 'node:fs';
import type { CleanOptions } from '../core/options.js';
import { findCompiledModule } from '../batch/pool.js';
import { CHUNK_BYTES, readChunk } from '../io/read-chunks.js';
import { toPortable } from '../batch/transfer.js';
import { rowsFor } from './analyse-block.js';
import { StreamCleaner, type StreamStats } from './stream-cleaner.js';
import type { StreamBlockResult, StreamBlockTask, StreamWorkerSetup } from './worker.js';

export { StreamError } from './stream-cleaner.js';

/** Stream an input (already read chunks first, then the rest of `fd`) through the cleaner to `sink`. */
export function streamClean(options: CleanOptions, head: Buffer[], fd: number | null, sink: (bytes: Uint8Array) => void): StreamStats {
  const cleaner = new StreamCleaner(options, sink);
  for (const chunk of head) cleaner.push(chunk);
  if (fd !== null) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let chunk = readChunk(fd, CHUNK_BYTES, buffer); chunk; chunk = readChunk(fd, CHUNK_BYTES, buffer)) cleaner.push(chunk);
  }
  return cleaner.end();
}

export function streamFile(path: string, options: CleanOptions, sink: (bytes: Uint8Array) => void): StreamStats {
  const fd = openSync(path, 'r');
  try {
    return streamClean(options, [], fd, sink);
  } finally {
    closeSync(fd);
  }
}

export interface ParallelStream {
  /** Threads scanning lines beside this one; below 2 the stream runs on this thread alone. */
  jobs: number;
  /** Bytes read at a time (tests make it small to cut lines at every place). */
  chunkBytes?: number;
  /**
   * For tests: start the threads after the first chunk and wait until they are set up, so that blocks
   * go to them however short the input (else a short input is all analysed here).
   */
  threadsAtOnce?: boolean;
  /** For tests: the length past which a line is written as it comes (see LONG_LINE_BYTES). */
  longLineBytes?: number;
}

/**
 * Bytes read at a time by a parallel stream, and so the size of its blocks: small enough that a block
 * analysed here keeps the workers waiting only briefly, and that a worker holds several (measured on the
 * 500 MB benchmark: 6.3 s with 256 KiB blocks, 7.0 s with 1 MiB, for less memory).
 */
const BLOCK_BYTES = 256 << 10;
/** Blocks a thread may hold (being analysed or waiting): enough to keep it busy, few enough to bound memory. */
const BLOCKS_PER_THREAD = 6;
/** Bytes analysed here before worker threads are started: a thread's set-up costs as much. */
const THREADS_AFTER_BYTES = 4 << 20;
/** Blocks analysed here may wait for the worker threads' earlier ones: at most this many. */
const BLOCKS_HERE = 2;

/** A block on its way: analysed (`result`), or being analysed on a worker thread (`done` settles then). */
interface Entry {
  result: StreamBlockResult | null;
  done: Promise<void> | null;
}

/**
 * streamClean with the blocks of lines analysed on worker threads as well as this one (their words,
 * hashes and rules: most of the work). This thread decides the lines in input order, so the output is
 * the same bytes. A block goes to a worker thread when one has room, and is analysed here when none
 * has: this thread's own share (repeats, output) is small, and it takes up the rest.
 * The start of the input (its BOM, the UTF-16 check) and its first chunk go through the cleaner here.
 * Without a compiled worker module, or with custom rules that are code (a function cannot cross
 * threads), it is streamClean. With `jobs` N, N - 1 threads help.
 */
export async function streamCleanParallel(
  options: CleanOptions,
  head: Buffer[],
  fd: number | null,
  sink: (bytes: Uint8Array) => void,
  { jobs, chunkBytes = BLOCK_BYTES, threadsAtOnce = false, longLineBytes }: ParallelStream,
): Promise<StreamStats> {
  const module = jobs > 1 ? findCompiledModule('stream/worker.js') : null;
  // The learned boilerplate stays here, where it is applied.
  const portable = module ? toPortable({ ...options, boilerplate: undefined }) : null;
  if (!module || !portable) return streamClean(options, head, fd, sink);
  const cleaner = new StreamCleaner(options, sink, longLineBytes);
  // The worker threads start after the first few chunks (an input that fits in them, as most piped in
  // by hand, never pays for one) and take blocks once they are set up; until then this thread analyses
  // them all.
  let pool: import('../batch/task-pool.js').TaskPool<StreamBlockTask, StreamBlockResult> | null = null;
  let starting: Promise<void> | null = null;
  let ready = false;
  const startThreads = async () => {
    const { TaskPool } = await import('../batch/task-pool.js');
    const setup: StreamWorkerSetup = { options: portable, prefilter: cleaner.prefilterShared };
    pool = await TaskPool.start<StreamBlockTask, StreamBlockResult>(module, jobs - 1, setup, { resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } });
    void pool.ready.then(() => (ready = true));
  };
  let chunks = 0;
  let bytesIn = 0;
  // Blocks and their rows travel in buffers that go to a thread and come back (transferred, not
  // copied), and are used again: fresh ones for every block would pile up as garbage before a collection.
  // A block is a chunk's whole lines plus the line carried from the chunk before: rarely much more.
  const size = chunkBytes + (64 << 10);
  const freeBytes: ArrayBuffer[] = [];
  const freeRows: ArrayBuffer[] = [];
  const queue: Entry[] = [];
  const atWorkers = (jobs - 1) * BLOCKS_PER_THREAD;
  let busy = 0;
  const decideOldest = async () => {
    const entry = queue[0]!;
    if (!entry.result) await entry.done; // a worker thread's failure is thrown here, in its turn
    queue.shift();
    const { bytes, analysis } = entry.result!;
    cleaner.decideBlock(bytes, analysis);
    if (bytes.buffer.byteLength === size) freeBytes.push(bytes.buffer as ArrayBuffer);
    freeRows.push(analysis.rows.buffer as ArrayBuffer);
  };
  const feed = async (chunk: Buffer) => {
    if (chunks++ === 0 || !cleaner.isStarted) {
      cleaner.push(chunk);
      return;
    }
    if (threadsAtOnce) await (starting ??= startThreads().then(() => pool!.ready));
    else if ((bytesIn += chunk.length) > THREADS_AFTER_BYTES) starting ??= startThreads();
    for (const block of cleaner.itemsOf(chunk)) {
      if (block.long) {
        // A line too long to hold is written as it comes: every line before it goes first.
        while (queue.length > 0) await decideOldest();
        cleaner.pushLongPiece(block);
        continue;
      }
      // A copy: the chunk's buffer is read into again.
      const n = block.bytes.length;
      const buffer = n <= size ? (freeBytes.pop() ?? new ArrayBuffer(size)) : new ArrayBuffer(n);
      const bytes = new Uint8Array(buffer, 0, n);
      bytes.set(block.bytes);
      const rowBuffer = freeRows.pop() ?? new ArrayBuffer(rowsFor(size) * 4);
      const rows = new Int32Array(rowBuffer);
      const firstIndex = block.firstLine - 1;
      // Let what the worker threads have done come in (their start, finished blocks) before choosing
      // where this block goes: one turn of the event loop a block.
      await new Promise(setImmediate);
      while (queue.length > 0 && queue[0]!.result) await decideOldest();
      if (pool && ready && busy < atWorkers) {
        const entry: Entry = { result: null, done: null };
        busy++;
        entry.done = pool.run({ bytes, firstIndex, rows }, [buffer, rowBuffer]).then((result) => {
          busy--;
          entry.result = result;
        });
        // Awaited in order; a failure before its turn must not count as unhandled meanwhile.
        entry.done.catch(() => {});
        queue.push(entry);
      } else {
        queue.push({ result: { bytes, analysis: cleaner.analyse(bytes, firstIndex, rows) }, done: null });
      }
      while (queue.length > atWorkers + BLOCKS_HERE) await decideOldest();
    }
  };
  try {
    for (const chunk of head) await feed(chunk);
    if (fd !== null) {
      const buffer = Buffer.allocUnsafe(chunkBytes);
      for (let chunk = readChunk(fd, chunkBytes, buffer); chunk; chunk = readChunk(fd, chunkBytes, buffer)) await feed(chunk);
    }
    while (queue.length > 0) await decideOldest();
    // The last line, when the input does not end with a line feed: the cleaner's end takes it.
    return cleaner.end();
  } finally {
    await (starting as Promise<void> | null)?.catch(() => {});
    await (pool as { close(): Promise<void> } | null)?.close();
  }
}

export async function streamFileParallel(path: string, options: CleanOptions, sink: (bytes: Uint8Array) => void, parallel: ParallelStream): Promise<StreamStats> {
  const fd = openSync(path, 'r');
  try {
    return await streamCleanParallel(options, [], fd, sink, parallel);
  } finally {
    closeSync(fd);
  }
}
