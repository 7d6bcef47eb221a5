import { MINHASHES, type ArticleSignature } from '../core/signature.js';

export interface DuplicateMatch {
  /** Position (in input order) of the earlier article this one copies. */
  of: number;
  kind: 'exact' | 'near';
}

/** Share of MinHash values two articles must agree on (their estimated trigram Jaccard) to be near copies. */
export const NEAR_SIMILARITY = 0.8;
const BANDS = 8;
const ROWS = MINHASHES / BANDS;
const HEAD_BITS = 18;

/**
 * Articles seen so far in a batch, in fixed-size tables plus ~120 bytes an article. Locality-sensitive
 * hashing: the 32 MinHash values form 8 bands of 4; articles sharing a band are compared (a pair at
 * Jaccard 0.8 shares one with probability 0.96, at 0.5 with 0.4), and are near copies when at least 80%
 * of their values agree. Values are kept as 16 bits: enough to count agreements.
 */
export class DuplicateIndex {
  private count = 0;
  private position = 0;
  private positions = new Int32Array(1024);
  private exactHi = new Uint32Array(1024);
  private exactLo = new Uint32Array(1024);
  private mins = new Uint16Array(1024 * MINHASHES);
  private hasNear = new Uint8Array(1024);
  private next = new Int32Array(1024 * BANDS);
  private readonly heads = Array.from({ length: BANDS }, () => new Int32Array(1 << HEAD_BITS).fill(-1));

  /** Check the article at the next input position against those before it, and record it. */
  check(sig: ArticleSignature): DuplicateMatch | null {
    // A file that cleans to nothing (empty, only junk) is no article: two of them are not copies.
    if (sig.words === 0) {
      this.position++;
      return null;
    }
    const bands = bandKeys(sig);
    const match = this.find(sig, bands);
    if (!match) this.insert(sig, bands); // a copy is not indexed: its original stands for it
    this.position++;
    return match;
  }

  /** Advance past an input position that has no article (a file that failed). */
  skip(): void {
    this.position++;
  }

  private find(sig: ArticleSignature, bands: number[]): DuplicateMatch | null {
    let best: DuplicateMatch | null = null;
    let bestAgree = 0;
    for (let b = 0; b < BANDS; b++) {
      for (let i = this.heads[b]![bands[b]!]!; i >= 0; i = this.next[i * BANDS + b]!) {
        if (this.exactHi[i] === sig.exact[0] && this.exactLo[i] === sig.exact[1]) return { of: this.positions[i]!, kind: 'exact' };
        if (!sig.near || !this.hasNear[i]) continue;
        let agree = 0;
        for (let k = 0; k < MINHASHES; k++) if (this.mins[i * MINHASHES + k] === (sig.near[k]! & 0xffff)) agree++;
        if (agree >= NEAR_SIMILARITY * MINHASHES && (agree > bestAgree || (agree === bestAgree && this.positions[i]! < best!.of))) {
          best = { of: this.positions[i]!, kind: 'near' };
          bestAgree = agree;
        }
      }
    }
    return best;
  }

  private insert(sig: ArticleSignature, bands: number[]): void {
    if (this.count === this.positions.length) this.grow();
    const i = this.count++;
    this.positions[i] = this.position;
    this.exactHi[i] = sig.exact[0];
    this.exactLo[i] = sig.exact[1];
    this.hasNear[i] = sig.near ? 1 : 0;
    if (sig.near) for (let k = 0; k < MINHASHES; k++) this.mins[i * MINHASHES + k] = sig.near[k]! & 0xffff;
    for (let b = 0; b < BANDS; b++) {
      this.next[i * BANDS + b] = this.heads[b]![bands[b]!]!;
      this.heads[b]![bands[b]!] = i;
    }
  }

  private grow(): void {
    const widen = <T extends Uint32Array | Int32Array | Uint16Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.positions = widen(this.positions);
    this.exactHi = widen(this.exactHi);
    this.exactLo = widen(this.exactLo);
    this.mins = widen(this.mins);
    this.hasNear = widen(this.hasNear);
    this.next = widen(this.next);
  }
}

/** The table slot of each band; texts without a MinHash are filed under their exact hash in every band. */
function bandKeys(sig: ArticleSignature): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = sig.near ? 0x811c9dc5 ^ b : sig.exact[0] ^ sig.exact[1];
    if (sig.near) for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig.near[b * ROWS + r]!, 0x01000193);
    keys.push((h ^ (h >>> HEAD_BITS)) & ((1 << HEAD_BITS) - 1));
  }
  return keys;
}
