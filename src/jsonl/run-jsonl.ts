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
 * A JSONL stream, chunk by chunk: records out in the order they came, one line each; a bad record is
 * reported with its line number, passed through unchanged, and the run goes on.
 */
export class JsonlCleaner {
  private carry: Buffer | null = null;
  private lineNo = 0;
  readonly totals: JsonlTotals = { records: 0, changed: 0, errors: 0 };

  constructor(
    private readonly clean: Cleaner,
    private readonly options: JsonlOptions,
    private readonly write: (text: string) => void,
    private readonly error: (lineNo: number, message: string) => void,
  ) {}

  push(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    let start = 0;
    const out: string[] = [];
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      out.push(this.record(buf.subarray(start, nl)), '\n');
      start = nl + 1;
    }
    if (start < buf.length) this.carry = Buffer.from(buf.subarray(start));
    if (out.length > 0) this.write(out.join(''));
  }

  end(): JsonlTotals {
    if (this.carry) this.write(this.record(this.carry));
    this.carry = null;
    return this.totals;
  }

  private record(bytes: Uint8Array): string {
    this.lineNo++;
    let line: string;
    try {
      line = utf8.decode(bytes);
    } catch {
      this.fail('not valid UTF-8');
      return Buffer.from(bytes).toString('latin1');
    }
    const body = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (body.trim() === '') return line;
    this.totals.records++;
    const r = cleanRecord(body, this.clean, this.options);
    if ('error' in r) this.fail(r.error);
    else if (r.changed) this.totals.changed++;
    return r.line + line.slice(body.length);
  }

  private fail(message: string): void {
    this.totals.errors++;
    this.error(this.lineNo, message);
  }
}
