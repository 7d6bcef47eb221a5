import { closeSync, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
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
  /**
   * The target as it was read: if it is no longer so when the new content is ready (another program
   * wrote it, or put another file in its place, while it was cleaned), nothing is replaced and the
   * write fails with code ECHANGED. Replacing it would lose what that program wrote.
   */
  unchangedSince?: FileVersion;
  /**
   * A symbolic link at the path: true (default) writes the file it names, and the link stays a link
   * (--write cleans the article a link names); false replaces the link itself with the file, so that a
   * link left in an output folder (--out-dir) can never make the run write anywhere else.
   */
  followLink?: boolean;
}

/** What tells that a file was written since: its identity, size and modification time. */
export interface FileVersion {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export const versionOf = (s: { dev: number; ino: number; size: number; mtimeMs: number }): FileVersion => ({ dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs });

function sameVersion(a: FileVersion, b: FileVersion | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * What is written: the bytes, or a function that writes them in pieces (a stream of any size) and says
 * whether the target is to be replaced at all (false: the temp file is removed, the target left as it is).
 */
export type Content = string | Uint8Array | ((write: (bytes: Uint8Array) => void) => boolean);

/** True when the target was replaced. */
export function writeAtomically(path: string, content: Content, { mode, durable = true, unchangedSince, followLink = true }: WriteOptions = {}): boolean {
  const { target, existing } = resolveTarget(path, followLink);
  // A file no one may write (chmod a-w) was made so on purpose: a rename would replace it regardless,
  // as it needs only the folder's permission, so it is asked here. Root included, as with the bits.
  if (existing && existing.isFile() && (existing.mode & 0o222) === 0) throw Object.assign(new Error(`${target} is read-only`), { code: 'EREADONLY' });
  const fileMode = mode ?? (existing ? existing.mode & 0o7777 : 0o644);
  const temp = join(dirname(target), tempNameFor(target, PID, `${runPart()}${(written++).toString(16)}`));
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', fileMode);
    if (existing || mode !== undefined) fchmodSync(fd, fileMode); // the umask must not change a file's mode
    if (existing && process.getuid?.() === 0) keepOwner(fd, existing);
    const out = fd;
    const write = (data: Uint8Array) => {
      let written = 0;
      while (written < data.length) written += writeSync(out, data, written, data.length - written);
    };
    if (typeof content !== 'function') write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    else if (!content(write)) {
      closeSync(fd);
      fd = undefined;
      unlinkSync(temp);
      return false;
    }
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Asked last, as near the rename as can be: the window left is the rename's own.
    if (unchangedSince && !sameVersion(unchangedSince, statOrNothing(target))) throw Object.assign(new Error(`${target} changed while it was cleaned`), { code: 'ECHANGED' });
    renameSync(temp, target);
    return true;
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

// Temp names: this process's id, a random part drawn once, and a count (one system call less a file
// than drawing each time, and as unique: no two temp files of one process share a count).
const PID = process.pid;
let run: string | undefined;
let written = 0;

/** The random part, drawn at the first temp file: a run that writes none (to stdout) loads no crypto. */
function runPart(): string {
  if (run === undefined) {
    const [n] = globalThis.crypto.getRandomValues(new Uint32Array(1));
    run = n!.toString(16).padStart(8, '0');
  }
  return run;
}

/**
 * The file to replace and its current state. A new file (the usual --out-dir case) costs one lstat;
 * a symbolic link is followed to the file it names, so the link stays a link.
 */
function resolveTarget(path: string, followLink: boolean): { target: string; existing: Stats | undefined } {
  let link: Stats | undefined;
  try {
    // Without throwing for a missing file: an error object (with its stack) for each new output cost
    // more than the system call.
    link = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    link = undefined;
  }
  if (!link) return { target: path, existing: undefined };
  if (!link.isSymbolicLink()) return { target: path, existing: link };
  // The link is replaced: the new file is made afresh, with the mode a new file gets.
  if (!followLink) return { target: path, existing: undefined };
  try {
    const target = realpathSync(path);
    return { target, existing: statSync(target) };
  } catch {
    // A dangling link: the file is created where the link stands.
    return { target: path, existing: undefined };
  }
}

function statOrNothing(path: string): FileVersion | undefined {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s && versionOf(s);
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
