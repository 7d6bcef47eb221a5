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
 * A set of 64-bit hashes in typed arrays with open addressing: 8 bytes a slot, no object per entry, so
 * a stream of millions of paragraphs is remembered in tens of megabytes. The set is 64 tables, chosen
 * by a hash's top bits, each growing on its own: doubling one table at a time holds 1/64 of the set
 * twice for a moment, where one table would hold it all twice (the stream's peak memory).
 */
export class HashSet64 {
  private readonly parts: HashTable64[];

  constructor(capacity = 1 << 16) {
    this.parts = Array.from({ length: PARTS }, () => new HashTable64(Math.ceil(capacity / PARTS)));
  }

  get size(): number {
    let n = 0;
    for (const part of this.parts) n += part.size;
    return n;
  }

  has(hi: number, lo: number): boolean {
    return this.parts[hi >>> PART_SHIFT]!.has(hi, lo);
  }

  /** Add the hash (two unsigned 32-bit halves); true if it was new. */
  add(hi: number, lo: number): boolean {
    return this.parts[hi >>> PART_SHIFT]!.add(hi, lo);
  }
}

const PART_SHIFT = 26;
const PARTS = 1 << (32 - PART_SHIFT);

/** One table of a HashSet64. */
class HashTable64 {
  // Both halves of a slot side by side (one cache line a probe), (0, 0) for an empty slot: a hash that
  // is really (0, 0) is stored as (0, 1).
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 1;
    while (slots < capacity * 2) slots <<= 1;
    this.slots = new Uint32Array(slots * 2);
    this.mask = slots - 1;
  }

  has(hi: number, lo: number): boolean {
    if (hi === 0 && lo === 0) lo = 1;
    const slots = this.slots;
    // Linear probing; (0, 0) is an empty slot. Written out here and in add: the command optimises each
    // function on its own (see load-command.ts), and a call a line cost the stream some 2%.
    for (let i = (lo ^ (hi >>> 7)) & this.mask; ; i = (i + 1) & this.mask) {
      const h = slots[2 * i]!;
      const l = slots[2 * i + 1]!;
      if (h === hi && l === lo) return true;
      if (h === 0 && l === 0) return false;
    }
  }

  /** Add the hash (two unsigned 32-bit halves); true if it was new. */
  add(hi: number, lo: number): boolean {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    if (hi === 0 && lo === 0) lo = 1;
    const slots = this.slots;
    for (let i = (lo ^ (hi >>> 7)) & this.mask; ; i = (i + 1) & this.mask) {
      const h = slots[2 * i]!;
      const l = slots[2 * i + 1]!;
      if (h === hi && l === lo) return false;
      if (h === 0 && l === 0) {
        slots[2 * i] = hi;
        slots[2 * i + 1] = lo;
        this.size++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = old.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.add(old[i]!, old[i + 1]!);
  }
}
