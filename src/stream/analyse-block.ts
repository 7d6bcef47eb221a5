import { wordsOf } from '../core/normalize.js';
import { finishHashInto } from '../core/signature.js';
import { Hash64, hashWords } from './hash64.js';
import type { GatePrefilter } from './gate-prefilter.js';
import type { RuleJudge } from './rule-judge.js';
import { ASCII, BLANK_LINE, GATE_WORDS, SCAN_FIELDS, scanLine } from './scan-line.js';

// What a stream can know of a block of whole lines without knowing what came before it: each line's
// words and their hash, and what the rules say of it. Run on a worker thread (or on the stream's own
// thread); the thread that owns the stream then decides the lines in order: repeats, learned
// boilerplate, layout, output.

/**
 * Int32 fields a line: flags, word count, the two halves of the word hash, the rule that takes it
 * (its index + 1; 0: none), and where the line ends in the block (after its terminator).
 */
export const ROW = 6;
/** Flags. */
export const BLANK = 1;
/** Not valid UTF-8: the stream stops there. */
export const INVALID = 2;
/**
 * The rules were not asked: the line's previous or next text line is outside the block (the first and
 * last text lines of every block), so the owner asks them, given the line's texts in `edges`.
 */
export const OPEN = 4;
/** Kept, the line is written as the next string of `cuts` (glued junk cut out). */
export const CUT = 8;
/** With INVALID: the line holds a NUL byte (the input looks binary, as the in-memory path says of such a file). */
export const NUL_BYTE = 16;

/** A line whose rules the owner of the stream asks: its texts, and its neighbours' inside the block. */
export interface EdgeLine {
  /** Trimmed NFKC text, as rules read it. */
  text: string;
  /** The line as it is, without its terminator (cut rules read it). */
  raw: string;
  /** The previous text line's text; null: it is before the block. */
  prev: string | null;
  /** The next text line's text; null: it is after the block (or is a line that is not UTF-8). */
  next: string | null;
}

export interface BlockAnalysis {
  /** The texts of the OPEN lines, in order. */
  edges: EdgeLine[];
  /** The new texts of the CUT lines, in order. */
  cuts: string[];
}

const BLANK_TEXT = /^\s*$/u;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The length of a line without its terminator ("\n", "\r\n" or none). */
export function textLength(bytes: Uint8Array, start: number, end: number): number {
  let textEnd = end;
  if (textEnd > start && bytes[textEnd - 1] === 10) textEnd--;
  if (textEnd > start && bytes[textEnd - 1] === 13) textEnd--;
  return textEnd - start;
}

/** A copy of bytes start to end (a Buffer's own slice would be a view of memory that is read into again). */
export function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes, start, end);
}

/** Rows enough for most blocks of `bytes` bytes (a block with more lines gets new ones). */
export function rowsFor(bytes: number): number {
  return Math.max(1024, bytes >> 7) * ROW;
}

export class BlockAnalyser {
  private readonly hash = new Hash64();
  private readonly scan = new Int32Array(SCAN_FIELDS);
  /** The rows of the block's text lines, in order. */
  private textRows = new Int32Array(1024);

  constructor(
    private readonly judge: RuleJudge,
    private readonly prefilter: GatePrefilter,
  ) {}

