/** Whole lines of the input, the first being line `firstLine` (1-based). */
export interface LineBlock {
  long: false;
  bytes: Buffer;
  firstLine: number;
}

/**
 * A piece of a line too long to hold (see LineBlocks): the first piece holds its bytes so far, the
 * last ends with its line feed (or the input). Each is valid until the next call to push.
 */
export interface LongLinePiece {
  long: true;
  bytes: Buffer;
  line: number;
  first: boolean;
  last: boolean;
}

export type LineItem = LineBlock | LongLinePiece;

/**
 * Cut a stream of chunks into blocks of whole lines, each with the number of its first line. A line
 * longer than `longLine` bytes (its line feed counted) is handed on by itself, in pieces as it comes:
 * memory stays bounded whatever the input (a file with no line feed at all is one such line).
 */
export class LineBlocks {
  /** The unfinished last line, in the pieces it came in: joined once, when it ends (a long line costs a copy, not one a chunk). */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** Inside a line past `longLine`: the rest of it goes out piece by piece. */
  private inLong = false;
  private nextLine = 1;

  constructor(private readonly longLine = Infinity) {}

  /**
   * The whole lines that end in this chunk, as blocks: the line begun in an earlier chunk joined with
   * its end (a small copy), then the rest of the chunk in place. The chunk may be reused once the
   * items are consumed; only an unfinished last line is copied and kept.
   */
  push(chunk: Buffer): LineItem[] {
    const items: LineItem[] = [];
    let start = 0;
    if (this.inLong || this.carry.length > 0) {
      const nl = chunk.indexOf(10);
      if (this.inLong) {
        items.push(this.piece(nl < 0 ? chunk : chunk.subarray(0, nl + 1), false, nl >= 0));
        if (nl < 0) return items;
      } else if (nl < 0) {
        this.hold(chunk, items);
        return items;
      } else {
        this.take(Buffer.concat([...this.carry, chunk.subarray(0, nl + 1)]), items);
        this.carry = [];
        this.carryBytes = 0;
      }
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= start) this.take(chunk.subarray(start, last + 1), items);
    const rest = Math.max(start, last + 1);
    if (rest < chunk.length) this.hold(chunk.subarray(rest), items);
    return items;
  }

  /** The last line, when the input did not end with a line feed. */
  end(): LineItem | null {
    if (this.inLong) return this.piece(Buffer.alloc(0), false, true);
    const rest = Buffer.concat(this.carry);
    this.carry = [];
    this.carryBytes = 0;
    const items: LineItem[] = [];
    if (rest.length > 0) this.take(rest, items);
    return items[0] ?? null;
  }

  /** Keep the start of an unfinished line; past `longLine` it goes out as the first piece of a long line. */
  private hold(bytes: Buffer, items: LineItem[]): void {
    this.carry.push(Buffer.from(bytes));
    this.carryBytes += bytes.length;
    if (this.carryBytes <= this.longLine) return;
    const first = Buffer.concat(this.carry);
    this.carry = [];
    this.carryBytes = 0;
    items.push(this.piece(first, true, false));
  }

  private piece(bytes: Buffer, first: boolean, last: boolean): LongLinePiece {
    this.inLong = !last;
    const line = this.nextLine;
    if (last) this.nextLine++;
    return { long: true, bytes, line, first, last };
  }

  /**
   * Whole lines as blocks, the line number counted on; a line past `longLine` among them goes out on its
   * own, as a long line in one piece (however the input was cut, the same lines are long).
   */
  private take(bytes: Buffer, items: LineItem[]): void {
    let blockStart = 0;
    let blockLine = this.nextLine;
    let lineStart = 0;
    while (lineStart < bytes.length) {
      const nl = bytes.indexOf(10, lineStart);
      const end = nl < 0 ? bytes.length : nl + 1;
      if (end - lineStart > this.longLine) {
        if (lineStart > blockStart) items.push({ long: false, bytes: bytes.subarray(blockStart, lineStart), firstLine: blockLine });
        items.push({ long: true, bytes: bytes.subarray(lineStart, end), line: this.nextLine, first: true, last: true });
        blockStart = end;
        blockLine = this.nextLine + 1;
      }
      this.nextLine++;
      lineStart = end;
    }
    if (blockStart < bytes.length) items.push({ long: false, bytes: bytes.subarray(blockStart), firstLine: blockLine });
  }
}
