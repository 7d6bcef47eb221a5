import { wordsOf } from './normalize.js';

/** A line as repeat detection sees it: its words, their joined key and word-trigram hashes. */
export interface RepeatLine {
  /** 0-based index of the line in the document. */
  index: number;
  words: string[];
  key: string;
  shingles: Set<number>;
  /** Ends like a sentence: a full stop, question or exclamation mark, maybe inside quotes. */
  sentence: boolean;
  /** A bulleted or numbered item beside another one: lists repeat their shape on purpose. */
  listItem: boolean;
}

const SHINGLE = 3;
/** No paragraph is this long: such a line is kept as it is and never compared (it would cost GBs). */
const MAX_COMPARE_CHARS = 200_000;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const BULLET = /^(?:[-–—*•·▪◦●]\s|\d{1,3}[.)]\s)/u;

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

export function shinglesOf(words: string[]): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(hashWords(words, i));
  return set;
}

export function linesOf(candidates: { index: number; text: string }[], _minWords: number): RepeatLine[] {
  const trimmed = candidates.map((c) => c.text.trim());
  const bulleted = trimmed.map((t) => BULLET.test(t));
  return candidates.map(({ index }, p) => {
    const words = trimmed[p]!.length > MAX_COMPARE_CHARS ? [] : wordsOf(trimmed[p]!);
    return {
      index,
      words,
      key: words.join(' '),
      shingles: shinglesOf(words),
      sentence: SENTENCE_END.test(trimmed[p]!),
      listItem: bulleted[p]! && (bulleted[p - 1] === true || bulleted[p + 1] === true),
    };
  });
}

/** Lines longer than this are not aligned word by word (quadratic); trigrams judge them alone. */
const MAX_ALIGN_WORDS = 600;

/**
 * Share of the shorter line's words that the longer line holds in the same order (word LCS): near
 * copies with words inserted or changed here and there, whose trigrams are broken up.
 */
export function alignedShare(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0 || long.length > MAX_ALIGN_WORDS) return 0;
  let prev = new Uint16Array(long.length + 1);
  let cur = new Uint16Array(long.length + 1);
  for (let i = 1; i <= short.length; i++) {
    for (let j = 1; j <= long.length; j++) {
      cur[j] = short[i - 1] === long[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[long.length]! / short.length;
}
