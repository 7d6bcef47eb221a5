import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempNameFor } from './temp-files.js';

/**
 * Replace `target` with `content` so that a reader (or a crash) only ever sees the old file or the
 * new one: write a temp file in the same folder, flush it, then rename over the target. The mode of an
 * existing target is kept. On any failure the temp file is removed and the target is untouched.
 */
export interface WriteOptions {
  /** Keep this file mode (default: the existing file's, else 0o644 under the umask). */
  mode?: number;
  /**
   * Flush the data to the disk before the rename (default true), so that even a power loss leaves the
   * old file or the new one. A process crash cannot leave half a file either way.
   */
  durable?: boolean;
}

export function writeAtomically(path: string, content: string | Buffer, { mode, durable = true }: WriteOptions = {}): void {
  // Through a symbolic link to the file it names: the link stays a link.
  const target = existingRealPath(path) ?? path;
  let existing: Stats | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  const fileMode = mode ?? (existing ? existing.mode & 0o7777 : 0o644);
  const temp = join(dirname(target), tempNameFor(target, process.pid, randomBytes(6).toString('hex')));
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', fileMode);
    if (existing || mode !== undefined) fchmodSync(fd, fileMode); // the umask must not change a file's mode
    if (existing && process.getuid?.() === 0) keepOwner(fd, existing);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    if (durable) fsyncSync(fd);
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

function existingRealPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Run as root, a rewritten file keeps its owner and group instead of becoming root's. */
function keepOwner(fd: number, existing: Stats): void {
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    // a file system without owners (some mounts): the content matters more
  }
}
