/**
 * Which lines hold each word trigram. Nearly every trigram of an article is held by one line only, so
 * a table of its own (open addressing over typed arrays) maps a trigram to that line, and a list is made
 * only for a second holder: a Map entry and an array a trigram cost more than the rest of repeat
 * detection.
 */
export class ShingleIndex {
  private keys: Int32Array;
  // A position (≥ 0), or -(k + 1) for lists[k]; 0x7fffffff: an empty slot.
  private values: Int32Array;
  /** 32 less the table's bits: a hash shifted right by this is a slot. */
  private shift: number;
  private size = 0;
  private readonly lists: number[][] = [];
  private readonly one = [0];
  /** Some trigram was added for a second line. */
  shared = false;

  /** `expected`: about how many trigrams will be added (the table is sized for them, and grows past). */
  constructor(expected = 512) {
    const size = Math.max(64, 2 ** Math.ceil(Math.log2(expected * 2 + 1)));
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(EMPTY_SLOT);
    this.shift = Math.clz32(size) + 1;
  }

  /** Record that the line at `pos` holds `shingle`, unless `cap` lines are recorded already. */
  add(shingle: number, pos: number, cap = Number.POSITIVE_INFINITY): void {
    const slot = this.slotOf(shingle);
    const v = this.values[slot]!;
    if (v === EMPTY_SLOT) {
      this.keys[slot] = shingle;
      this.values[slot] = pos;
      if (++this.size * 2 > this.keys.length) this.grow();
    } else if (v >= 0) {
      this.shared = true;
      if (cap < 2) return;
      this.lists.push([v, pos]);
      this.values[slot] = -this.lists.length;
    } else {
      const list = this.lists[-v - 1]!;
      if (list.length < cap) list.push(pos);
    }
  }

  /**
   * The positions holding `shingle`, in the order added (empty when none). The array is only valid
   * until the next call: read it at once.
   */
  holders(shingle: number): readonly number[] {
    const v = this.values[this.slotOf(shingle)]!;
    if (v === EMPTY_SLOT) return NONE;
    if (v < 0) return this.lists[-v - 1]!;
    this.one[0] = v;
    return this.one;
  }

  /** The slot holding `shingle`, or the empty slot where it would go (linear probing). */
  private slotOf(shingle: number): number {
    const { keys, values } = this;
    const mask = keys.length - 1;
    let slot = Math.imul(shingle, 0x9e3779b1) >>> this.shift;
    while (values[slot] !== EMPTY_SLOT && keys[slot] !== shingle) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(EMPTY_SLOT);
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (values[i] === EMPTY_SLOT) continue;
      const slot = this.slotOf(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.values[slot] = values[i]!;
    }
  }
}

const EMPTY_SLOT = 0x7fffffff;
const NONE: readonly number[] = [];
