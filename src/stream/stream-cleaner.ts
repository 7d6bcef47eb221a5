import { normalizeText, wordsOf } from '../core/normalize.js';
import { DEFAULTS, type CleanOptions } from '../core/options.js';
import { finishHash, Hash64, hashWords, HashSet64 } from './hash64.js';
import { gatePrefilter, type GatePrefilter } from './gate-prefilter.js';
import { RuleJudge } from './rule-judge.js';
import { ASCII, BLANK_LINE, GATE_WORDS, SCAN_FIELDS, scanLine } from './scan-line.js';

export interface StreamStats {
  linesIn: number;
  linesRemoved: number;
  byReason: Record<string, number>;
}

export class StreamError extends Error {}

const OUT_CHUNK = 1 << 20;

const BLANK = /^\s*$/u;
/** With gates off: an automaton that accepts every line (the exact scan then gives every rule). */
const ALWAYS: GatePrefilter = { ...gatePrefilter([]), accepts: new Uint8Array([1]) };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface Pending {
  /** The line's bytes with its terminator. */
  bytes: Uint8Array;
  /** Bytes of the line without its terminator. */
  textEnd: number;
  text: string;
  raw: string;
  index: number;
  wordHash: [number, number];
  words: number;
  /** False: the line holds no rule's gate word (its gate mask is 0); true: it may. */
  gateWords: boolean;
}

/**
 * Cleans text of any size as it flows: bytes in, bytes out, memory bounded by one line plus a table of
 * 64-bit hashes (18–36 bytes a distinct long paragraph). What a whole document allows and a stream cannot
 * see — near repeats, keeping the fuller of two copies, whole-document rules — is left to the
 * in-memory cleaner; rules, learned boilerplate and exact repeats apply line by line.
 */
export class StreamCleaner {
  private readonly judge: RuleJudge;
  private readonly prefilter: GatePrefilter;
  private readonly boilerplate: ReadonlyMap<string, number> | undefined;
  private readonly boilerplateWords = new HashSet64(16);
  private readonly seen = new HashSet64();
  private readonly minWords: number;
  private readonly repeats: boolean;
  private readonly hash = new Hash64();
  private readonly scan = new Int32Array(SCAN_FIELDS);
  private readonly out = Buffer.allocUnsafe(OUT_CHUNK);
  private outLength = 0;
  private carry: Buffer | null = null;
  private lineNo = 0;
  private started = false;
  private prevText = '';
  private pending: Pending | null = null;
  // Blank lines are layout, kept as renderDocument keeps them: those before the first text line, the
  // run nearest a kept line between two kept lines, and those after the last text line.
  private blanks: Uint8Array[] = [];
  private leading: Uint8Array[] = [];
  private gapBetween: Uint8Array[] = [];
  private anyKept = false;
  private anyText = false;
  /** The terminator of the last line written, held back: a text ending without one must end so too. */
  private heldEnding: Uint8Array | null = null;
  private endsWithNewline = true;
  readonly stats: StreamStats = { linesIn: 0, linesRemoved: 0, byReason: {} };

  /** `sink` must be done with the bytes when it returns: the buffer it is given is written over next. */
  constructor(
    options: CleanOptions,
    private readonly sink: (bytes: Uint8Array) => void,
  ) {
    this.judge = new RuleJudge(options);
    this.prefilter = this.judge.prefilter ?? ALWAYS;
    this.boilerplate = options.boilerplate;
    for (const key of options.boilerplate?.keys() ?? []) {
      const [hi, lo] = hashWords(wordsOf(key));
      this.boilerplateWords.add(hi, lo);
    }
    this.minWords = options.minRepeatWords ?? DEFAULTS.minRepeatWords;
    this.repeats = options.repeats !== false;
  }

