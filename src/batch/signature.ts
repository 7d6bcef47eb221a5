import { wordHashesOf } from '../core/repeat-line.js';
import { finishHash } from '../stream/hash64.js';

/** What tells two articles apart: a hash of all their words, and a MinHash of their word trigrams. */
export interface ArticleSignature {
  exact: [number, number];
  /** MINHASHES minimum hashes of the trigram set; null for texts too short to compare but exactly. */
  near: number[] | null;
}

const SHINGLE = 3;
export const MINHASHES = 32;
/** Below this many trigrams a MinHash says little: such texts are compared exactly only. */
const MIN_SHINGLES = 20;
const SEEDS = Array.from({ length: MINHASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 0);
const HIGH = 2 ** 21;

/**
 * Words come as the numbers repeat detection hashes them to (no string a word). Each trigram is mixed
 * once; its MINHASHES values are that mix xor a seed, multiplied and folded (one multiplication a value).
 */
export function signatureOf(text: string): ArticleSignature {
  const { words, lows } = wordHashesOf(text);
  let hi = 0x811c9dc5;
  let lo = 0x9e3779b9;
  for (let i = 0; i < words.length; i++) {
    hi = Math.imul(hi ^ lows[i]!, 0x01000193);
    lo = Math.imul(lo ^ (words[i]! - (lows[i]! >>> 0) * HIGH), 0x85ebca6b);
    lo ^= lo >>> 15;
  }
  const exact = finishHash(hi >>> 0, lo >>> 0);
  const shingles = words.length - SHINGLE + 1;
  if (shingles < MIN_SHINGLES) return { exact, near: null };
  const mins = new Array<number>(MINHASHES).fill(0xffffffff);
  for (let i = 0; i < shingles; i++) {
    const base = mix(Math.imul(lows[i]!, 0x9e3779b1) ^ Math.imul(lows[i + 1]!, 0x85ebca6b) ^ lows[i + 2]!);
    for (let k = 0; k < MINHASHES; k++) {
      let v = Math.imul(base ^ SEEDS[k]!, 0x2545f491);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return { exact, near: mins };
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return x ^ (x >>> 16);
}
