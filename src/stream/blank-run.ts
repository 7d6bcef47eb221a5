import { copyOf } from './analyse-block.js';

/**
 * A run of blank lines held by a stream until it knows whether they are written: their bytes as they
 * came (spaces, tabs and terminators), in one growing buffer. A run of one line repeated (the usual
 * case: a thousand empty lines) is kept as that line and a count until a different one comes, so a
 * file of millions of empty lines costs a few bytes, not an object a line.
 */
export class BlankRun {
  private line: Uint8Array | null = null;
  private repeats = 0;
  private bytes: Uint8Array | null = null;
  private length = 0;

  get isEmpty(): boolean {
    return this.repeats === 0 && this.length === 0;
  }

  /** The next blank line: bytes start to end of `source`, with its terminator. */
  add(source: Uint8Array, start: number, end: number): void {
    if (this.bytes === null && (this.line === null || sameBytes(this.line, source, start, end))) {
      this.line ??= copyOf(source, start, end);
      this.repeats++;
      return;
    }
    if (this.bytes === null) {
      // A different line: from here on the run is its bytes.
      const line = this.line!;
      for (let i = 0; i < this.repeats; i++) this.append(line, 0, line.length);
      this.line = null;
      this.repeats = 0;
    }
    this.append(source, start, end);
  }

  /** Each line of the run in order, whole (terminator included), as `write` takes them: a line or a block of whole lines. */
  forEachBlock(write: (bytes: Uint8Array) => void): void {
    if (this.line) {
      // Written in blocks of many copies: one call a copy would be slow for a million of them.
      const copies = Math.max(1, Math.min(this.repeats, Math.floor(65_536 / Math.max(1, this.line.length))));
      const block = new Uint8Array(copies * this.line.length);
      for (let i = 0; i < copies; i++) block.set(this.line, i * this.line.length);
      for (let left = this.repeats; left > 0; left -= copies) write(left >= copies ? block : block.subarray(0, left * this.line.length));
    }
    if (this.bytes) write(this.bytes.subarray(0, this.length));
  }

  private append(source: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (!this.bytes || this.length + n > this.bytes.length) {
      const more = new Uint8Array(Math.max(256, (this.length + n) * 2));
      if (this.bytes) more.set(this.bytes.subarray(0, this.length));
      this.bytes = more;
    }
    this.bytes.set(source.subarray(start, end), this.length);
    this.length += n;
  }
}

function sameBytes(line: Uint8Array, source: Uint8Array, start: number, end: number): boolean {
  if (line.length !== end - start) return false;
  for (let i = 0; i < line.length; i++) if (line[i] !== source[start + i]) return false;
  return true;
}
