import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { describeFsError } from '../io/read-text.js';

/** A refusal already worded as one line naming the file (an fs error is worded by describeFsError). */
class Refused extends Error {}

/**
 * A config or profile, read whole as UTF-8 (a leading BOM dropped): only a regular file (after
 * following links), of at most `maxBytes`. `/dev/zero` read whole grew to gigabytes and never ended, and
 * a named pipe waited for a writer for ever. Errors are one line: `PATH: cannot read the WHAT: cause`.
 */
export function readSettingsFile(path: string, what: string, maxBytes: number): string {
  const fail = (cause: string): never => {
    throw new Refused(`${path}: cannot read the ${what}: ${cause}`);
  };
  const tooLarge = () => fail(`is larger than ${mib(maxBytes)}, the most a ${what} may be`);
  if (path === '') fail('the file name is empty (an unset shell variable?)');
  let fd: number | undefined;
  try {
    // Asked before opening: opening a device may itself do something (a tape rewinds).
    refuseIfNotRegular(statSync(path), fail);
    // Non-blocking: a file swapped for a named pipe since the stat must not make open() wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    refuseIfNotRegular(stat, fail);
    if (stat.size > maxBytes) tooLarge();
    return readUpTo(fd, stat.size, maxBytes, tooLarge).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof Refused) throw error;
    return fail(describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refuseIfNotRegular(stat: Stats, fail: (cause: string) => never): void {
  if (stat.isFile()) return;
  if (stat.isDirectory()) fail('is a directory');
  if (stat.isFIFO()) fail('is a named pipe, not a regular file');
  if (stat.isSocket()) fail('is a socket, not a regular file');
  fail('is a device, not a regular file');
}

const mib = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MiB`;

/**
 * The bytes to the file's end, never more than `maxBytes`. fstat's size is a first guess, not trusted:
 * /proc files say 0 and have content, and a file may grow while it is read.
 */
function readUpTo(fd: number, size: number, maxBytes: number, tooLarge: () => never): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) tooLarge();
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, 64 << 10), maxBytes + 1)); // a byte past the limit tells it was passed
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

// Control characters and the marks that reorder text on screen, as src/cli/messages.ts escapes them in paths.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Text from a file made fit for a one-line message: such characters escaped as \n or \uXXXX. */
function oneLine(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** JSON.parse's reason on one line: it quotes the text near the fault, line feeds and escapes included. */
export function jsonError(error: unknown): string {
  return oneLine((error as Error).message);
}

/** The start of a value from a file (a pattern, a learned line), quoted: a message stays one short line. */
export function shortQuote(text: string, chars = 40): string {
  return oneLine(JSON.stringify(text.length > chars ? `${text.slice(0, chars)}…` : text));
}
