import { normalizeText, wordsOf } from '../core/normalize.js';
import { DEFAULTS, type CleanOptions } from '../core/options.js';
import { LineBlocks, type LineItem, type LongLinePiece } from '../io/line-blocks.js';
import { BLANK, BlockAnalyser, copyOf, CUT, INVALID, NUL_BYTE, OPEN, ROW, rowsFor, textLength, type BlockAnalysis } from './analyse-block.js';
import { hashWords, HashSet64 } from './hash64.js';
import { acceptAll, type GatePrefilter } from './gate-prefilter.js';
import { BlankRun } from './blank-run.js';
import { RuleJudge } from './rule-judge.js';

export interface StreamStats {
  linesIn: number;
  linesRemoved: number;
  byReason: Record<string, number>;
}

export class StreamError extends Error {}

const OUT_CHUNK = 1 << 20;
/**
 * A line past this many bytes is no paragraph (a whole document run together, a file with no line
 * feed): it is written as it comes, in pieces, and no rule or repeat judges it. Holding it would cost
 * memory without bound, and the in-memory cleaner never compares a line so long either.
 */
export const LONG_LINE_BYTES = 1 << 20;
/** What the neighbours of such a line read of it: its start. */
const LONG_LINE_HEAD = 4096;

/** A line's terminator, held back until something follows it: none, LF, CRLF, or a CR that ends the input. */
const ENDINGS = [new Uint8Array(0), Uint8Array.of(10), Uint8Array.of(13, 10), Uint8Array.of(13)];

/** An OPEN line (see analyse-block.ts) waiting for the next text line, whose text its rules need. */
interface Pending {
  /** The line's bytes with its terminator (a copy). */
  bytes: Uint8Array;
  text: string;
  raw: string;
  prev: string;
  index: number;
  words: number;
  hi: number;
  lo: number;
}

/**
 * Cleans text of any size as it flows: bytes in, bytes out, memory bounded by one block of lines plus a
 * table of 64-bit hashes (18–36 bytes a distinct long paragraph). What a whole document allows and a
 * stream cannot see — near repeats, keeping the fuller of two copies, whole-document rules — is left to
 * the in-memory cleaner; rules, learned boilerplate and exact repeats apply line by line.
 *
 * The input is cut into blocks of whole lines. A block is analysed (analyse-block.ts: words, hashes,
 * the rules) here or, in a parallel stream, on a worker thread; this object then decides its lines in
 * input order: exact repeats, learned boilerplate, the rules of the lines at the block's edges, the
 * blank-line layout, and the output.
 */
export class StreamCleaner {
  private readonly judge: RuleJudge;
  private readonly prefilter: GatePrefilter;
  private readonly analyser: BlockAnalyser;
  private readonly boilerplate: ReadonlyMap<string, number> | undefined;
  private readonly boilerplateWords = new HashSet64(16);
  private readonly seen = new HashSet64();
  private readonly minWords: number;
  private readonly repeats: boolean;
  private readonly out = Buffer.allocUnsafe(OUT_CHUNK);
  private outLength = 0;
  /** Whole lines of the chunks pushed, in blocks. */
  private readonly lineBlocks: LineBlocks;
  private rows: Int32Array = new Int32Array(rowsFor(1 << 20));
  /** The first bytes, held until there are three: a BOM must be seen whole. */
  private head: Buffer | null = null;
  private started = false;
  private lineNo = 0;
  /** The text of the last text line seen (the previous line of the next). */
  private prevText = '';
  private pending: Pending | null = null;
  // Blank lines are layout, kept as renderDocument keeps them: those before the first text line, the
  // run nearest a kept line between two kept lines, and those after the last text line.
  private blanks = new BlankRun();
  private leading = new BlankRun();
  private gapBetween = new BlankRun();
  private anyKept = false;
  private anyText = false;
  /**
   * Kept lines not yet copied out: bytes runStart to runEnd of runBytes, whole lines that follow one
   * another in a block. Most kept lines extend the run, so a block's kept text is copied in a few
   * pieces, not one a line.
   */
  private runBytes: Uint8Array | null = null;
  private runStart = 0;
  private runEnd = 0;
  /** The terminator of the last line written (an index into ENDINGS), held back: a text ending without one must end so too. */
  private heldEnding = 0;
  /** The input's last byte so far (-1: none). */
  private lastByte = -1;
  /** Checks the UTF-8 of the long line being written, piece by piece. */
  private longLine: InstanceType<typeof TextDecoder> | null = null;
  private longLineCR = false;
  readonly stats: StreamStats = { linesIn: 0, linesRemoved: 0, byReason: {} };

