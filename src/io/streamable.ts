import { isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { firstInvalidUtf8, HAS_NUL_BYTES, notUtf8, sniff } from './encoding.js';
import { CHUNK_BYTES } from './read-chunks.js';

export type Streamable = { ok: true } | { ok: false; error: string; binary: boolean } | { utf16: true };

/**
 * Read a large file through once, without keeping it, for what would stop a stream part way: a NUL byte
 * or a byte that is not UTF-8. Found first, such a file is refused as a whole read refuses it (the same
 * words, a binary file in a folder skipped with a warning), not after half of it went to the output.
 * A UTF-16 file (its BOM) is answered `utf16`: a stream reads UTF-8 only, so it is cleaned whole.
 * Positional reads: the descriptor's offset is left where it was.
 */
export function checkStreamable(fd: number): Streamable {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES + 4);
  let carried = 0; // bytes of a character cut by the last chunk's end, moved to the buffer's start
  let offset = 0; // of the buffer's first byte in the file
  for (let first = true; ; first = false) {
    const n = readSync(fd, buffer, carried, CHUNK_BYTES, offset + carried);
    const bytes = buffer.subarray(0, carried + n);
    if (first && sniff(bytes) !== 'utf-8') return { utf16: true };
    if (n === 0) return carried === 0 ? { ok: true } : { ok: false, binary: false, error: notUtf8(offset) };
    if (bytes.indexOf(0) !== -1) return { ok: false, binary: true, error: HAS_NUL_BYTES };
    const whole = completeUpTo(bytes);
    if (!isUtf8(bytes.subarray(0, whole))) return { ok: false, binary: false, error: notUtf8(offset + firstInvalidUtf8(bytes.subarray(0, whole))) };
    bytes.copy(buffer, 0, whole);
    carried = bytes.length - whole;
    offset += whole;
  }
}

/** Where the last character that the bytes hold whole ends: a lead byte near the end whose sequence is cut stays for the next chunk. */
function completeUpTo(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  for (let back = 0; back < 3 && i >= 0 && (bytes[i]! & 0xc0) === 0x80; back++) i--;
  if (i < 0) return bytes.length;
  const lead = bytes[i]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + length > bytes.length ? i : bytes.length;
}
