import type { RepeatLine } from './repeat-line.js';
import type { RepeatVerdict } from './repeats.js';

/** Words a run is found by: a run of this many words seen before is followed up word by word. */
const SEED_WORDS = 5;
/** Earlier places a seed is remembered at (the longest run from them is taken). */
const SEED_PLACES = 4;

/**
 * Text that stands earlier in the article word for word, however the copy is split into lines: the body
 * captured twice, the second time with paragraphs joined or broken elsewhere ("A" "B C" again as "A B"
 * "C"). Line by line such a copy looks new (each of its lines is only part of one earlier line, or two
 * halves of two); as one stream of words it is a long run seen before.
 *
 * A run counts when it is `minWords` words or more, runs over two lines of the copy or more (within one
 * line it is a line's repeat, judged line by line, where list items may recur), and holds a whole line
 * of `minWords` words or more: a paragraph, so a table's cells ("0" "0" "0" …) or a list of short items
 * never make such a run however long it is. A line whose every word lies in runs that count is a repeat,
 * of the earlier line most of its words come from.
 * Keys of the result are positions in `lines`; the lines in `skip` (glued copies, going anyway) are
 * left out of the stream.
 */
export function findRepeatedRuns(lines: readonly RepeatLine[], minWords: number, skip: ReadonlySet<number> = new Set()): Map<number, RepeatVerdict> {
  const found = new Map<number, RepeatVerdict>();
  let total = 0;
  lines.forEach((line, pos) => {
    if (!skip.has(pos)) total += line.words.length;
  });
  if (total < 2 * minWords) return found;

  // The article as one stream of words, each with the position of its line (in buffers kept from one
  // article to the next, as repeat-line.ts keeps its trigram table).
  const { words, lows, lineAt, source } = scratchFor(total);
  const lineStart = new Int32Array(lines.length + 1);
  let n = 0;
  lines.forEach((line, pos) => {
    lineStart[pos] = n;
    if (skip.has(pos)) return;
    for (let w = 0; w < line.words.length; w++) {
      words[n] = line.words[w]!;
      lows[n] = line.lows[w]!;
      lineAt[n++] = pos;
    }
  });
  lineStart[lines.length] = n;

  // Runs seen before: where each copied word's original stands (-1: nowhere, or in a run too short).
  source.fill(-1, 0, n);
  const seeds = seedIndexFor(n);
  const covers = (from: number, to: number): boolean => {
    // A whole line of minWords words or more inside [from, to).
    for (let pos = lineAt[from]!; pos <= lineAt[to - 1]!; pos++) {
      const a = lineStart[pos]!;
      const b = lineStart[pos + 1]!;
      if (a >= from && b <= to && b - a >= minWords) return true;
    }
    return false;
  };
  for (let i = 0; i + SEED_WORDS <= n; ) {
    let h = 0x811c9dc5 | 0;
    for (let k = i; k < i + SEED_WORDS; k++) h = Math.imul(h ^ lows[k]!, 0x01000193);
    const slot = seeds.slotOf(h);
    let bestFrom = -1;
    let bestLength = 0;
    for (let j = seeds.first(slot); j >= 0; j = seeds.next(j)) {
      // The original must end before the copy begins.
      let length = 0;
      while (i + length < n && j + length < i && words[j + length] === words[i + length]) length++;
      if (length > bestLength) {
        bestFrom = j;
        bestLength = length;
      }
    }
    // A run within one line is a line-level repeat, judged line by line (where list items may recur).
    const spansLines = bestLength > 0 && lineAt[i]! !== lineAt[i + bestLength - 1]!;
    if (bestLength >= SEED_WORDS) {
      if (bestLength >= minWords && spansLines && covers(i, i + bestLength)) {
        for (let k = 0; k < bestLength; k++) source[i + k] = bestFrom + k;
      }
      // Past the run either way: a run from inside it is a shorter end of it (and judging every one made
      // an exactly repeated line cost the square of its length). Its words stand indexed where they came from.
      i += bestLength;
      continue;
    }
    seeds.add(slot, h, i);
    i++;
  }

  // The lines made wholly of such runs.
  lines.forEach((line, pos) => {
    const a = lineStart[pos]!;
    const b = lineStart[pos + 1]!;
    if (a === b) return;
    for (let k = a; k < b; k++) if (source[k]! < 0) return;
    const from = new Map<number, number>();
    for (let k = a; k < b; k++) {
      const original = lineAt[source[k]!]!;
      from.set(original, (from.get(original) ?? 0) + 1);
    }
    let of = -1;
    let most = 0;
    for (const [original, count] of from) {
      if (count > most || (count === most && original < of)) {
        of = original;
        most = count;
      }
    }
    found.set(pos, { index: line.index, of: lines[of]!.index, similarity: 1 });
  });
  return found;
}

/** Buffers past this many words are made for their article and not kept (one huge file must not pin them). */
const KEPT_WORDS = 1 << 16;

type Scratch = { words: Float64Array; lows: Int32Array; lineAt: Int32Array; source: Int32Array };
let scratch: Scratch | null = null;
function scratchFor(total: number): Scratch {
  if (scratch && scratch.words.length >= total) return scratch;
  const size = 2 ** Math.ceil(Math.log2(total));
  const made = { words: new Float64Array(size), lows: new Int32Array(size), lineAt: new Int32Array(size), source: new Int32Array(size) };
  if (size <= KEPT_WORDS) scratch = made;
  return made;
}

let seedIndex: SeedIndex | null = null;
function seedIndexFor(positions: number): SeedIndex {
  if (seedIndex && seedIndex.capacity >= positions) {
    seedIndex.reset();
    return seedIndex;
  }
  const made = new SeedIndex(2 ** Math.ceil(Math.log2(positions)));
  made.reset();
  if (made.capacity <= KEPT_WORDS) seedIndex = made;
  return made;
}

/**
 * Where each seed (a hash of SEED_WORDS words) stood first, up to SEED_PLACES places: open addressing
 * over typed arrays, the places of one seed chained through `after` (with a Map of arrays the search
 * took about twice as long). A slot is empty unless its stamp is the current one, so it is reused from
 * one article to the next without being cleared.
 */
class SeedIndex {
  private readonly keys: Int32Array;
  private readonly heads: Int32Array;
  private readonly counts: Uint8Array;
  private readonly stamps: Int32Array;
  private readonly after: Int32Array;
  private readonly mask: number;
  private stamp = 0;

  constructor(readonly capacity: number) {
    const size = capacity * 4;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.counts = new Uint8Array(size);
    this.stamps = new Int32Array(size);
    this.after = new Int32Array(capacity);
    this.mask = size - 1;
  }

  reset(): void {
    this.stamp++;
  }

  /** The slot of `hash`: where it stands, or the empty slot where it would go. */
  slotOf(hash: number): number {
    let slot = Math.imul(hash, 0x9e3779b1) & this.mask;
    while (this.stamps[slot] === this.stamp && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    return slot;
  }

  first(slot: number): number {
    return this.stamps[slot] === this.stamp ? this.heads[slot]! : -1;
  }

  next(position: number): number {
    return this.after[position]!;
  }

  add(slot: number, hash: number, position: number): void {
    if (this.stamps[slot] !== this.stamp) {
      this.stamps[slot] = this.stamp;
      this.keys[slot] = hash;
      this.heads[slot] = -1;
      this.counts[slot] = 0;
    }
    if (this.counts[slot]! >= SEED_PLACES) return;
    this.after[position] = this.heads[slot]!;
    this.heads[slot] = position;
    this.counts[slot]!++;
  }
}
