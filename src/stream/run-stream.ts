import { closeSync, openSync } from 'node:fs';
import type { CleanOptions } from '../core/options.js';
import { CHUNK_BYTES, readChunk } from '../io/read-chunks.js';
import { StreamCleaner, type StreamStats } from './stream-cleaner.js';

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
