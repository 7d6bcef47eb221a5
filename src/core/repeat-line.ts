import { wordsOf } from './normalize.js';
import { endsSentence } from './sentence-end.js';

/**
 * A line as repeat detection sees it. Words are 53-bit hashes of the normalised words, not strings: an
 * article's thousand words cost a thousand string objects otherwise, and equal words are all that
 * repeat detection asks about them (two different words share a hash with odds of 1 in 2^53).
 */
export interface RepeatLine {
  /** 0-based index of the line in the document. */
  index: number;
  words: readonly number[];
  /** The first 32-bit hash of each word (what trigrams are hashed from). */
  lows: readonly number[];
  /** The same words in the same order give the same key (a hash of the word sequence). */
  key: number;
  /** Hashes of the line's word trigrams, each once, in the order they first occur. */
  shingles: readonly number[];
  /** Ends like a sentence: a full stop, question or exclamation mark, maybe inside quotes. */
  sentence: boolean;
  /** A bulleted or numbered item beside another one: lists repeat their shape on purpose. */
  listItem: boolean;
  /**
   * How complete the line is, for choosing between two copies: its words, less those of an agency's or
   * editor's code after it ("(ant)", "(dim/sar)", "(Reuters)"), which makes no copy fuller.
   */
  fullness: number;
}

/** A trailing code in brackets: lower-case initials with slashes, or one or two capitalised words. */
const TRAILING_CODE = /\((?:[a-z]{2,6}(?:\/[a-z]{2,6}){0,3}|[A-Z][A-Za-z]{1,14}(?: [A-Z][A-Za-z]{1,14})?)\)$/u;
const fullnessOf = (text: string, words: number): number => {
  const code = TRAILING_CODE.exec(text);
  return code === null ? words : words - wordHashesOf(code[0]).words.length;
};

const SHINGLE = 3;
/** No paragraph is this long: such a line is kept as it is and never compared (it would cost GBs). */
export const MAX_COMPARE_CHARS = 200_000;
const BULLET = /^(?:[-–—*•·▪◦●]\s|\d{1,3}[.)]\s)/u;
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

const HIGH = 2 ** 21;
// Two independent 32-bit hashes of a word (FNV-1a and a multiply-xorshift), joined into 53 bits: the
// first, signed, times 2^21, plus 21 bits of the second. Signed on purpose: `a >>> 0` there made V8
// speculate a small integer and throw the optimised loop away again and again ("lost precision").
// Seeds as signed 32-bit values (the same bits): an unsigned one would start each hash as a double,
// and V8 would keep the whole loop's arithmetic in doubles.
const FNV_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const MIX_SEED = 0x9e3779b9 | 0;
const MIX_PRIME = 0x85ebca6b;

/**
 * The words of a line as hashes, and the low half of each (what trigrams are hashed from). Plain ASCII
 * lines are tokenised in place; others go through wordsOf, whose words hash the same way.
 */
export function wordHashesOf(text: string): { words: number[]; lows: number[] } {
  // Plain arrays of numbers: V8 keeps them unboxed, and a small one costs far less than a typed array.
  const words: number[] = [];
  const lows: number[] = [];
  text = withoutEntities(text);
  // Plain ASCII needs no normalising: a word is a run of [A-Za-z0-9], lower-cased as it is hashed
  // (what normalizeText would change, spacing and "`", is never inside a word).
  if (!hashAsciiWords(text, words, lows)) {
    words.length = 0;
    lows.length = 0;
    for (const word of wordsOf(text)) hashWord(word, words, lows);
  }
  return { words, lows };
}

/**
 * An HTML entity a scraper left undecoded ("&quot;", "&#8217;") is markup, not a word: were it one, the
 * copy of a paragraph that has them would hold more words than the clean copy and be kept for it.
 */
const ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-f]{1,6});/gi;
function withoutEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, ' ') : text;
}

/**
 * Each ASCII character as the word character it is, lower-cased, 0 for a separator, NOT_PLAIN for a
 * control character (a line with one, or with any character past ASCII, is normalised first).
 */
const NOT_PLAIN = 0x100;
const CHAR_BITS = new Int32Array(128).map((_, c) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : c >= 0x41 && c <= 0x5a ? c + 0x20 : NOT_PLAIN_ASCII.test(String.fromCharCode(c)) ? NOT_PLAIN : 0,
);

