import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeBytes, type Encoding } from './encoding.js';
import { IS_OUTPUT_FILE, isSameFile, type FileIdentity } from './output-file.js';
import { checkStreamable } from './streamable.js';
import { versionOf, type FileVersion } from './write-atomic.js';
import { MAX_DOCUMENT_LINES } from './read-chunks.js';

export type ReadResult =
  | { ok: true; text: string; encoding: Encoding; version?: FileVersion }
  | { ok: false; error: string; binary?: boolean; large?: boolean };

/** Decode bytes (strict UTF-8 unless told or a UTF-16 BOM says otherwise); binary and bad bytes are refused, never mangled. */
export function decodeText(bytes: Uint8Array, encoding?: Encoding): ReadResult {
  return decodeBytes(bytes, encoding);
}

/** Past this a file cannot become one JavaScript string (V8 caps strings near 2^29 characters). */
export const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024;

export interface ReadOptions {
  /** Decode as this; default UTF-8, or UTF-16 when a BOM says so. */
  encoding?: Encoding;
  /** Standard output's file: refused as an input (it would be read as it is written). */
  outputFile?: FileIdentity | null;
  /**
   * Past this many bytes, or MAX_DOCUMENT_LINES lines, the file is not read (or not decoded) but
   * answered with `large: true`: the caller streams it. Unset: read whole up to MAX_IN_MEMORY_BYTES.
   */
  streamPast?: number;
}


export function readText(path: string, { encoding, outputFile, streamPast }: ReadOptions = {}): ReadResult {
  let bytes: Buffer;
  let fd: number | undefined;
  let version: FileVersion | undefined;
  try {
    // One open, one fstat, the reads: the size is checked on the file that is read.
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (isSameFile(stat, outputFile)) return { ok: false, error: IS_OUTPUT_FILE };
    const size = stat.size;
    if (streamPast !== undefined && stat.isFile() && size > streamPast) {
      const check = checkStreamable(fd);
      if ('ok' in check) return check.ok ? { ok: false, error: TOO_LARGE, large: true } : check;
      // UTF-16: read whole below, as before.
    }
    if (size > MAX_IN_MEMORY_BYTES) {
      return { ok: false, error: `is too large to clean as one document (${Math.round(size / 1048576)} MiB, the limit is 512 MiB); stream it instead: dedupe-article --stream FILE > OUT` };
    }
    bytes = readAll(fd, size, stat.isFile());
    if (stat.isFile()) version = versionOf(stat);
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const decoded = decodeText(bytes, encoding);
  // Decoded first: a file the stream would stop in is refused now, whole.
  if (decoded.ok && decoded.encoding === 'utf-8' && streamPast !== undefined && bytes.length > MAX_DOCUMENT_LINES && linesIn(bytes) > MAX_DOCUMENT_LINES) {
    return { ok: false, error: TOO_LARGE, large: true };
  }
  return decoded.ok && version ? { ...decoded, version } : decoded;
}

const TOO_LARGE = 'is too large to clean as one document: it is streamed';

/** Lines: line feeds, and a last line without one. */
export function linesIn(bytes: Uint8Array): number {
  const n = lineFeedsIn(bytes);
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

export function lineFeedsIn(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
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
    case 'EREADONLY':
      return 'the file is read-only (make it writable to let it be replaced)';
    case 'ECHANGED':
      return 'it changed while it was cleaned (another program is writing it?); left as it is: run again when it is done';
    case 'EIO':
      return 'input/output error';
    default:
      return code ? `${(error as Error).message}` : String((error as Error)?.message ?? error);
  }
}
