import { findContainedCopies, MAX_HOLDERS } from './containment.js';
import { findRepeatedRuns } from './repeated-runs.js';
import { alignedShare, holdsRun, linesOf, type RepeatLine, wordHashesOf } from './repeat-line.js';
import { ShingleIndex } from './shingle-index.js';

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

/** Trigrams shared before two lines are worth aligning word by word. */
const MIN_ALIGN_SHARE = 0.3;
/** Share of the shorter line's words found in order in the other: a near copy with scattered edits. */
const ALIGNED_THRESHOLD = 0.9;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A page's title: the headline, then the site after a dash or a bar ("… - Contoh.com", "… | Example News"). */
const SITE_SUFFIX = /\s[-|–—]\s+[^-|–—]{1,40}$/u;
const MAX_SUFFIX_WORDS = 4;

/**
 * The line right under a page's title that is its headline without the site's name: a copy of the
 * headline, the less complete one. Only there (a later short line with the title's first words may be
 * a subheading), and only when the title's other words are all after its last dash or bar.
 */
function isTitleWithoutSite(title: RepeatLine, titleText: string, line: RepeatLine): boolean {
  const extra = title.words.length - line.words.length;
  if (extra < 1 || extra > MAX_SUFFIX_WORDS || line.words.length < 3) return false;
  for (let w = 0; w < line.words.length; w++) if (title.words[w] !== line.words[w]) return false;
  const suffix = SITE_SUFFIX.exec(titleText);
  return suffix !== null && wordHashesOf(suffix[0]).words.length === extra;
}

/** A dateline and its dash before a lede's first words ("JAKARTA - ", "KOTA CONTOH, CONTOHNEWS.com – "). */
const DATELINE = /^[^-–—|:]{2,60}?\s[-–—|:]\s/u;
const MAX_DATELINE_WORDS = 5;

/**
 * The line right under the headline that is the headline with a dateline before it ("JAKARTA - <the
 * headline>"): a copy of the headline, put where the lede starts.
 */
function isHeadlineWithDateline(headline: RepeatLine, line: RepeatLine, text: string): boolean {
  const extra = line.words.length - headline.words.length;
  if (extra < 1 || extra > MAX_DATELINE_WORDS || headline.words.length < 3) return false;
  for (let w = 0; w < headline.words.length; w++) if (line.words[extra + w] !== headline.words[w]) return false;
  const dateline = DATELINE.exec(text);
  return dateline !== null && wordHashesOf(dateline[0]).words.length === extra;
}

/** A line that the headline check takes: the headline again, or right under it its title or dateline form. */
function copiesHeadline(headline: RepeatLine, headlineText: string, line: RepeatLine, text: string, rightUnder: boolean): boolean {
  return (
    line.words.length >= 3 &&
    (line.key === headline.key || (rightUnder && (isTitleWithoutSite(headline, headlineText, line) || isHeadlineWithDateline(headline, line, text))))
  );
}

/**
 * Does the first of these lines have a copy that the headline check takes among the others? Only then does
 * judging them with that line as the headline find more than judging them with another one did.
 */
export function hasHeadlineCopy(candidates: { index: number; text: string }[], lines: RepeatLine[]): boolean {
  const headline = lines[0];
  if (headline === undefined) return false;
  for (let pos = 1; pos < lines.length; pos++) {
    if (copiesHeadline(headline, candidates[0]!.text, lines[pos]!, candidates[pos]!.text, pos === 1)) return true;
  }
  return false;
}

/**
 * Find the lines that repeat earlier (or fuller) text. `candidates` are the indices of the lines still
 * in play, in order, with their text; lines dropped by rules are not among them.
 */
