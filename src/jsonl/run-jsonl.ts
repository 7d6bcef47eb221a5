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
