/**
 * Sliding-window captures: a scraper that cut the text into overlapping windows starts each line with
 * the words that ended the one before. The overlap is cut from the later line; the rest stays.
 */
export interface OverlapCut {
  /** 0-based index of the line cut, and of the line whose end it repeated. */
  index: number;
  of: number;
  /** UTF-16 offsets of the repeated start of the line, with the whitespace after it. */
  start: number;
  end: number;
}

/** Fewer shared words than this is coincidence (a phrase), not a window overlap. */
const MIN_OVERLAP_WORDS = 5;
/** Only the end of the earlier line is searched: overlaps are short, lines may be huge. */
const TAIL_CHARS = 2000;

export function findOverlapCuts(lines: { index: number; text: string }[]): OverlapCut[] {
  const cuts: OverlapCut[] = [];
  for (let k = 1; k < lines.length; k++) {
    const before = lines[k - 1]!;
    const line = lines[k]!;
    const cut = overlapAtStart(before.text, line.text);
    if (cut) cuts.push({ index: line.index, of: before.index, ...cut });
  }
  return cuts;
}

function overlapAtStart(before: string, line: string): { start: number; end: number } | null {
  const lead = line.length - line.trimStart().length;
  const body = line.slice(lead);
  const firstWord = /^\S+/u.exec(body)?.[0];
  if (!firstWord) return null;
  const tail = before.trimEnd();
  const from = Math.max(0, tail.length - TAIL_CHARS);
  // Longest first: the earliest word start in the tail whose rest of the line opens this line.
  for (let p = tail.indexOf(firstWord, from); p >= 0; p = tail.indexOf(firstWord, p + 1)) {
    if (p > 0 && !/\s/u.test(tail[p - 1]!)) continue;
    const shared = tail.slice(p);
    if (!body.startsWith(shared)) continue;
    if (body.length > shared.length && !/\s/u.test(body[shared.length]!)) continue;
    // A window cut ends where the earlier line ends, on a sentence end; lyrics that echo a line don't.
    if (countWords(shared) < MIN_OVERLAP_WORDS || !/[.!?…]["'”’)]*$/u.test(shared)) return null;
    let end = lead + shared.length;
    while (end < line.length && /\s/u.test(line[end]!)) end++;
    const rest = line.slice(end);
    if (countWords(rest) < 3) return null; // nothing new: a plain repeat, judged elsewhere
    return { start: 0, end };
  }
  return null;
}

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