export function findRepeats(
  candidates: { index: number; text: string }[],
  options: RepeatOptions,
  lines: RepeatLine[] = linesOf(candidates),
): RepeatVerdict[] {
  // First the copies one line holds whole: a glued body beside its paragraphs, a deck inside a lede.
  const contained = findContainedCopies(lines, options);
  // No two lines with the same words and no trigram in two lines: nothing here repeats anything.
  if (!contained.sharesTrigrams && !contained.sharesKeys) return [];
  const dropped = contained.dropped;
  // An exact copy of a glued line is glued too: it joins the same paragraphs, which stay. Left to the
  // sequential pass, it was kept as the first copy still standing, and a second cleaning removed the
  // paragraphs it holds instead.
  const glued = new Set(contained.glued);
  if (glued.size > 0) {
    const byKey = new Map<number, RepeatVerdict>();
    for (const h of glued) byKey.set(lines[h]!.key, dropped.get(h)!);
    lines.forEach((line, pos) => {
      const verdict = byKey.get(line.key);
      if (verdict === undefined || dropped.has(pos) || line.words.length === 0) return;
      dropped.set(pos, { index: line.index, of: verdict.of, similarity: verdict.similarity });
      glued.add(pos);
    });
  }
  // A line held by a later, longer one goes as its less complete copy, unless that later line is itself
  // text seen before, split into lines another way (the body captured twice, paragraphs joined or broken
  // elsewhere: its lines are no copies line by line). Only then is the article searched as one stream
  // of words (a glued line is no original: it goes anyway), and the earlier line comes back.
  let heldByLater = false;
  for (const [pos, verdict] of dropped) if (!glued.has(pos) && verdict.of > verdict.index) heldByLater = true;
  const runs = heldByLater ? findRepeatedRuns(lines, options.minWords, glued) : new Map<number, RepeatVerdict>();
  if (runs.size > 0) {
    const runIndices = new Set([...runs.values()].map((v) => v.index));
    for (const [pos, verdict] of dropped) {
      if (!glued.has(pos) && runIndices.has(verdict.of)) dropped.delete(pos);
    }
    for (const [pos, verdict] of runs) dropped.set(pos, verdict);
  }
  const firstByKey = new Map<number, number>();
  const owner = new ShingleIndex(lines.reduce((n, l) => n + l.shingles.length, 0)); // shingle → kept lines holding it
  const headline = lines[0];

  const keepLine = (pos: number) => {
    const line = lines[pos]!;
    if (!firstByKey.has(line.key)) firstByKey.set(line.key, pos);
    if (line.words.length < options.minWords) return;
    for (const s of line.shingles) owner.add(s, pos, MAX_HOLDERS);
  };

  // Whether every line since the headline went: "right under" it is where a second cleaning, without
  // them, would see the line (the headline's own copy above a dateline form of it, say).
  let onlyDroppedSinceHeadline = true;
  for (let pos = 0; pos < lines.length; pos++) {
    const line = lines[pos]!;
    if (pos > 1 && !dropped.has(pos - 1) && lines[pos - 1]!.words.length > 0) onlyDroppedSinceHeadline = false;
    if (line.words.length === 0 || dropped.has(pos)) continue;
    // The headline repeated as a body line is a repeat however short it is; so is the headline under the
    // page's title that adds the site's name, and the headline under itself with a dateline before it.
    if (pos > 0 && headline && !dropped.has(0) && copiesHeadline(headline, candidates[0]!.text, line, candidates[pos]!.text, onlyDroppedSinceHeadline)) {
      dropped.set(pos, { index: line.index, of: headline.index, similarity: 1 });
      continue;
    }
    // Short lines and list items recur on purpose; they go only with a repeated run around them.
    if (line.words.length < options.minWords || line.listItem) {
      keepLine(pos);
      continue;
    }
    const same = firstByKey.get(line.key);
    if (same !== undefined && !dropped.has(same)) {
      dropped.set(pos, { index: line.index, of: lines[same]!.index, similarity: 1 });
      continue;
    }
    // How much of this line stands already, and which earlier lines it holds.
    let present = 0;
    const overlap = new Map<number, number>();
    for (const s of line.shingles) {
      const holders = owner.holders(s);
      let held = false;
      for (const h of holders) {
        if (dropped.has(h)) continue;
        held = true;
        overlap.set(h, (overlap.get(h) ?? 0) + 1);
      }
      if (held) present++;
    }
    const containment = line.shingles.length > 0 ? present / line.shingles.length : 0;
    const best = bestHolder(overlap);
    if (containment >= options.nearThreshold && best >= 0) {
      const earlier = lines[best]!;
      const share = overlap.get(best)! / Math.max(1, earlier.shingles.length);
      // Of two near copies the more complete one stays, whichever came first.
      if (earlier.fullness < line.fullness && share >= options.nearThreshold && !earlier.listItem) {
        dropped.set(best, { index: earlier.index, of: line.index, similarity: round(share) });
        keepLine(pos);
      } else {
        dropped.set(pos, { index: line.index, of: earlier.index, similarity: round(containment) });
      }
      continue;
    }
    // An earlier, less complete copy of this line (a deck, a cut-short first capture) gives way to it.
    let judged = false;
    for (const [h, shared] of overlap) {
      const earlier = lines[h]!;
      if (earlier.listItem) continue;
      const share = shared / earlier.shingles.length;
      if (earlier.fullness < line.fullness && share >= options.nearThreshold) {
        dropped.set(h, { index: earlier.index, of: line.index, similarity: round(share) });
        continue;
      }
      // Words inserted or changed all along break trigrams up; the words still line up in order.
      if (share < MIN_ALIGN_SHARE) continue;
      const aligned = alignedShare(earlier.words, line.words);
      if (aligned < ALIGNED_THRESHOLD) continue;
      if (earlier.fullness < line.fullness) dropped.set(h, { index: earlier.index, of: line.index, similarity: round(aligned) });
      else {
        dropped.set(pos, { index: line.index, of: earlier.index, similarity: round(aligned) });
        judged = true;
        break;
      }
    }
    if (!judged) keepLine(pos);
  }

  extendAlongRuns(lines, dropped);
  takeFragmentsBesideCopies(lines, dropped);
  return [...dropped.values()].sort((a, b) => a.index - b.index);
}

