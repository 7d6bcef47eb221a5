import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempNameFor } from './temp-files.js';

/**
 * Replace `target` with `content` so that a reader (or a crash) only ever sees the old file or the
 * new one: write a temp file in the same folder, flush it, then rename over the target. The mode of an
 * existing target is kept. On any failure the temp file is removed and the target is untouched.
 */
export function writeAtomically(target: string, content: string | Buffer, mode?: number): void {
  let fileMode = mode;
  if (fileMode === undefined) {
    try {
      fileMode = statSync(target).mode & 0o7777;
    } catch {
      fileMode = 0o644;
    }
  }
  const temp = join(dirname(target), tempNameFor(target, process.pid, randomBytes(6).toString('hex')));
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', fileMode);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already gone
    }
    throw error;
  }
}
