import { wordHashesOf } from './repeat-line.js';

/** What tells two articles apart: a hash of all their words, and a MinHash of their word trigrams. */
export interface ArticleSignature {
  /** How many words the text has (0: nothing to compare; an empty article copies no other). */
  words: number;
  exact: [number, number];
  /** MINHASHES minimum hashes of the trigram set; null for texts too short to compare but exactly. */
  near: number[] | null;
}

const SHINGLE = 3;
export const MINHASHES = 32;
/** Below this many trigrams a MinHash says little: such texts are compared exactly only. */
const MIN_SHINGLES = 20;
const HIGH = 2 ** 21;

/**
 * Words come as the numbers repeat detection hashes them to (no string a word). The MinHash is one
 * permutation hashing: each trigram is hashed once, its top five bits choose one of the 32 bins and
 * the rest is kept if it is the bin's smallest; an empty bin (a short text) borrows from the next bin
 * that has a value, marked with the distance (densification by rotation). One hash a trigram instead
 * of 32, with the same estimate of the share of trigrams two texts have in common.
 */
export function signatureOf(text: string): ArticleSignature {
  return signatureOfWords([wordHashesOf(text)]);
}

/** Words as wordHashesOf hashes them: the words' hashes and the low half of each. */
export interface HashedWords {
  readonly words: readonly number[];
  readonly lows: readonly number[];
}

/**
 * The signature of a text whose words are already hashed, given in parts (a text's lines, in order):
 * the same as of all the parts' words in one list, without making that list.
 */
export function signatureOfWords(parts: readonly HashedWords[]): ArticleSignature {
  let hi = 0x811c9dc5 | 0; // signed: the loop stays in 32-bit integers
  let lo = 0x9e3779b9 | 0;
  let count = 0;
  // The low halves of the two words before this one: a trigram may span parts.
  let before2 = 0;
  let before1 = 0;
  // Values are below 2^27: small integers, in a typed array.
  const bins = new Int32Array(MINHASHES).fill(EMPTY);
  for (const { words, lows } of parts) {
    for (let i = 0; i < words.length; i++) {
      const low = lows[i]!;
      hi = Math.imul(hi ^ low, 0x01000193);
      lo = Math.imul(lo ^ (words[i]! - low * HIGH), 0x85ebca6b);
      lo ^= lo >>> 15;
      if (count >= SHINGLE - 1) {
        // mix(), written out: the command runs without inlining, and this runs once a word.
        let h = Math.imul(before2, 0x9e3779b1) ^ Math.imul(before1, 0x85ebca6b) ^ low;
        h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
        h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
        h ^= h >>> 16;
        const bin = h >>> BIN_SHIFT;
        const value = h & VALUE_MASK;
        if (value < bins[bin]!) bins[bin] = value;
      }
      before2 = before1;
      before1 = low;
      count++;
    }
  }
  const exact = finishHash(hi >>> 0, lo >>> 0);
  if (count - SHINGLE + 1 < MIN_SHINGLES) return { words: count, exact, near: null };
  const near = Array.from(bins, (value, k) => {
    let d = 0;
    while (value === EMPTY) value = bins[(k + ++d) % MINHASHES]!;
    // Mixed, so that the 16 bits the index keeps depend on the value and the distance alike.
    return mix(value + d * (VALUE_MASK + 1)) >>> 0;
  });
  return { words: count, exact, near };
}

const BIN_SHIFT = 32 - Math.log2(MINHASHES);
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
/** No value yet: above every value (they are below 2^27). */
const EMPTY = 0x7fffffff;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return x ^ (x >>> 16);
}

/** Two 32-bit halves mixed into a 64-bit hash, each bit of the input reaching every bit of the output. */
export function finishHash(hi: number, lo: number): [number, number] {
  return [avalanche(hi ^ Math.imul(lo, 0x27d4eb2f)), avalanche(lo + 0x165667b1)];
}

/** finishHash written into `out` at `at` and `at + 1` (the same bits, signed): no pair made per line. */
export function finishHashInto(hi: number, lo: number, out: Int32Array, at: number): void {
  out[at] = avalanche(hi ^ Math.imul(lo, 0x27d4eb2f));
  out[at + 1] = avalanche(lo + 0x165667b1);
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
