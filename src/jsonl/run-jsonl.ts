import type { Cleaner } from '../core/clean.js';
import { fieldSpan } from './field-span.js';

export interface JsonlOptions {
  field: string;
  stats: boolean;
}

export interface JsonlTotals {
  records: number;
  changed: number;
  errors: number;
}

/** A block of whole JSONL lines, cleaned: the output text and the bad records, by line number. */
export interface JsonlBlockResult {
  text: string;
  errors: { line: number; message: string }[];
  records: number;
  changed: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Clean one JSONL record: the field's text is cleaned and spliced back; every other byte of the line
 * stays. A record that cannot be cleaned comes back unchanged, with the reason.
 */
export function cleanRecord(line: string, clean: Cleaner, o: JsonlOptions): { line: string; changed: boolean } | { line: string; error: string } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { line, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { line, error: 'not a JSON object' };
  const value = (record as Record<string, unknown>)[o.field];
  if (typeof value !== 'string') return { line, error: value === undefined ? `no "${o.field}" field` : `"${o.field}" is not a string` };
  const span = fieldSpan(line, o.field)!;
  const result = clean(value);
  let out = result.changed ? line.slice(0, span.start) + JSON.stringify(result.text) + line.slice(span.end) : line;
  if (o.stats) {
    const close = out.lastIndexOf('}');
    const empty = /^\{\s*$/.test(out.slice(0, close));
    out = `${out.slice(0, close)}${empty ? '' : ','}"dedupe_stats":${JSON.stringify(result.stats)}${out.slice(close)}`;
  }
  return { line: out, changed: result.changed };
}

/**
 * Clean a block of whole lines (each ended by a line feed, but maybe the last of the input), the first
 * being line `firstLine`: one output line per input line, in order; bad records pass through unchanged.
 */
export function cleanJsonlBlock(bytes: Uint8Array, firstLine: number, clean: Cleaner, o: JsonlOptions): JsonlBlockResult {
  const result: JsonlBlockResult = { text: '', errors: [], records: 0, changed: 0 };
  const out: string[] = [];
  let lineNo = firstLine;
  let start = 0;
  while (start < bytes.length) {
    let nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    out.push(cleanLine(bytes.subarray(start, end), lineNo, clean, o, result));
    if (nl >= 0) out.push('\n');
    else nl = bytes.length;
    start = nl + 1;
    lineNo++;
  }
  result.text = out.join('');
  return result;
}

function cleanLine(bytes: Uint8Array, lineNo: number, clean: Cleaner, o: JsonlOptions, into: JsonlBlockResult): string {
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    into.errors.push({ line: lineNo, message: 'not valid UTF-8' });
    return Buffer.from(bytes).toString('latin1');
  }
  const body = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (body.trim() === '') return line;
  into.records++;
  const r = cleanRecord(body, clean, o);
  if ('error' in r) into.errors.push({ line: lineNo, message: r.error });
  else if (r.changed) into.changed++;
  return r.line + line.slice(body.length);
}

/** Cut a stream of chunks into blocks of whole lines, each with the number of its first line. */
export class LineBlocks {
  private carry: Buffer | null = null;
  private nextLine = 1;

  /**
   * The whole lines that end in this chunk, as blocks: the line begun in an earlier chunk joined with
   * its end (a small copy), then the rest of the chunk in place. The chunk may be reused once the
   * blocks are consumed; only an unfinished last line is copied and kept.
   */
  push(chunk: Buffer): { bytes: Buffer; firstLine: number }[] {
    const blocks: { bytes: Buffer; firstLine: number }[] = [];
    let start = 0;
    if (this.carry) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.carry = Buffer.concat([this.carry, chunk]);
        return blocks;
      }
      blocks.push(this.take(Buffer.concat([this.carry, chunk.subarray(0, nl + 1)])));
      this.carry = null;
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= start) blocks.push(this.take(chunk.subarray(start, last + 1)));
    const rest = Math.max(start, last + 1);
    if (rest < chunk.length) this.carry = Buffer.from(chunk.subarray(rest));
    return blocks;
  }

  /** The last line, when the input did not end with a line feed. */
  end(): { bytes: Buffer; firstLine: number } | null {
    const rest = this.carry;
    this.carry = null;
    return rest && rest.length > 0 ? this.take(rest) : null;
  }

  private take(bytes: Buffer): { bytes: Buffer; firstLine: number } {
    const firstLine = this.nextLine;
    let n = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
    this.nextLine += n;
    return { bytes, firstLine };
  }
}
