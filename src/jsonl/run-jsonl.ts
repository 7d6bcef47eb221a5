import type { Cleaner } from '../core/clean.js';
import { fieldSpan } from './field-span.js';
import { MAX_DOCUMENT_LINES } from '../io/read-chunks.js';

export interface JsonlOptions {
  field: string;
  stats: boolean;
}

export interface JsonlTotals {
  records: number;
  changed: number;
  errors: number;
}

/**
 * A record past this many bytes is passed through unchanged, with an error, in pieces as it comes: no
 * article is that long, and parsing one would take memory without bound.
 */
export const MAX_RECORD_BYTES = 64 << 20;
export const TOO_LONG = `longer than ${MAX_RECORD_BYTES >> 20} MiB (no article is)`;

/**
 * A text of more lines than any article has is passed through as it is, with an error: cleaned whole it
 * would cost about 1 KB a line (a 6 MB record of 2 million short lines took 2.3 GB), and a record is
 * one document, not a stream.
 */
const TOO_MANY_LINES = (field: string) => `"${field}" has more than ${MAX_DOCUMENT_LINES.toLocaleString('en-US')} lines (no article has); passed through uncleaned`;

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1 && n <= MAX_DOCUMENT_LINES; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** A block of whole JSONL lines, cleaned: the output bytes and the bad records, by line number. */
export interface JsonlBlockResult {
  bytes: Uint8Array;
  errors: { line: number; message: string }[];
  records: number;
  changed: number;
}

// A BOM is kept in the text (the default drops it silently): a record that starts with one (files joined
// with `cat`) is parsed without it and written back with it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The byte order mark a record line starts with (files joined with `cat` have one at each join), or ''. */
export function leadingBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
}

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
  if (value.length > MAX_DOCUMENT_LINES && (countOf(value, '\n') > MAX_DOCUMENT_LINES || countOf(value, '\r') > MAX_DOCUMENT_LINES)) return { line, error: TOO_MANY_LINES(o.field) };
  const span = fieldSpan(line, o.field)!;
  const result = clean(value);
  let out = result.changed ? line.slice(0, span.start) + jsonString(result.text) + line.slice(span.end) : line;
  if (o.stats) out = withStats(out, JSON.stringify(result.stats));
  return { line: out, changed: result.changed };
}

/**
 * The cleaned text as a JSON string, with U+0085, U+2028 and U+2029 escaped as well: JSON allows them raw, but
 * readers that split lines at every Unicode line break (Python's str.splitlines, JavaScript's old
 * eval) would cut the record in two.
 */
const LINE_BREAKS = /[\u0085\u2028\u2029]/;
const LINE_BREAKS_ALL = /[\u0085\u2028\u2029]/g;
function jsonString(text: string): string {
  const json = JSON.stringify(text);
  return LINE_BREAKS.test(json) ? json.replace(LINE_BREAKS_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

const STATS_KEY = 'dedupe_stats';

/**
 * The record with its stats: a record that has the key already (output fed through again) gets its
 * value replaced where it stands, or it would hold the key twice; any other gets the key at its end.
 */
function withStats(record: string, stats: string): string {
  const span = fieldSpan(record, STATS_KEY);
  if (span) return record.slice(0, span.start) + stats + record.slice(span.end);
  const close = record.lastIndexOf('}');
  const empty = /^\{\s*$/.test(record.slice(0, close));
  return `${record.slice(0, close)}${empty ? '' : ','}"${STATS_KEY}":${stats}${record.slice(close)}`;
}

/**
 * Clean a block of whole lines (each ended by a line feed, but maybe the last of the input), the first
 * being line `firstLine`: one output line per input line, in order; bad records pass through unchanged.
 */
export function cleanJsonlBlock(bytes: Uint8Array, firstLine: number, clean: Cleaner, o: JsonlOptions): JsonlBlockResult {
  const result: JsonlBlockResult = { bytes: new Uint8Array(0), errors: [], records: 0, changed: 0 };
  // The output as text, but for lines that are not UTF-8: those go out as the bytes they are.
  const parts: Uint8Array[] = [];
  let out: string[] = [];
  let lineNo = firstLine;
  let start = 0;
  while (start < bytes.length) {
    let nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    const line = cleanLine(bytes.subarray(start, end), lineNo, clean, o, result);
    if (line === null) {
      parts.push(Buffer.from(out.join(''), 'utf8'), bytes.slice(start, end));
      out = [];
    } else out.push(line);
    if (nl >= 0) out.push('\n');
    else nl = bytes.length;
    start = nl + 1;
    lineNo++;
  }
  parts.push(Buffer.from(out.join(''), 'utf8'));
  result.bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  return result;
}

/** The line's output text; null for a line that is not UTF-8 (it goes out as it is). */
function cleanLine(bytes: Uint8Array, lineNo: number, clean: Cleaner, o: JsonlOptions, into: JsonlBlockResult): string | null {
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    into.errors.push({ line: lineNo, message: 'not valid UTF-8' });
    return null;
  }
  const body = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (body.trim() === '') return line;
  into.records++;
  const bom = leadingBom(body);
  const r = cleanRecord(body.slice(bom.length), clean, o);
  if ('error' in r) into.errors.push({ line: lineNo, message: r.error });
  else if (r.changed) into.changed++;
  return bom + r.line + line.slice(body.length);
}