  /**
   * The rows of `bytes` (ROW fields a line), in `rows` when it has room, else in new ones, for a block
   * whose first line is line `firstIndex` (0-based) of the stream. Every line ends with a line feed
   * but, at the end of the input, the last.
   */
  analyse(bytes: Uint8Array, firstIndex: number, rows: Int32Array): BlockAnalysis & { rows: Int32Array } {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Pass 1: each line's words, hash, kind and end. Text lines are listed (their row), with the texts
    // of the non-ASCII ones, which had to be decoded already.
    let textRows = this.textRows;
    let texts = 0;
    const decoded: string[] = []; // by row: trimmed NFKC text, then raw text
    const { scan } = this;
    // The first NUL byte, if any (one native search a block): its line stops the stream.
    const nul = view.indexOf(0);
    let start = 0;
    let row = 0;
    while (start < bytes.length) {
      let nl = bytes.indexOf(10, start);
      if (nl < 0) nl = bytes.length;
      let textEnd = nl;
      if (textEnd > start && bytes[textEnd - 1] === 13) textEnd--;
      const at = row * ROW;
      if (at + ROW > rows.length) {
        const more = new Int32Array(rows.length * 2);
        more.set(rows);
        rows = more;
      }
      if (texts === textRows.length) {
        const more = new Int32Array(textRows.length * 2);
        more.set(textRows);
        this.textRows = textRows = more;
      }
      rows[at + 4] = 0;
      rows[at + 5] = nl < bytes.length ? nl + 1 : nl;
      if (nul >= start && nul < nl) {
        rows[at] = INVALID | NUL_BYTE;
        textRows[texts++] = row;
        start = nl + 1;
        row++;
        continue;
      }
      scanLine(bytes, start, textEnd, this.prefilter, scan, 0);
      const flags = scan[0]!;
      if ((flags & ASCII) !== 0) {
        if ((flags & BLANK_LINE) !== 0) {
          rows[at] = BLANK;
        } else {
          rows[at] = (flags & GATE_WORDS) !== 0 ? 0 : GATE_FREE;
          rows[at + 1] = scan[1]!;
          finishHashInto(scan[2]!, scan[3]!, rows, at + 2);
          textRows[texts++] = row;
        }
      } else {
        let raw: string | null = null;
        try {
          raw = utf8.decode(bytes.subarray(start, textEnd));
        } catch {
          rows[at] = INVALID;
          textRows[texts++] = row;
        }
        if (raw !== null) {
          if (BLANK_TEXT.test(raw)) {
            rows[at] = BLANK;
          } else {
            const words = wordsOf(raw);
            const [hi, lo] = hashWords(words, this.hash);
            rows[at] = DECODED;
            rows[at + 1] = words.length;
            rows[at + 2] = hi;
            rows[at + 3] = lo;
            decoded[2 * row] = raw.normalize('NFKC').trim();
            decoded[2 * row + 1] = raw;
            textRows[texts++] = row;
          }
        }
      }
      start = nl + 1;
      row++;
    }

    // Pass 2: the rules, for each text line whose neighbours are both in the block. Texts are made
    // once each, one line ahead; null for a line that is not UTF-8.
    const edges: EdgeLine[] = [];
    const cuts: string[] = [];
    let prevText: string | null = null;
    let text: string | null = null;
    let raw = '';
    let nextText: string | null = null;
    let nextRaw = '';
    const load = (k: number): void => {
      const r = textRows[k]!;
      if ((rows[r * ROW]! & INVALID) !== 0) {
        nextText = null;
        return;
      }
      if ((rows[r * ROW]! & DECODED) !== 0) {
        nextText = decoded[2 * r]!;
        nextRaw = decoded[2 * r + 1]!;
        return;
      }
      const lineStart = r === 0 ? 0 : rows[(r - 1) * ROW + 5]!;
      nextRaw = latin1(view, lineStart, lineStart + textLength(bytes, lineStart, rows[r * ROW + 5]!));
      nextText = nextRaw.trim();
    };
    if (texts > 0) load(0);
    for (let k = 0; k < texts; k++) {
      text = nextText;
      raw = nextRaw;
      if (k + 1 < texts) load(k + 1);
      else nextText = null;
      const at = textRows[k]! * ROW;
      if (text !== null) {
        const gateFree = (rows[at]! & GATE_FREE) !== 0;
        rows[at] &= ~(GATE_FREE | DECODED);
        if (k === 0 || prevText === null || nextText === null) {
          rows[at] |= OPEN;
          edges.push({ text, raw, prev: k === 0 ? null : prevText, next: nextText });
        } else {
          const rule = this.judge.reasonIndex(text, raw, firstIndex + textRows[k]!, prevText, nextText, gateFree ? 0 : undefined);
          rows[at + 4] = rule + 1;
          if (rule < 0) {
            const line = raw;
            const cut = this.judge.cut(() => line);
            if (cut !== null) {
              rows[at] |= CUT;
              cuts.push(cut);
            }
          }
        }
      }
      prevText = text;
    }
    return { rows, edges, cuts };
  }
}

/** While a block is analysed: an ASCII line in which no rule's gate word can be (its gate mask is 0). */
const GATE_FREE = 1 << 8;
/** While a block is analysed: a line whose texts were made in the first pass (it is not ASCII). */
const DECODED = 1 << 9;

// Buffer's own latin1Slice, where there is one (every Node release has it): toString('latin1', …)
// checks its arguments and the encoding name first, which costs more than a short line's copy.
const bufferLatin1 = (Buffer.prototype as unknown as { latin1Slice?: (start: number, end: number) => string }).latin1Slice;
function latin1(view: Buffer, start: number, end: number): string {
  return bufferLatin1 ? bufferLatin1.call(view, start, end) : view.toString('latin1', start, end);
}

