/** Where the run's words go: content on stdout, everything about the run on stderr. */
export interface Console {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const PROGRAM = 'dedupe-article';

// Control characters (a line feed would split the message, an escape sequence would drive the terminal)
// and the marks that reorder text on screen: a scraped file's name is whatever the site made it.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A path as a message shows it: as it is, or, when it holds a character that would break the one-line
 * message or the terminal, in double quotes with such characters escaped ("bad\nname.txt",
 * "x\u202Etxt.exe"), and `"` and `\` escaped too, so the quoted form reads back unambiguously.
 */
export function displayPath(path: string): string {
  if (!UNSAFE.test(path)) return path;
  const escaped = path.replace(/["\\]/g, '\\$&').replace(UNSAFE_ALL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `"${escaped}"`;
}

export function fileError(path: string, cause: string): string {
  return `${PROGRAM}: ${displayPath(path)}: ${cause}`;
}

/**
 * Standard output could not take the run's output (a full disk, a closed or broken descriptor): the run
 * stops with one line naming standard output, not the input in hand. `code` EPIPE is a reader that went
 * away (`| head`), which ends the run quietly.
 */
export class StdoutError extends Error {
  readonly code: string | undefined;

  constructor(readonly reason: unknown) {
    super((reason as Error)?.message ?? String(reason));
    this.code = (reason as NodeJS.ErrnoException)?.code;
  }
}
