import { wordsOf } from './normalize.js';

export interface RepeatOptions {
  /** A line judged on its own needs this many words; shorter lines go only inside a repeated run. */
  minWords: number;
  /** Share of a line's word trigrams already present for it to count as a near repeat (0..1). */
  nearThreshold: number;
}

export interface RepeatVerdict {
  /** 0-based index of the repeated line and of the copy that stays. */
  index: number;
  of: number;
  similarity: number;
}

interface Line {
  index: number;
  words: string[];
  key: string;
  shingles: Set<number>;
}

const SHINGLE = 3;

/** FNV-1a over a word trigram: 32 bits are plenty to compare the paragraphs of one article. */
function hashWords(words: string[], from: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + SHINGLE; w++) {
    const word = words[w]!;
    for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    h = Math.imul(h ^ 0x20, 0x01000193);
  }
  return h >>> 0;
}

function shinglesOf(words: string[]): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(hashWords(words, i));
  return set;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Find the lines that repeat earlier (or fuller) text. `candidates` are the indices of the lines still
 * in play, in order, with their text; lines dropped by rules are not among them.
 */
export function findRepeats(candidates: { index: number; text: string }[], options: RepeatOptions): RepeatVerdict[] {
  const lines: Line[] = candidates.map(({ index, text }) => {
    const words = wordsOf(text);
    return { index, words, key: words.join(' '), shingles: words.length >= options.minWords ? shinglesOf(words) : new Set() };
  });
  const dropped = new Map<number, RepeatVerdict>(); // by position in `lines`
  const firstByKey = new Map<string, number>();
  const owner = new Map<number, number[]>(); // shingle → positions of kept lines holding it
  const headline = lines[0];

  const keepLine = (pos: number) => {
    const line = lines[pos]!;
    if (!firstByKey.has(line.key)) firstByKey.set(line.key, pos);
    for (const s of line.shingles) {
      const list = owner.get(s);
      if (list) list.push(pos);
      else owner.set(s, [pos]);
    }
  };

  for (let pos = 0; pos < lines.length; pos++) {
    const line = lines[pos]!;
    if (line.words.length === 0) continue;
    // The headline repeated as a body line is a repeat however short it is.
    if (pos > 0 && headline && !dropped.has(0) && line.words.length >= 3 && line.key === headline.key) {
      dropped.set(pos, { index: line.index, of: headline.index, similarity: 1 });
      continue;
    }
    if (line.words.length < options.minWords) {
      keepLine(pos);
      continue;
    }
    const same = firstByKey.get(line.key);
    if (same !== undefined && !dropped.has(same)) {
      dropped.set(pos, { index: line.index, of: lines[same]!.index, similarity: 1 });
      continue;
    }
    // How much of this line stands already, and which earlier lines it holds whole.
    let present = 0;
    const overlap = new Map<number, number>();
    for (const s of line.shingles) {
      const holders = owner.get(s);
      if (!holders) continue;
      present++;
      for (const h of holders) overlap.set(h, (overlap.get(h) ?? 0) + 1);
    }
    const containment = line.shingles.size > 0 ? present / line.shingles.size : 0;
    if (containment >= options.nearThreshold) {
      dropped.set(pos, { index: line.index, of: lines[bestHolder(overlap, dropped)]!.index, similarity: round(containment) });
      continue;
    }
    // An earlier, less complete copy of this line (a deck, a cut-short first capture) gives way to it.
    for (const [h, shared] of overlap) {
      const earlier = lines[h]!;
      if (dropped.has(h) || earlier.words.length >= line.words.length) continue;
      const share = shared / earlier.shingles.size;
      if (share >= options.nearThreshold) dropped.set(h, { index: earlier.index, of: line.index, similarity: round(share) });
    }
    keepLine(pos);
  }

  extendAlongRuns(lines, dropped);
  return [...dropped.values()].sort((a, b) => a.index - b.index);
}

function bestHolder(overlap: Map<number, number>, dropped: Map<number, RepeatVerdict>): number {
  let best = -1;
  let bestCount = -1;
  for (const [pos, count] of overlap) {
    if (dropped.has(pos)) continue;
    if (count > bestCount || (count === bestCount && pos < best)) [best, bestCount] = [pos, count];
  }
  return best >= 0 ? best : [...overlap.keys()][0]!;
}

/**
 * Short lines (subheadings, captions) inside a repeated block go with it: walk out from each repeated
 * line while the lines beside the copy and beside the original are the same text.
 */
function extendAlongRuns(lines: Line[], dropped: Map<number, RepeatVerdict>): void {
  const posOf = new Map(lines.map((l, p) => [l.index, p]));
  const anchors = [...dropped.values()].filter((v) => v.index > v.of);
  for (const anchor of anchors) {
    for (const step of [-1, 1]) {
      let copy = posOf.get(anchor.index)! + step;
      let original = posOf.get(anchor.of)! + step;
      while (copy >= 0 && copy < lines.length && original >= 0 && original < copy) {
        const c = lines[copy]!;
        const o = lines[original]!;
        if (dropped.has(copy)) {
          copy += step;
          original += step;
          continue;
        }
        if (c.words.length === 0 || c.key !== o.key || dropped.has(original)) break;
        dropped.set(copy, { index: c.index, of: o.index, similarity: 1 });
        copy += step;
        original += step;
      }
    }
  }
}
