import { statSync } from 'node:fs';
import { basename } from 'node:path';

// Temporary files are named so that a run stranded by SIGKILL can be recognised as ours later:
// `.<name>.dedupe-article-<pid>-<random>.tmp`, beside the file they will replace.
const TEMP_MARK = '.dedupe-article-';
const TEMP_NAME = /^\..+\.dedupe-article-(\d+)-[0-9a-f]+\.tmp$/;

/** The longest file name most file systems take, in bytes (ext4, XFS, APFS; NTFS counts 255 UTF-16 units). */
const NAME_MAX_BYTES = 255;

/**
 * The temp name for `target`. A long name is shortened in the temp name (the file keeps its own): a
 * scraped article's slug can be 250 bytes, and with the mark added the temp name could not be created.
 */
export function tempNameFor(target: string, pid: number, random: string): string {
  const suffix = `${TEMP_MARK}${pid}-${random}.tmp`;
  return `.${fitBytes(basename(target), NAME_MAX_BYTES - 1 - Buffer.byteLength(suffix))}${suffix}`;
}

/** `name` cut to at most `bytes` bytes of UTF-8, at a character boundary. */
function fitBytes(name: string, bytes: number): string {
  if (Buffer.byteLength(name) <= bytes) return name;
  let used = 0;
  let end = 0;
  for (const ch of name) {
    used += Buffer.byteLength(ch);
    if (used > bytes) break;
    end += ch.length;
  }
  return name.slice(0, end);
}

export function isOurTempFile(path: string): boolean {
  return TEMP_NAME.test(basename(path));
}

/** A temp file this old is stranded whatever its process: a run writes one and renames it at once. */
const IN_FLIGHT_MS = 60 * 60 * 1000;

/**
 * May another run be writing this temp file right now? Yes while the process named in it lives (on
 * this machine) and the file is under an hour old. Two runs over one folder must not remove each
 * other's files: the other's rename would then fail.
 */
export function mayBeInFlight(path: string, now = Date.now()): boolean {
  const pid = Number(TEMP_NAME.exec(basename(path))?.[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process lives, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return now - statSync(path).mtimeMs < IN_FLIGHT_MS;
  } catch {
    return false;
  }
}
