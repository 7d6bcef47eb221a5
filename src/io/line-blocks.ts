/** Cut a stream of chunks into blocks of whole lines, each with the number of its first line. */
export class LineBlocks {
  /** The unfinished last line, in the pieces it came in: joined once, when it ends (a long line costs a copy, not one a chunk). */
  private carry: Buffer[] = [];
  private nextLine = 1;

  /**
   * The whole lines that end in this chunk, as blocks: the line begun in an earlier chunk joined with
   * its end (a small copy), then the rest of the chunk in place. The chunk may be reused once the
   * blocks are consumed; only an unfinished last line is copied and kept.
   */
  push(chunk: Buffer): { bytes: Buffer; firstLine: number }[] {
    const blocks: { bytes: Buffer; firstLine: number }[] = [];
    let start = 0;
    if (this.carry.length > 0) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.carry.push(Buffer.from(chunk));
        return blocks;
      }
      blocks.push(this.take(Buffer.concat([...this.carry, chunk.subarray(0, nl + 1)])));
      this.carry = [];
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= start) blocks.push(this.take(chunk.subarray(start, last + 1)));
    const rest = Math.max(start, last + 1);
    if (rest < chunk.length) this.carry.push(Buffer.from(chunk.subarray(rest)));
    return blocks;
  }

  /** The last line, when the input did not end with a line feed. */
  end(): { bytes: Buffer; firstLine: number } | null {
    const rest = Buffer.concat(this.carry);
    this.carry = [];
    return rest.length > 0 ? this.take(rest) : null;
  }

  private take(bytes: Buffer): { bytes: Buffer; firstLine: number } {
    const firstLine = this.nextLine;
    let n = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
    this.nextLine += n;
    return { bytes, firstLine };
  }
}