  /** `sink` must be done with the bytes when it returns: the buffer it is given is written over next. */
  constructor(
    options: CleanOptions,
    private readonly sink: (bytes: Uint8Array) => void,
    longLineBytes = LONG_LINE_BYTES,
  ) {
    this.lineBlocks = new LineBlocks(longLineBytes);
    this.judge = new RuleJudge(options);
    this.prefilter = this.judge.prefilter ?? acceptAll();
    this.analyser = new BlockAnalyser(this.judge, this.prefilter);
    this.boilerplate = options.boilerplate;
    for (const key of options.boilerplate?.keys() ?? []) {
      const [hi, lo] = hashWords(wordsOf(key));
      this.boilerplateWords.add(hi, lo);
    }
    this.minWords = options.minRepeatWords ?? DEFAULTS.minRepeatWords;
    this.repeats = options.repeats !== false;
  }

  /** The byte automaton of this stream's rules (null: gates are off), for a worker thread to use too. */
  get prefilterShared(): GatePrefilter | null {
    return this.judge.prefilter;
  }

  /** True once the start of the input (its BOM, the UTF-16 check) is behind: blocks may come from lineBlocks. */
  get isStarted(): boolean {
    return this.started;
  }

  /** The next bytes of the input. The chunk is not kept: the caller may reuse it once this returns. */
  push(chunk: Buffer): void {
    const rest = this.started ? chunk : this.start(chunk);
    if (rest === null) return;
    for (const item of this.itemsOf(rest)) this.pushItem(item);
  }

  /**
   * The next bytes of the input once started, as blocks of whole lines and pieces of long lines, for the
   * caller to analyse or hand to pushItem (a parallel stream takes its blocks here).
   */
  itemsOf(chunk: Buffer): LineItem[] {
    if (chunk.length > 0) this.lastByte = chunk[chunk.length - 1]!;
    return this.lineBlocks.push(chunk);
  }

  /** A block of whole lines, or a piece of a long line, from lineBlocks. */
  pushItem(item: LineItem): void {
    if (item.long) this.pushLongPiece(item);
    else this.pushBlock(item.bytes, item.firstLine - 1);
  }

  /** Analyse a block of whole lines here, then decide it. */
  pushBlock(bytes: Uint8Array, firstIndex: number): void {
    const analysis = this.analyse(bytes, firstIndex, this.rows);
    this.rows = analysis.rows;
    this.decideBlock(bytes, analysis);
  }

  /** Analyse a block here (as a worker thread would), without deciding it yet; in `rows` if they have room. */
  analyse(bytes: Uint8Array, firstIndex: number, rows: Int32Array): BlockAnalysis & { rows: Int32Array } {
    return this.analyser.analyse(bytes, firstIndex, rows);
  }

  /** The end of the input: decide the last line, write what is held, return the counts. */
  end(): StreamStats {
    if (!this.started && this.head) {
      const rest = this.start(Buffer.alloc(0), true);
      if (rest) for (const item of this.itemsOf(rest)) this.pushItem(item);
    }
    const last = this.lineBlocks.end();
    if (last) this.pushItem(last);
    // The output ends with a line ending when the input does (a last line without one, maybe dropped, does not).
    const endsWithNewline = this.lastByte === 10 || this.lastByte === 13;
    this.decidePending('');
    this.flushRun();
    if (!this.anyText || this.anyKept) this.emitBlanks(this.blanks);
    if (this.heldEnding !== 0 && endsWithNewline) this.emitBytes(ENDINGS[this.heldEnding]!);
    this.heldEnding = 0;
    this.flush();
    return this.stats;
  }

