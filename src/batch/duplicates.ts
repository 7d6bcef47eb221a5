import type { ArticleSignature } from './signature.js';

export interface DuplicateMatch {
  /** Position (in input order) of the earlier article this one copies. */
  of: number;
  kind: 'exact' | 'near';
}

/** SimHashes this many bits apart or fewer are the same article with small edits. */
export const NEAR_BITS = 3;

/**
 * Articles seen so far in a batch, in fixed-size tables plus 32 bytes an article: a near copy (≤ 3 of
 * 64 bits differ) agrees with the original on at least one of four 16-bit bands, so each band indexes
 * the articles by its value and only those sharing a band are compared.
 */
export class DuplicateIndex {
  private count = 0;
  private exactHi = new Uint32Array(1024);
  private exactLo = new Uint32Array(1024);
  private nearHi = new Uint32Array(1024);
  private nearLo = new Uint32Array(1024);
  private next = new Int32Array(4 * 1024);
  private heads = [0, 1, 2, 3].map(() => new Int32Array(1 << 16).fill(-1));

  private positions: number[] = [];
  private position = 0;
  private hasNear = new Uint8Array(1024);

  /** Check the article at the next input position against those before it, and record it. */
  check(sig: ArticleSignature): DuplicateMatch | null {
    // Short texts have no SimHash: they are banded by their exact hash and matched exactly only.
    const near = sig.near ?? sig.exact;
    const match = this.find(sig, near);
    if (!match) this.insert(sig, near); // a copy is not indexed: its original stands for it
    this.position++;
    return match;
  }

  /** Advance past an input position that has no article (a file that failed). */
  skip(): void {
    this.position++;
  }

  private find(sig: ArticleSignature, near: [number, number]): DuplicateMatch | null {
    let best: DuplicateMatch | null = null;
    for (let band = 0; band < 4; band++) {
      for (let i = this.heads[band]![bandValue(near, band)]!; i >= 0; i = this.next[i * 4 + band]!) {
        if (this.exactHi[i] === sig.exact[0] && this.exactLo[i] === sig.exact[1]) return { of: this.positions[i]!, kind: 'exact' };
        if (!sig.near || best || !this.hasNear[i]) continue;
        if (popcount(this.nearHi[i]! ^ near[0]) + popcount(this.nearLo[i]! ^ near[1]) <= NEAR_BITS) best = { of: this.positions[i]!, kind: 'near' };
      }
    }
    return best;
  }

  private insert(sig: ArticleSignature, near: [number, number]): void {
    if (this.count === this.exactHi.length) this.grow();
    const i = this.count++;
    this.positions[i] = this.position;
    this.exactHi[i] = sig.exact[0];
    this.exactLo[i] = sig.exact[1];
    this.nearHi[i] = near[0];
    this.nearLo[i] = near[1];
    this.hasNear[i] = sig.near ? 1 : 0;
    for (let band = 0; band < 4; band++) {
      const head = this.heads[band]!;
      const v = bandValue(near, band);
      this.next[i * 4 + band] = head[v]!;
      head[v] = i;
    }
  }

  private grow(): void {
    const n = this.exactHi.length * 2;
    const widen = (a: Uint32Array) => {
      const b = new Uint32Array(n);
      b.set(a);
      return b;
    };
    this.exactHi = widen(this.exactHi);
    this.exactLo = widen(this.exactLo);
    this.nearHi = widen(this.nearHi);
    this.nearLo = widen(this.nearLo);
    const hasNear = new Uint8Array(n);
    hasNear.set(this.hasNear);
    this.hasNear = hasNear;
    const next = new Int32Array(n * 4);
    next.set(this.next);
    this.next = next;
  }
}

const bandValue = (h: [number, number], band: number) => (band < 2 ? h[0] >>> (band * 16) : h[1] >>> ((band - 2) * 16)) & 0xffff;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
