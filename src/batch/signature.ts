import { wordsOf } from '../core/normalize.js';
import { Hash64, hashWords } from '../stream/hash64.js';

/** What tells two articles apart: a hash of all their words, and a SimHash of their word trigrams. */
export interface ArticleSignature {
  exact: [number, number];
  /** 64-bit SimHash as two halves; null for texts too short for near-copy detection. */
  near: [number, number] | null;
}

const SHINGLE = 3;
/** Below this many trigrams a SimHash says little: such texts are compared exactly only. */
const MIN_SHINGLES = 40;

export function signatureOf(text: string): ArticleSignature {
  const words = wordsOf(text);
  const exact = hashWords(words);
  if (words.length - SHINGLE + 1 < MIN_SHINGLES) return { exact, near: null };
  const votes = new Int32Array(64);
  const h = new Hash64();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const [hi, lo] = hashWords(words.slice(i, i + SHINGLE), h);
    for (let b = 0; b < 32; b++) {
      votes[b]! += (hi >>> b) & 1 ? 1 : -1;
      votes[b + 32]! += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (votes[b]! > 0) hi |= 1 << b;
    if (votes[b + 32]! > 0) lo |= 1 << b;
  }
  return { exact, near: [hi >>> 0, lo >>> 0] };
}