/** The kept line sharing most trigrams with the line under judgement (the earliest on a tie). */
function bestHolder(overlap: Map<number, number>): number {
  let best = -1;
  let bestCount = -1;
  for (const [pos, count] of overlap) {
    if (count > bestCount || (count === bestCount && pos < best)) [best, bestCount] = [pos, count];
  }
  return best;
}

/**
 * Short lines (subheadings, captions) inside a repeated block go with it: walk out from each repeated
 * line while the lines beside the copy and beside the original are the same text.
 */
function extendAlongRuns(lines: RepeatLine[], dropped: Map<number, RepeatVerdict>): void {
  const posOf = new Map(lines.map((l, p) => [l.index, p]));
  const anchors = [...dropped.values()].filter((v) => v.index > v.of);
  for (const anchor of anchors) {
    for (const step of [-1, 1]) {
      let copy = posOf.get(anchor.index)! + step;
      let original = posOf.get(anchor.of)! + step;
      while (copy >= 0 && copy < lines.length && original >= 0 && original < copy) {
        const c = lines[copy]!;
        const o = lines[original]!;
        // A dropped neighbour is an anchor of its own and walks on from there.
        if (dropped.has(copy)) break;
        if (c.words.length === 0 || c.key !== o.key || dropped.has(original)) break;
        dropped.set(copy, { index: c.index, of: o.index, similarity: 1 });
        copy += step;
        original += step;
      }
    }
  }
}

/** A piece of a copy split at a different place: too short to judge alone, held word for word. */
const MIN_FRAGMENT_WORDS = 4;

/**
 * A second copy split differently leaves short pieces beside the long ones: a line next to a later
 * copy, after the line it copies, whose words all stand in that line in order, goes with the copy.
 */
function takeFragmentsBesideCopies(lines: RepeatLine[], dropped: Map<number, RepeatVerdict>): void {
  const posOf = new Map(lines.map((l, p) => [l.index, p]));
  for (const copy of [...dropped.values()].filter((v) => v.index > v.of)) {
    const holder = lines[posOf.get(copy.of)!]!;
    for (const step of [-1, 1]) {
      for (let p = posOf.get(copy.index)! + step; p >= 0 && p < lines.length; p += step) {
        const line = lines[p]!;
        if (dropped.has(p) || line.index <= holder.index || line.words.length < MIN_FRAGMENT_WORDS) break;
        if (!holdsRun(holder.words, line.words)) break;
        dropped.set(p, { index: line.index, of: holder.index, similarity: 1 });
      }
    }
  }
}