// Each word's two hashes as the scan finishes it, before it is joined: written at every character,
// kept by moving on one slot where a word ends. Emptied into the arrays when full.
const SCRATCH = 1024;
const scratchA = new Int32Array(SCRATCH + 1);
const scratchB = new Int32Array(SCRATCH + 1);

/**
 * Hash a plain ASCII line's words in place; false (and the arrays half filled) for any other line.
 *
 * Without branches on the characters: a branch on "is this a letter" is guessed wrong at nearly every
 * word's edge (the stream's byte loop does the same, see scan-line.ts). Each character updates the
 * hashes under a mask (all ones for a word character), and the first one after a word resets them.
 */
function hashAsciiWords(text: string, words: number[], lows: number[]): boolean {
  const fnvSeed = FNV_SEED;
  const mixSeed = MIX_SEED;
  const A = scratchA;
  const B = scratchB;
  let a = fnvSeed;
  let b = mixSeed;
  let n = 0;
  let inWord = 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const bits = CHAR_BITS[code & 0x7f]! | (code > 0x7e ? NOT_PLAIN : 0);
    seen |= bits;
    const c = bits & 0xff;
    const isWord = (c + 0xff) >> 8; // 1 for a word character, else 0
    const ends = inWord & (isWord ^ 1); // 1 for the first character after a word
    A[n] = a;
    B[n] = b;
    n += ends;
    if (n === SCRATCH) n = emptyScratch(n, words, lows);
    const reset = -ends;
    a ^= (a ^ fnvSeed) & reset;
    b ^= (b ^ mixSeed) & reset;
    const wordMask = -isWord;
    const a2 = Math.imul(a ^ c, FNV_PRIME);
    let b2 = Math.imul(b ^ c, MIX_PRIME);
    b2 ^= b2 >>> 15;
    a ^= (a ^ a2) & wordMask;
    b ^= (b ^ b2) & wordMask;
    inWord = isWord;
  }
  if ((seen & NOT_PLAIN) !== 0) return false;
  if (inWord !== 0) {
    A[n] = a;
    B[n] = b;
    n++;
  }
  emptyScratch(n, words, lows);
  return true;
}

function emptyScratch(n: number, words: number[], lows: number[]): number {
  for (let k = 0; k < n; k++) {
    const a = scratchA[k]!;
    words.push(a * HIGH + (scratchB[k]! >>> 11));
    lows.push(a);
  }
  return 0;
}

/** The same hash of one word already normalised (its characters as they are). */
function hashWord(word: string, words: number[], lows: number[]): void {
  let a = FNV_SEED;
  let b = MIX_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, MIX_PRIME);
    b ^= b >>> 15;
  }
  words.push(a * HIGH + (b >>> 11));
  lows.push(a);
}

// Marks of the trigrams met in the line being hashed: a slot holds the hash and the line's stamp, so
// the table is never cleared (a Set a line cost more than the hashing).
const SEEN_BITS = 12;
const seenHash = new Int32Array(1 << SEEN_BITS);
const seenStamp = new Int32Array(1 << SEEN_BITS);
let stamp = 0;