  /**
   * The start of the input: the UTF-16 check, and a UTF-8 BOM written as it is. Returns the bytes after
   * it, or null while fewer than three bytes have come (`last`: no more will).
   */
  private start(chunk: Buffer, last = false): Buffer | null {
    const buf = this.head ? Buffer.concat([this.head, chunk]) : chunk;
    this.head = null;
    if (buf.length < 3 && buf[0] === 0xef && !last) {
      this.head = Buffer.from(buf);
      return null;
    }
    if (buf.length === 0) return null;
    this.started = true;
    if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
      throw new StreamError('is UTF-16 (it starts with a UTF-16 byte order mark); a stream must be UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8');
    }
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      this.emitBytes(buf.subarray(0, 3));
      return buf.subarray(3);
    }
    return buf;
  }

  /**
   * Decide the lines of an analysed block, in order. Nothing of the block is kept: the caller may
   * reuse its buffers once this returns.
   */
  decideBlock(block: Uint8Array, { rows, edges, cuts }: BlockAnalysis & { rows: Int32Array }): void {
    // A plain view: a Buffer's subarray costs far more than a Uint8Array's.
    const bytes = block.constructor === Uint8Array ? block : new Uint8Array(block.buffer, block.byteOffset, block.byteLength);
    let start = 0;
    let at = 0;
    let edge = 0;
    let cut = 0;
    while (start < bytes.length) {
      const end = rows[at + 5]!;
      const flags = rows[at]!;
      const index = this.lineNo++;
      this.stats.linesIn++;
      if ((flags & BLANK) !== 0) {
        this.blanks.add(bytes, start, end);
      } else if ((flags & INVALID) !== 0) {
        throw this.stopAt((flags & NUL_BYTE) !== 0 ? binaryLine(index + 1) : notUtf8(index + 1));
      } else if ((flags & OPEN) !== 0) {
        const e = edges[edge++]!;
        this.decidePending(e.text);
        this.startText();
        const prev = e.prev ?? this.prevText;
        this.prevText = e.text;
        const p: Pending = { bytes: copyOf(bytes, start, end), text: e.text, raw: e.raw, prev, index, words: rows[at + 1]!, hi: rows[at + 2]! >>> 0, lo: rows[at + 3]! >>> 0 };
        if (e.next === null) this.pending = p;
        else this.decideOpen(p, e.next);
      } else {
        // The rules have spoken (the first text line of every block is OPEN: nothing is pending here).
        this.startText();
        const rule = rows[at + 4]! - 1;
        const reason = this.reasonFor(rows[at + 1]!, rows[at + 2]! >>> 0, rows[at + 3]! >>> 0, rule < 0 ? null : this.judge.ruleId(rule), bytes, start, end);
        if (reason) this.remove(reason);
        else this.keep(bytes, start, end, (flags & CUT) !== 0 ? cuts[cut] : undefined);
      }
      if ((flags & CUT) !== 0) cut++;
      start = end;
      at += ROW;
    }
    // The block's buffer is used again once this returns.
    this.flushRun();
  }

  /**
   * A piece of a line too long to hold (see LONG_LINE_BYTES), written as it comes: the line is kept,
   * unjudged, its neighbours read its start. Its UTF-8 is checked as it goes.
   */
  pushLongPiece({ bytes, line, first, last }: LongLinePiece): void {
    // Checked before anything of the line is done: a bad first piece stops the stream as a bad line does.
    if (first) this.longLine = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    if (bytes.indexOf(0) >= 0) throw this.stopAt(binaryLine(line));
    try {
      this.longLine!.decode(bytes, { stream: !last });
    } catch {
      throw this.stopAt(notUtf8(line));
    }
    if (last) this.longLine = null;
    if (first) {
      const head = Buffer.from(bytes.subarray(0, LONG_LINE_HEAD)).toString('utf8').normalize('NFKC').trim();
      this.decidePending(head);
      this.startText();
      this.prevText = head;
      this.lineNo++;
      this.stats.linesIn++;
      this.openKept();
      this.flushRun();
    }
    // A CR that ends a piece may begin the line's CRLF: it waits for the next piece.
    let piece: Uint8Array = bytes;
    if (this.longLineCR) piece = Buffer.concat([ENDINGS[3]!, piece]);
    this.longLineCR = !last && piece.length > 0 && piece[piece.length - 1] === 13;
    if (this.longLineCR) piece = piece.subarray(0, piece.length - 1);
    this.emitLine(piece, 0, piece.length);
  }

  /**
   * The stream stops at a line it cannot take: the lines before it are decided and written whole (as
   * far as the bad line, the output is what a good input would give), then `error` is thrown.
   */
  private stopAt(error: StreamError): StreamError {
    this.decidePending('');
    this.flushRun();
    if (this.heldEnding !== 0) this.emitBytes(ENDINGS[this.heldEnding]!);
    this.heldEnding = 0;
    this.flush();
    return error;
  }

  /** A text line comes: the blank lines before it are a gap between text lines, or the leading ones. */
  private startText(): void {
    if (!this.blanks.isEmpty) {
      if (this.anyText) this.gapBetween = this.blanks;
      else this.leading = this.blanks;
      this.blanks = new BlankRun();
    }
    this.anyText = true;
  }

  /** Decide the line held back for its next neighbour, now that the neighbour is known. */
  private decidePending(next: string): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.decideOpen(p, next);
  }

  /** An OPEN line, its neighbours known: its rules are asked here. */
  private decideOpen(p: Pending, next: string): void {
    const repeat = this.repeats && p.words >= this.minWords && this.seen.has(p.hi, p.lo);
    const rule = repeat ? null : this.judge.judge(p.text, p.raw, p.index, p.prev, next);
    const reason = this.reasonFor(p.words, p.hi, p.lo, rule, p.bytes, 0, p.bytes.length);
    if (reason) {
      this.remove(reason);
      return;
    }
    this.keep(p.bytes, 0, p.bytes.length, this.judge.cut(() => p.raw) ?? undefined);
  }

  /**
   * Why a line goes (null: it stays, and is remembered if long). A repeat of a line kept earlier goes
   * whatever the rules say of it; learned lines are looked up by their words' hash first (normalising
   * every line would cost more).
   */
  private reasonFor(words: number, hi: number, lo: number, rule: string | null, bytes: Uint8Array, start: number, end: number): string | null {
    const long = this.repeats && words >= this.minWords;
    if (long && this.seen.has(hi, lo)) return 'repeat';
    if (rule) return rule;
    if (this.boilerplate && this.boilerplateWords.has(hi, lo) && this.boilerplate.has(normalizeText(textOf(bytes, start, end)))) return 'profile';
    if (long) this.seen.add(hi, lo);
    return null;
  }

  private remove(reason: string): void {
    this.stats.linesRemoved++;
    this.stats.byReason[reason] = (this.stats.byReason[reason] ?? 0) + 1;
  }

  /** Write a kept line (bytes start to end, with its terminator), or its cut text, after the blank lines due before it. */
  private keep(bytes: Uint8Array, start: number, end: number, cut: string | undefined): void {
    this.openKept();
    if (cut === undefined) {
      if (bytes === this.runBytes && start === this.runEnd) {
        this.runEnd = end;
        return;
      }
      this.flushRun();
      this.runBytes = bytes;
      this.runStart = start;
      this.runEnd = end;
      return;
    }
    this.flushRun();
    const ending = Buffer.from(bytes.subarray(start + textLength(bytes, start, end), end));
    const line = Buffer.concat([Buffer.from(cut, 'utf8'), ending]);
    this.emitLine(line, 0, line.length);
  }

  /** A line is kept: the blank lines due before it go out first. */
  private openKept(): void {
    const gap = this.anyKept ? this.gapBetween : this.leading;
    if (!gap.isEmpty) {
      this.flushRun();
      this.emitBlanks(gap);
    }
    if (!this.gapBetween.isEmpty) this.gapBetween = new BlankRun();
    this.anyKept = true;
  }

  /** Copy out the kept lines of the run (see runBytes). */
  private flushRun(): void {
    if (this.runBytes === null) return;
    this.emitLine(this.runBytes, this.runStart, this.runEnd);
    this.runBytes = null;
  }

  /** Write a run of blank lines: a block of whole lines is written as a line is, its last terminator held back. */
  private emitBlanks(run: BlankRun): void {
    run.forEachBlock((bytes) => this.emitLine(bytes, 0, bytes.length));
  }

  /** Write a line, holding its terminator back until something follows it. */
  private emitLine(bytes: Uint8Array, start: number, end: number): void {
    const textEnd = start + textLength(bytes, start, end);
    if (this.heldEnding !== 0) this.emitBytes(ENDINGS[this.heldEnding]!);
    if (textEnd - start > this.out.length - this.outLength) this.flush();
    if (textEnd - start > this.out.length) this.sink(bytes.subarray(start, textEnd));
    else {
      this.out.set(bytes.subarray(start, textEnd), this.outLength);
      this.outLength += textEnd - start;
    }
    this.heldEnding = end - textEnd === 2 ? 2 : end === textEnd ? 0 : bytes[textEnd] === 10 ? 1 : 3;
  }

  private emitBytes(bytes: Uint8Array): void {
    if (this.outLength + bytes.length > this.out.length) this.flush();
    if (bytes.length > this.out.length) {
      this.sink(bytes);
      return;
    }
    this.out.set(bytes, this.outLength);
    this.outLength += bytes.length;
  }

  private flush(): void {
    if (this.outLength === 0) return;
    this.sink(this.out.subarray(0, this.outLength));
    this.outLength = 0;
  }
}

const notUtf8 = (line: number) => new StreamError(`line ${line} is not valid UTF-8; convert the input first, e.g. iconv -f WINDOWS-1252 -t UTF-8`);

/** A NUL byte stops a stream: it is not text (the in-memory path skips such a file as binary). */
function binaryLine(line: number): StreamError {
  return new StreamError(`looks binary: line ${line} holds a NUL byte; a stream is text, so it stops there`);
}

/** A line's trimmed NFKC text (for the rare line whose words a profile knows). */
function textOf(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, textLength(bytes, start, end)).toString('utf8').normalize('NFKC').trim();
}

