import { holdsRun, type RepeatLine } from './repeat-line.js';
import { ShingleIndex } from './shingle-index.js';
import type { RepeatOptions, RepeatVerdict } from './repeats.js';

/** A trigram found in more lines than this is a stock phrase, not evidence of a copy (and costs n²). */
export const MAX_HOLDERS = 64;
/** A sentence this long, found word for word inside a longer line, is a copy even below minWords. */
const MIN_SENTENCE_WORDS = 10;

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Lines held whole by another line. A line that holds two or more others and is mostly made of them
 * is a glued copy of the paragraphs (the whole body on one line beside the body split up): it goes,
 * the paragraphs stay. Otherwise a held line is the less complete copy (a deck inside its lede, the
 * headline glued to the first paragraph): it goes and its holder stays. Keys are positions in `lines`.
 */
export function findContainedCopies(
  lines: RepeatLine[],
  options: RepeatOptions,
): { dropped: Map<number, RepeatVerdict>; glued: ReadonlySet<number>; sharesTrigrams: boolean; sharesKeys: boolean } {
  const holders = new ShingleIndex(lines.reduce((n, l) => n + l.shingles.length, 0));
  const seen = new Set<number>();
  let sharesKeys = false;
  lines.forEach((line, pos) => {
    // One line per distinct text: exact copies are the sequential pass's business.
    if (seen.has(line.key)) {
      if (line.words.length > 0) sharesKeys = true;
      return;
    }
    seen.add(line.key);
    for (const s of line.shingles) holders.add(s, pos);
  });
  const dropped = new Map<number, RepeatVerdict>();
  // No two lines share a trigram: none holds another.
  if (!holders.shared) return { dropped, glued: new Set(), sharesTrigrams: false, sharesKeys };

  const partsOf = new Map<number, { part: number; share: number }[]>();
  lines.forEach((part, p) => {
    if (part.listItem || !couldBePart(part, options)) return;
    let shared: Map<number, number> | null = null;
    for (const s of part.shingles) {
      const list = holders.holders(s);
      if (list.length < 2 || list.length > MAX_HOLDERS) continue;
      shared ??= new Map<number, number>();
      for (const h of list) if (h !== p) shared.set(h, (shared.get(h) ?? 0) + 1);
    }
    if (!shared) return;
    for (const [h, count] of shared) {
      const whole = lines[h]!;
      if (whole.fullness <= part.fullness) continue;
      const share = count / part.shingles.length;
      if (!isHeldBy(part, whole, share, options)) continue;
      const list = partsOf.get(h);
      if (list) list.push({ part: p, share });
      else partsOf.set(h, [{ part: p, share }]);
    }
  });

  const glued = new Set<number>();
  for (const [h, parts] of partsOf) {
    if (parts.length < 2) continue;
    const whole = lines[h]!;
    const covered = new Set<number>();
    const wholeShingles = new Set(whole.shingles);
    for (const { part } of parts) for (const s of lines[part]!.shingles) if (wholeShingles.has(s)) covered.add(s);
    // The short lines among and beside the parts that the whole holds word for word (a one-line quote
    // after two paragraphs) are of the glued copy too.
    const from = Math.max(0, Math.min(...parts.map((x) => x.part)) - 1);
    const to = Math.min(lines.length - 1, Math.max(...parts.map((x) => x.part)) + 1);
    for (let p = from; p <= to; p++) {
      const line = lines[p]!;
      if (p === h || line.shingles.length === 0 || parts.some((x) => x.part === p) || !holdsRun(whole.words, line.words)) continue;
      for (const s of line.shingles) if (wholeShingles.has(s)) covered.add(s);
    }
    const coverage = covered.size / Math.max(1, whole.shingles.length);
    if (coverage < options.nearThreshold) continue;
    glued.add(h);
    const first = Math.min(...parts.map((x) => x.part));
    dropped.set(h, { index: whole.index, of: lines[first]!.index, similarity: round(coverage) });
  }
  for (const [h, parts] of partsOf) {
    if (glued.has(h)) continue;
    for (const { part, share } of parts) {
      if (glued.has(part) || dropped.has(part)) continue;
      dropped.set(part, { index: lines[part]!.index, of: lines[h]!.index, similarity: round(share) });
    }
  }
  return { dropped, glued, sharesTrigrams: true, sharesKeys };
}

function couldBePart(line: RepeatLine, options: RepeatOptions): boolean {
  return line.words.length >= options.minWords || (line.sentence && line.words.length >= MIN_SENTENCE_WORDS);
}

/** Long lines count as held when most of their trigrams are; short sentences only word for word. */
function isHeldBy(part: RepeatLine, whole: RepeatLine, share: number, options: RepeatOptions): boolean {
  if (part.words.length >= options.minWords) return share >= options.nearThreshold;
  return share === 1 && holdsRun(whole.words, part.words);
}
