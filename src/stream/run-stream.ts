import { closeSync, openSync } from 'node:fs';
import type { CleanOptions } from '../core/options.js';
import { findCompiledModule } from '../batch/pool.js';
import { CHUNK_BYTES, readChunk } from '../io/read-chunks.js';
import { LineBlocks } from '../io/line-blocks.js';
import { SCAN_FIELDS } from './scan-line.js';
import { StreamCleaner, type StreamStats } from './stream-cleaner.js';
import type { StreamWorkerSetup } from './worker.js';

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
}

/** Blocks a thread may hold (being scanned or waiting): enough to keep it busy, few enough to bound memory. */
const BLOCKS_PER_THREAD = 2;

/**
 * streamClean with the per-byte scan of the lines on worker threads: blocks of whole lines go out, their
 * scans come back, and this thread decides the lines in input order, so the output is the same bytes.
 * The start of the input (its BOM, the UTF-16 check) and the line it is in the middle of go through
 * the cleaner here first. Without a compiled worker module it is streamClean. With `jobs` N, N - 1
 * threads scan: this thread's share (deciding, writing) is about half the work.
 */
export async function streamCleanParallel(
  options: CleanOptions,
  head: Buffer[],
  fd: number | null,
  sink: (bytes: Uint8Array) => void,
  { jobs, chunkBytes = CHUNK_BYTES }: ParallelStream,
): Promise<StreamStats> {
  const module = jobs > 1 ? findCompiledModule('stream/worker.js') : null;
  if (!module) return streamClean(options, head, fd, sink);
  const cleaner = new StreamCleaner(options, sink);
  type Scanned = { bytes: Uint8Array; scans: Int32Array };
  const threads: { pool: import('../batch/task-pool.js').TaskPool<Scanned, Scanned> | null } = { pool: null };
  const startThreads = async () => {
    const { TaskPool } = await import('../batch/task-pool.js');
    // The thread gets the byte automaton, not the rules: it loads the scan and nothing else; it needs
    // little heap, and a small one keeps the stream's memory down.
    const setup: StreamWorkerSetup = { scan: cleaner.scanAutomaton };
    return new TaskPool<Scanned, Scanned>(module, jobs - 1, setup, { resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } });
  };
  let chunks = 0;
  const blocks = new LineBlocks();
  // Blocks and their scans travel in buffers that go to a thread and come back (transferred, not
  // copied), and are used again: fresh ones for every block would pile up as garbage before a collection.
  // A block is a chunk's whole lines plus the line carried from the chunk before: rarely much more.
  const size = chunkBytes + (64 << 10);
  const freeBytes: ArrayBuffer[] = [];
  const freeScans: ArrayBuffer[] = [];
  const inFlight: Promise<{ bytes: Uint8Array; scans: Int32Array }>[] = [];
  const settleOldest = async () => {
    const { bytes, scans } = await inFlight.shift()!;
    cleaner.pushLines(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), scans);
    if (bytes.buffer.byteLength === size) freeBytes.push(bytes.buffer as ArrayBuffer);
    freeScans.push(scans.buffer as ArrayBuffer);
  };
  const feed = async (chunk: Buffer) => {
    // The first chunk here: an input that fits in it (most piped in by hand) never starts a thread.
    if (chunks++ === 0) {
      cleaner.push(chunk);
      return;
    }
    const pool = (threads.pool ??= await startThreads());
    let rest = chunk;
    if (!cleaner.takesLines() && inFlight.length === 0) {
      // Up to the end of the line the cleaner is in the middle of (or the whole chunk), here.
      const nl = rest.indexOf(10);
      cleaner.push(nl < 0 ? rest : rest.subarray(0, nl + 1));
      if (nl < 0 || !cleaner.takesLines()) return;
      rest = rest.subarray(nl + 1);
    }
    for (const block of blocks.push(rest)) {
      // A copy: the chunk's buffer is read into again.
      const n = block.bytes.length;
      const buffer = n <= size ? (freeBytes.pop() ?? new ArrayBuffer(size)) : new ArrayBuffer(n);
      const bytes = new Uint8Array(buffer, 0, n);
      bytes.set(block.bytes);
      let lines = 0;
      for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, nl + 1)) lines++;
      const need = lines * SCAN_FIELDS * 4;
      let scanBuffer = freeScans.pop();
      if (!scanBuffer || scanBuffer.byteLength < need) scanBuffer = new ArrayBuffer(Math.max(need, 1 << 16));
      const scans = new Int32Array(scanBuffer, 0, lines * SCAN_FIELDS);
      const scanned = pool.run({ bytes, scans }, [buffer, scanBuffer]);
      // Awaited in order below; a failure before its turn must not count as unhandled meanwhile.
      scanned.catch(() => {});
      inFlight.push(scanned);
      while (inFlight.length > (jobs - 1) * BLOCKS_PER_THREAD) await settleOldest();
    }
  };
  try {
    for (const chunk of head) await feed(chunk);
    if (fd !== null) {
      const buffer = Buffer.allocUnsafe(chunkBytes);
      for (let chunk = readChunk(fd, chunkBytes, buffer); chunk; chunk = readChunk(fd, chunkBytes, buffer)) await feed(chunk);
    }
    while (inFlight.length > 0) await settleOldest();
    // The last line, when the input does not end with a line feed.
    const last = blocks.end();
    if (last) cleaner.push(last.bytes);
    return cleaner.end();
  } finally {
    await threads.pool?.close();
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
