import { wordsOf } from '../core/normalize.js';
import { Hash64, hashWords } from '../stream/hash64.js';

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
const SEEDS = Array.from({ length: MINHASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

export function signatureOf(text: string): ArticleSignature {
  const words = wordsOf(text);
  const exact = hashWords(words);
  const shingles = words.length - SHINGLE + 1;
  if (shingles < MIN_SHINGLES) return { exact, near: null };
  const mins = new Array<number>(MINHASHES).fill(0xffffffff);
  const h = new Hash64();
  const wordHashes = words.map((w) => hashWords([w], h)[0]);
  for (let i = 0; i < shingles; i++) {
    const s = mix(Math.imul(wordHashes[i]!, 0x9e3779b1) ^ Math.imul(wordHashes[i + 1]!, 0x85ebca6b) ^ wordHashes[i + 2]!);
    for (let k = 0; k < MINHASHES; k++) {
      const v = mix(s ^ SEEDS[k]!);
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return { exact, near: mins };
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
