// A line in the middle of a sentence: the line before begins it and the line after goes on with it. A
// scraper that puts each link of a sentence on a line of its own leaves such lines (`Readers can` /
// `leave a comment` / `below the story, the editor said.`), and a link's words can be a button's
// (`sign up`, `back to top`). The labels call every fragment content, so no rule takes one whole.
// The fragment and the line after go on in lower case, the line before has two words or more and the
// line after three: a row of buttons (`Share` / `facebook` / `twitter`) is no sentence, nor is junk
// between a headline and its lede, and junk itself opens with a capital (`ADVERTISEMENT`, `Baca juga:`).

const WORDS_BEFORE = 2;
const WORDS_AFTER = 3;
/** The line before stops where a sentence goes on: after a letter, a digit or a comma. */
const OPEN_END = /[\p{L}\p{N},]$/u;
/** The line after goes on in lower case. */
const GOES_ON = /^\p{Ll}/u;
const WORD = /[\p{L}\p{N}]+/gu;

export function isSentenceFragment(text: string, prev: string, next: string): boolean {
  return GOES_ON.test(text) && OPEN_END.test(prev) && GOES_ON.test(next) && hasWords(prev, WORDS_BEFORE) && hasWords(next, WORDS_AFTER);
}

function hasWords(text: string, n: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(WORD)) if (++count >= n) return true;
  return false;
}
