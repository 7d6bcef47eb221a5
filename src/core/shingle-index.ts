/**
 * Which lines hold each word trigram. Nearly every trigram of an article is held by one line only, so
 * that line is stored as a plain number and a list is made only for a second holder: an array a
 * trigram cost more than the rest of repeat detection.
 */
export class ShingleIndex {
  // A position (≥ 0), or -(k + 1) for lists[k].
  private readonly first = new Map<number, number>();
  private readonly lists: number[][] = [];
  private readonly one = [0];

  /** Record that the line at `pos` holds `shingle`, unless `cap` lines are recorded already. */
  add(shingle: number, pos: number, cap = Number.POSITIVE_INFINITY): void {
    const v = this.first.get(shingle);
    if (v === undefined) this.first.set(shingle, pos);
    else if (v >= 0) {
      if (cap < 2) return;
      this.lists.push([v, pos]);
      this.first.set(shingle, -this.lists.length);
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
    const v = this.first.get(shingle);
    if (v === undefined) return EMPTY;
    if (v < 0) return this.lists[-v - 1]!;
    this.one[0] = v;
    return this.one;
  }
}

const EMPTY: readonly number[] = [];
