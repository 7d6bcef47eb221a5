import { closeSync, openSync, readSync } from 'node:fs';
import type { CleanOptions } from '../core/options.js';
import { StreamCleaner, type StreamStats } from './stream-cleaner.js';

const CHUNK = 1 << 20;

/** Inputs larger than this are streamed even without --stream: 8 MiB is far past any one article. */
export const AUTO_STREAM_BYTES = 8 << 20;

/** Read from a file descriptor in chunks; a fresh buffer each time, since lines held back point into it. */
export function readChunk(fd: number, size = CHUNK): Buffer | null {
  const buf = Buffer.allocUnsafe(size);
  for (;;) {
    try {
      const n = readSync(fd, buf, 0, size, null);
      return n === 0 ? null : n === size ? buf : buf.subarray(0, n);
    } catch (error) {
      // A non-blocking stdin with nothing in it yet: wait a moment and read again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') return null;
      throw error;
    }
  }
}

/** Read the head of an input: up to `limit` bytes, and whether the input ended within them. */
export function readHead(fd: number, limit = AUTO_STREAM_BYTES): { chunks: Buffer[]; ended: boolean } {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = readChunk(fd);
    if (!chunk) return { chunks, ended: true };
    chunks.push(chunk);
    total += chunk.length;
  }
  return { chunks, ended: false };
}

/** Stream an input (already read chunks first, then the rest of `fd`) through the cleaner to `sink`. */
export function streamClean(options: CleanOptions, head: Buffer[], fd: number | null, sink: (bytes: Uint8Array) => void): StreamStats {
  const cleaner = new StreamCleaner(options, sink);
  for (const chunk of head) cleaner.push(chunk);
  if (fd !== null) {
    for (let chunk = readChunk(fd); chunk; chunk = readChunk(fd)) cleaner.push(chunk);
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
