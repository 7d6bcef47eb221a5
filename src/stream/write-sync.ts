import { writeSync } from 'node:fs';

/**
 * Write all of `bytes` to a file descriptor before returning, so the caller may reuse the buffer: a
 * non-blocking pipe that is full (EAGAIN) is waited on, not queued.
 */
export function writeAllSync(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    }
  }
}