/** 32-bit hashes of each run of three words, from the words' low halves, each once (signed: small integers to V8). */
export function shinglesOf(lows: readonly number[]): number[] {
  const out: number[] = [];
  const n = lows.length - SHINGLE + 1;
  if (n <= 0) return out;
  // Past the table's size a line is rare enough to pay for a Set.
  const seen = n > 1 << (SEEN_BITS - 1) ? new Set<number>() : null;
  stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
  if (stamp === 1) seenStamp.fill(0);
  const mask = (1 << SEEN_BITS) - 1;
  for (let i = 0; i < n; i++) {
    let h = FNV_SEED;
    for (let w = i; w < i + SHINGLE; w++) h = Math.imul(h ^ lows[w]!, FNV_PRIME);
    if (seen) {
      if (seen.has(h)) continue;
      seen.add(h);
      out.push(h);
      continue;
    }
    // Open addressing, linear probing.
    let slot = (h ^ (h >>> SEEN_BITS)) & mask;
    let found = false;
    while (seenStamp[slot] === stamp) {
      if (seenHash[slot] === h) {
        found = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (found) continue;
    seenStamp[slot] = stamp;
    seenHash[slot] = h;
    out.push(h);
  }
  return out;
}

/** A hash of the whole word sequence (53 bits). */
function keyOf(words: readonly number[], lows: readonly number[]): number {
  let a = FNV_SEED;
  let b = MIX_SEED;
  for (let i = 0; i < words.length; i++) {
    a = Math.imul(a ^ lows[i]!, FNV_PRIME);
    // The word's second hash: what its 53 bits hold beyond the first (an integer below 2^21).
    b = Math.imul(b ^ (words[i]! - lows[i]! * HIGH), MIX_PRIME);
    b ^= b >>> 15;
  }
  return a * HIGH + (b >>> 11);
}

const EMPTY = { words: [] as number[], lows: [] as number[] };

export function linesOf(candidates: { index: number; text: string }[]): RepeatLine[] {
  const trimmed = candidates.map((c) => c.text.trim());
  const bulleted = trimmed.map((t) => BULLET.test(t));
  return candidates.map(({ index }, p) => {
    const { words, lows } = trimmed[p]!.length > MAX_COMPARE_CHARS ? EMPTY : wordHashesOf(trimmed[p]!);
    return {
      index,
      words,
      lows,
      key: keyOf(words, lows),
      shingles: shinglesOf(lows),
      sentence: endsSentence(trimmed[p]!),
      listItem: bulleted[p]! && (bulleted[p - 1] === true || bulleted[p + 1] === true),
      fullness: fullnessOf(trimmed[p]!, words.length),
    };
  });
}

/** Does `whole` hold the words of `part` in a row, word for word? */
export function holdsRun(whole: readonly number[], part: readonly number[]): boolean {
  if (part.length === 0) return true;
  for (let start = 0; start + part.length <= whole.length; start++) {
    let k = 0;
    while (k < part.length && whole[start + k] === part[k]) k++;
    if (k === part.length) return true;
  }
  return false;
}

/** Lines longer than this are not aligned word by word (quadratic); trigrams judge them alone. */
const MAX_ALIGN_WORDS = 600;

/**
 * Share of the shorter line's words that the longer line holds in the same order (word LCS): near
 * copies with words inserted or changed here and there, whose trigrams are broken up.
 */
export function alignedShare(a: readonly number[], b: readonly number[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0 || long.length > MAX_ALIGN_WORDS) return 0;
  return lcsLength(short, long) / short.length;
}

/**
 * Length of the longest common subsequence, 32 cells of the table at a time (Hyyrö's bit-vector
 * form: for each word of `short`, V = (V + (V & M)) | (V & ~M) over the positions of `long`, M
 * marking where that word stands; the answer is the number of zero bits). Quadratic time / 32.
 */
export function lcsLength(short: readonly number[], long: readonly number[]): number {
  const m = long.length;
  const blocks = (m + 31) >>> 5;
  // Each distinct word of `long`: the positions where it stands, `blocks` words of bits.
  const offsetOf = new Map<number, number>();
  let masks = new Uint32Array(blocks * Math.min(m, 64));
  for (let j = 0; j < m; j++) {
    let at = offsetOf.get(long[j]!);
    if (at === undefined) {
      at = offsetOf.size * blocks;
      offsetOf.set(long[j]!, at);
      if (at + blocks > masks.length) {
        const bigger = new Uint32Array(masks.length * 2);
        bigger.set(masks);
        masks = bigger;
      }
    }
    masks[at + (j >>> 5)]! |= 1 << (j & 31);
  }
  const v = new Uint32Array(blocks).fill(0xffffffff);
  for (let i = 0; i < short.length; i++) {
    const at = offsetOf.get(short[i]!);
    if (at === undefined) continue; // M is all zeros: V stays as it is
    let carry = 0;
    for (let w = 0; w < blocks; w++) {
      const vw = v[w]!;
      const mw = masks[at + w]!;
      const sum = vw + ((vw & mw) >>> 0) + carry; // unsigned 32-bit parts: below 2^33
      carry = sum > 0xffffffff ? 1 : 0;
      v[w] = (sum | (vw & ~mw)) >>> 0;
    }
  }
  let zeros = 0;
  for (let w = 0; w < blocks; w++) {
    const bits = w === blocks - 1 && m % 32 !== 0 ? m % 32 : 32;
    const word = bits === 32 ? v[w]! : (v[w]! | (~0 << bits)) >>> 0;
    zeros += 32 - popcount(word);
  }
  return zeros;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
