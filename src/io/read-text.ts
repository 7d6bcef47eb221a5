import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeBytes, type Encoding } from './encoding.js';
import { IS_OUTPUT_FILE, isSameFile, type FileIdentity } from './output-file.js';

export type ReadResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; error: string; binary?: boolean };

/** Decode bytes (strict UTF-8 unless told or a UTF-16 BOM says otherwise); binary and bad bytes are refused, never mangled. */
export function decodeText(bytes: Uint8Array, encoding?: Encoding): ReadResult {
  return decodeBytes(bytes, encoding);
}

/** Past this a file cannot become one JavaScript string (V8 caps strings near 2^29 characters). */
export const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024;

/** `outputFile`: standard output's file, refused as an input (read while it is written). */
export function readText(path: string, encoding?: Encoding, outputFile?: FileIdentity | null): ReadResult {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // One open, one fstat, the reads: the size is checked on the file that is read.
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (isSameFile(stat, outputFile)) return { ok: false, error: IS_OUTPUT_FILE };
    const size = stat.size;
    if (size > MAX_IN_MEMORY_BYTES) {
      return { ok: false, error: `is too large to clean as one document (${Math.round(size / 1048576)} MiB, the limit is 512 MiB); stream it instead: dedupe-article --stream FILE > OUT` };
    }
    bytes = readAll(fd, size, stat.isFile());
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeText(bytes, encoding);
}

/**
 * The whole file: a regular file as fstat sized it (what readFileSync reads too; one read call, no
 * second one to find the end), anything else (a pipe, a device) until it ends.
 */
function readAll(fd: number, size: number, regular: boolean): Buffer {
  let buffer = Buffer.allocUnsafe(regular ? size + 1 : 64 << 10);
  let length = 0;
  for (;;) {
    if (regular && length === size && size > 0) return buffer.subarray(0, length);
    if (length > MAX_IN_MEMORY_BYTES) throw Object.assign(new Error('grew past 512 MiB as it was read: too large to clean as one document; stream it instead: dedupe-article --stream FILE > OUT'), { code: 'EFBIG' });
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_IN_MEMORY_BYTES + 1)); // one byte past the limit tells it was passed
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

/** A file-system error as the short cause a user can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'ENOTDIR':
      return 'not a directory (a file stands where a folder is needed)';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EIO':
      return 'input/output error';
    default:
      return code ? `${(error as Error).message}` : String((error as Error)?.message ?? error);
  }
}
