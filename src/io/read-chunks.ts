import { readSync } from 'node:fs';

/** Bytes read at a time. */
export const CHUNK_BYTES = 1 << 20;

/** Inputs larger than this are streamed even without --stream: 8 MiB is far past any one article. */
export const AUTO_STREAM_BYTES = 8 << 20;

/**
 * More lines than any article has: a document this long is a dump, and is streamed too (the in-memory
 * cleaner's ~1 KB a line made an 8 MB file of 4 million short lines take 4 GB and 32 s).
 */
export const MAX_DOCUMENT_LINES = 100_000;

/** Read the next chunk of a file descriptor: into `into` when given (reused), else a fresh buffer. */
export function readChunk(fd: number, size = CHUNK_BYTES, into?: Buffer): Buffer | null {
  const buf = into ?? Buffer.allocUnsafe(size);
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

/**
 * Read a file descriptor to its end. Not readFileSync(fd): standard input may be a pipe another process
 * made non-blocking (a Node program writing into it does), and readFileSync then fails with EAGAIN
 * whenever the writer is slower than the reader; readChunk waits.
 */
export function readToEnd(fd: number): Buffer {
  const chunks: Buffer[] = [];
  for (let chunk = readChunk(fd); chunk; chunk = readChunk(fd)) chunks.push(chunk);
  return Buffer.concat(chunks);
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
