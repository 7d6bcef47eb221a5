/**
 * Junk glued after a line's prose: "The council approved the budget.Advertisement", "… on Tuesday. Sign up
 * for our daily newsletter.", "… in Madrid. Copyright 2024 Example Press. All rights reserved." A scraper
 * that joins a page's elements without a line break leaves them so. The line is split into its sentences;
 * the sentences at its end that a rule takes standing alone are the junk, and the prose before them stays.
 * A rule whose pattern allows a lead-in before its phrase ("<site>. All rights reserved") would otherwise
 * take the prose with it.
 */

/** Fewer words than this before the junk are no sentence of prose ("Foto: Antara. All rights reserved."). */
const MIN_PROSE_WORDS = 4;
/** Glued junk is a few sentences: past this many, the rest of the line is judged with the prose. */
const MAX_JUNK_SENTENCES = 32;
/** A button glued after a prompt ("Log in", "Sign up now") is this many words at most. */
const MAX_BUTTON_WORDS = 3;
/** A glued piece shorter than this is a letter or a number, not junk to be sure of ("Plan B. A"). */
const MIN_JUNK_CHARS = 3;

const isTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d; // " ' ” ’ ) ]
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
/** After a glued ©, its year or its owner's capitalised name ("© 2026 …", "© Le Journal …"), not a word ("© is …"). */
const FOOTER_AFTER_SIGN = /^\s?[\p{Lu}\p{N}]/u;
/** A sentence may open with an upper-case letter, a digit, an opening bracket or quote, or a footer's ©. */
const UPPER = /\p{Lu}/u;
const opensSentence = (text: string, j: number, glued: boolean): boolean => {
  const c = text.charCodeAt(j);
  if (c >= 0x41 && c <= 0x5a) return true; // A-Z
  // Without a space, a digit goes on a number ("3.5", "Rp1.500"), not a sentence.
  if (c >= 0x30 && c <= 0x39) return !glued;
  if (c === 0x5b || c === 0x28 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018) return true; // [ ( " ' “ ‘
  if (c === 0xa9) return FOOTER_AFTER_SIGN.test(text.slice(j + 1, j + 3)); // ©: a footer glued on ("….© 2026 Example Press.")
  return c >= 0x80 && UPPER.test(String.fromCharCode(c));
};
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where each sentence after the first begins: after a terminator (and the quotes and brackets closing
 * it) and any spaces, before what can open a sentence. "U.S. Army" splits too; what follows a false split
 * is kept unless it is junk standing alone. "example.com" and "3.5" do not split.
 */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
    const closed = j;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j < text.length && opensSentence(text, j, j === closed)) starts.push(j);
    i = j - 1;
  }
  return starts;
}

/**
 * Prose before glued junk ends with a full stop. A question or a cry is how junk opens ("Have a news tip?
 * Email us …", "Already a subscriber? Log in"): there the line is left as the rules judged it.
 */
function endsWithFullStop(text: string): boolean {
  let i = text.length - 1;
  while (i > 0 && isCloser(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 0x2e;
}

function wordCount(text: string, atLeast: number): boolean {
  let n = 0;
  for (const _ of text.matchAll(WORD)) if (++n >= atLeast) return true;
  return false;
}

export interface GluedTail {
  /** Where the junk starts in the text (its first sentence's first character). */
  start: number;
  /** The rule that takes the junk's first sentence. */
  rule: string;
}

/**
 * The junk at the end of `text`, after prose: the longest run of sentences at its end (up to
 * MAX_JUNK_SENTENCES) that `junkOf` takes one by one (given the sentence and the one before it),
 * after at least one sentence of prose it does not take. Null when there is none, or when the whole
 * line is junk or no prose stands before it.
 */
export function gluedTail(text: string, junkOf: (sentence: string, before: string) => string | undefined): GluedTail | null {
  const starts = sentenceStarts(text);
  if (starts.length === 0) return null;
  let tail: GluedTail | null = null;
  let k = starts.length - 1;
  // A prompt's button after its question ("Already a subscriber? Log in", "… in your inbox. Sign up"):
  // a few words, no full stop, junk only with the sentence before it.
  const last = text.slice(starts[k]!).trim();
  if (k > 0 && !wordCount(last, MAX_BUTTON_WORDS + 1) && !isTerminator(last.charCodeAt(last.length - 1))) {
    const rule = junkOf(text.slice(starts[k - 1]!).trim(), text.slice(k > 1 ? starts[k - 2]! : 0, starts[k - 1]!).trim());
    if (rule !== undefined) {
      tail = { start: starts[k - 1]!, rule };
      k -= 2;
    }
  }
  for (; k >= 0 && k >= starts.length - MAX_JUNK_SENTENCES; k--) {
    const start = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
    const sentence = text.slice(start, end).trim();
    if (sentence.length < MIN_JUNK_CHARS) break;
    // The sentence before stands for the line before (a rule reads only its neighbour's own words).
    const rule = junkOf(sentence, text.slice(k > 0 ? starts[k - 1]! : 0, start).trim());
    if (rule === undefined) break;
    tail = { start, rule };
  }
  if (tail === null) return null;
  const head = text.slice(0, tail.start).trim();
  if (!wordCount(head, MIN_PROSE_WORDS) || !endsWithFullStop(head)) return null;
  // The prose itself: its last sentence is no junk (the loop stopped there), nor is the whole of it.
  return junkOf(head, '') === undefined ? tail : null;
}

/** A capitalised word inside a sentence (not its first): a name. */
const NAME = /(?<=[\p{L}\p{N},;:)\]"”'’-]\s+)\p{Lu}[\p{L}\p{N}]{2,}/gu;

/** Do the two texts name the same thing (a capitalised word of three letters or more, not opening a sentence)? */
export function sharesName(a: string, b: string): boolean {
  const names = new Set(a.match(NAME) ?? []);
  if (names.size === 0) return false;
  for (const name of b.match(NAME) ?? []) if (names.has(name)) return true;
  return false;
}