  /** The next bytes of the input. The chunk is not kept: the caller may reuse it once this returns. */
  push(chunk: Buffer): void {
    let buf = chunk;
    let start = 0;
    if (!this.started) {
      if (this.carry) buf = Buffer.concat([this.carry, chunk]);
      this.carry = null;
      if (buf.length < 3 && buf[0] === 0xef) {
        this.carry = Buffer.from(buf);
        return;
      }
      this.started = buf.length > 0;
      if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
        throw new StreamError('is UTF-16 (it starts with a UTF-16 byte order mark); a stream must be UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8');
      }
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        this.emitBytes(buf.subarray(0, 3));
        start = 3;
      }
    } else if (this.carry) {
      // The line begun in the last chunk: joined with its end alone, not the whole chunk.
      const nl = buf.indexOf(10);
      if (nl < 0) {
        this.carry = Buffer.concat([this.carry, buf]);
        return;
      }
      const first = Buffer.concat([this.carry, buf.subarray(0, nl + 1)]);
      this.carry = null;
      this.line(first, 0, first.length);
      start = nl + 1;
    }
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      this.line(buf, start, nl + 1);
      start = nl + 1;
    }
    if (start < buf.length) this.carry = Buffer.from(buf.subarray(start));
    this.detach();
  }

  /** The byte automaton this stream scans its lines with (a worker thread gets a copy). */
  get scanAutomaton(): GatePrefilter {
    return this.prefilter;
  }

  /**
   * True once the start of the input is behind (its BOM, the UTF-16 check) and no line is half read:
   * from then on whole lines may come through pushLines.
   */
  takesLines(): boolean {
    return this.started && this.carry === null;
  }

  /**
   * Whole lines, each ended by a line feed, with their scans as scanLine made them (a worker thread's
   * work). Nothing of the block is kept: the caller may reuse its buffer once this returns.
   */
  pushLines(block: Buffer, scans: Int32Array): void {
    if (!this.takesLines()) throw new Error('pushLines: the cleaner is mid-line');
    let start = 0;
    let at = 0;
    for (let nl = block.indexOf(10, start); nl >= 0; nl = block.indexOf(10, start)) {
      this.line(block, start, nl + 1, scans, at);
      start = nl + 1;
      at += SCAN_FIELDS;
    }
    if (start !== block.length) throw new Error('pushLines: the block does not end with a line feed');
    // The block's buffer is used again for a later block: what is held from it is copied out.
    this.detach();
  }

  /**
   * Copy out the few bytes still held from this chunk (the line waiting for its neighbour, blank lines,
   * a terminator), so the caller may read the next chunk into the same buffer: a fresh megabyte for
   * every chunk would be garbage that only a late collection returns.
   */
  private detach(): void {
    const copy = (b: Uint8Array) => Uint8Array.prototype.slice.call(b);
    if (this.pending) this.pending.bytes = copy(this.pending.bytes);
    this.blanks = this.blanks.map(copy);
    this.leading = this.leading.map(copy);
    this.gapBetween = this.gapBetween.map(copy);
    if (this.heldEnding) this.heldEnding = copy(this.heldEnding);
  }

  /** The end of the input: decide the last line, write what is held, return the counts. */
  end(): StreamStats {
    if (this.carry && this.carry.length > 0) {
      const last = this.carry;
      this.carry = null;
      this.line(last, 0, last.length);
      this.endsWithNewline = false;
    }
    this.decidePending('');
    if (!this.anyText || this.anyKept) for (const b of this.blanks) this.emitLine(b);
    if (this.heldEnding && this.endsWithNewline) this.emitBytes(this.heldEnding);
    this.heldEnding = null;
    this.flush();
    return this.stats;
  }

  /**
   * One line: its scan (from a worker, in `pre` at `at`, or made here), then its place in the output.
   * `pre` comes only with whole lines that follow on from what came before.
   */
  private line(buf: Buffer, start: number, end: number, pre: Int32Array | null = null, at = 0): void {
    this.stats.linesIn++;
    const index = this.lineNo++;
    let textEnd = end;
    if (textEnd > start && buf[textEnd - 1] === 10) textEnd--;
    if (textEnd > start && buf[textEnd - 1] === 13) textEnd--;
    let scan = pre;
    if (scan === null) {
      scan = this.scan;
      scanLine(buf, start, textEnd, this.prefilter, scan, 0);
      at = 0;
    }
    const flags = scan[at]!;
    const ascii = (flags & ASCII) !== 0;
    const blank = (flags & BLANK_LINE) !== 0;
    let words = scan[at + 1]!;
    const hi = scan[at + 2]!;
    const lo = scan[at + 3]!;
    let gateWords = true;
    let raw: string;
    let text: string;
    let wordHash: [number, number];
    if (ascii) {
      if (blank) return this.blankLine(buf, start, end);
      raw = buf.toString('latin1', start, textEnd);
      text = raw.trim();
      wordHash = finishHash(hi, lo);
      gateWords = (flags & GATE_WORDS) !== 0;
    } else {
      try {
        raw = utf8.decode(buf.subarray(start, textEnd));
      } catch {
        throw new StreamError(`line ${index + 1} is not valid UTF-8; convert the input first, e.g. iconv -f WINDOWS-1252 -t UTF-8`);
      }
      if (BLANK.test(raw)) return this.blankLine(buf, start, end);
      text = raw.normalize('NFKC').trim();
      const w = wordsOf(raw);
      words = w.length;
      wordHash = hashWords(w, this.hash);
    }
    this.decidePending(text);
    if (this.blanks.length > 0) {
      if (this.anyText) this.gapBetween = this.blanks;
      else this.leading = this.blanks;
      this.blanks = [];
    }
    this.anyText = true;
    this.pending = { bytes: buf.subarray(start, end), textEnd: textEnd - start, text, raw, index, wordHash, words, gateWords };
  }

  private blankLine(buf: Buffer, start: number, end: number): void {
    this.blanks.push(buf.subarray(start, end));
  }

  /** Decide the line held back for its next neighbour, now that the neighbour is known. */
  private decidePending(next: string): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    const reason = this.reasonFor(p, next);
    this.prevText = p.text;
    if (reason) {
      this.stats.linesRemoved++;
      this.stats.byReason[reason] = (this.stats.byReason[reason] ?? 0) + 1;
      return;
    }
    for (const b of this.anyKept ? this.gapBetween : this.leading) this.emitLine(b);
    this.gapBetween = [];
    this.anyKept = true;
    const cut = this.judge.cut(() => Buffer.from(p.bytes.subarray(0, p.textEnd)).toString('utf8'));
    if (cut !== null) {
      this.emitLine(Buffer.concat([Buffer.from(cut, 'utf8'), p.bytes.subarray(p.textEnd)]));
      return;
    }
    this.emitLine(p.bytes);
  }

  private reasonFor(p: Pending, next: string): string | null {
    // A repeat of a line kept earlier goes whatever the rules say of it: asking them first would only
    // change the reason, at the cost of every rule on a long line.
    const long = this.repeats && p.words >= this.minWords;
    const repeat = long && this.seen.has(p.wordHash[0], p.wordHash[1]);
    const rule = this.judge.judge(p.text, p.raw, p.index, this.prevText, next, !repeat, p.gateWords ? undefined : 0);
    if (repeat) return 'repeat';
    if (rule) return rule;
    // Learned lines are looked up by their words' hash first: normalising every line would cost more.
    if (this.boilerplate && this.boilerplateWords.has(p.wordHash[0], p.wordHash[1])) {
      if (this.boilerplate.has(normalizeText(p.text))) return 'profile';
    }
    if (long) this.seen.add(p.wordHash[0], p.wordHash[1]);
    return null;
  }

  /** Write a line, holding its terminator back until something follows it. */
  private emitLine(bytes: Uint8Array): void {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 10) end--;
    if (end > 0 && bytes[end - 1] === 13) end--;
    if (this.heldEnding) this.emitBytes(this.heldEnding);
    this.emitBytes(bytes.subarray(0, end));
    this.heldEnding = end < bytes.length ? bytes.subarray(end) : null;
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
