// 64-bit hashes of normalised text, as two 32-bit halves: enough to tell apart every paragraph of a
// multi-gigabyte stream (collision odds ~n²/2⁶⁵) without keeping a single string.

import { finishHash } from '../core/signature.js';

export { finishHash };

/** A running hash: feed character codes (or bytes below 0x80), read the two halves. */
// Signed (the same bits): an unsigned seed starts each hash as a double, and V8 then keeps the hot
// loops' arithmetic in doubles.
export const HI_SEED = 0x811c9dc5 | 0;
export const LO_SEED = 0x9747b28c | 0;
export const HI_PRIME = 0x01000193;
export const LO_PRIME = 0x5bd1e995;

export class Hash64 {
  hi = HI_SEED;
  lo = LO_SEED;

  reset(): void {
    this.hi = HI_SEED;
    this.lo = LO_SEED;
  }

  add(code: number): void {
    this.hi = Math.imul(this.hi ^ code, HI_PRIME);
    this.lo = Math.imul(this.lo ^ code, LO_PRIME);
  }

  /** The end of a word: a space, and the low lane's high bits folded down. */
  endWord(): void {
    this.add(0x20);
    this.lo ^= this.lo >>> 15;
  }

  /** The final halves, each mixed so that every input bit reaches every output bit. */
  finish(): [number, number] {
    return finishHash(this.hi, this.lo);
  }
}

/** The hash of a list of words (already normalised): each word's code units, then a space. */
export function hashWords(words: readonly string[], into = new Hash64()): [number, number] {
  into.reset();
  for (const word of words) {
    for (let c = 0; c < word.length; c++) into.add(word.charCodeAt(c));
    into.endWord();
  }
  return into.finish();
}

/**
 * A set of 64-bit hashes in two typed arrays with open addressing: 8 bytes a slot, no object per
 * entry, so a stream of millions of paragraphs is remembered in tens of megabytes.
 */
export class HashSet64 {
  private his: Uint32Array;
  private los: Uint32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let slots = 1;
    while (slots < capacity * 2) slots <<= 1;
    this.his = new Uint32Array(slots);
    this.los = new Uint32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  has(hi: number, lo: number): boolean {
    let i = (lo ^ (hi >>> 7)) & this.mask;
    while (this.used[i]) {
      if (this.his[i] === hi && this.los[i] === lo) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }

  /** Add the hash; true if it was new. */
  add(hi: number, lo: number): boolean {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = (lo ^ (hi >>> 7)) & this.mask;
    while (this.used[i]) {
      if (this.his[i] === hi && this.los[i] === lo) return false;
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.his[i] = hi;
    this.los[i] = lo;
    this.size++;
    return true;
  }

  private grow(): void {
    const { his, los, used } = this;
    const slots = (this.mask + 1) * 2;
    this.his = new Uint32Array(slots);
    this.los = new Uint32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.add(his[i]!, los[i]!);
  }
}
