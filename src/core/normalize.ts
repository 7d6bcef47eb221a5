// Text compared for repeats: copies differ in case, width, spacing, quote marks, dashes and
// punctuation, none of which make them different paragraphs.
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// A word: letters and digits, and the marks on them: Devanagari's and Thai's vowel signs are marks, and a
// ten-word Hindi line split at them counted nineteen (and went as a repeat, past the fifteen-word floor).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const ASCII_WORD = /[a-z0-9]+/g;
/** Printable ASCII, spaces, tabs and line breaks only: NFKC, the quote, dash and invisible folds change nothing but "`". */
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;
const FOLDABLE_SPACE = /[\t\n\r]| {2}/;

/** NFKC, skipped for plain ASCII (which it leaves as it is). */
export function nfkc(text: string): string {
  return NOT_PLAIN_ASCII.test(text) ? text.normalize('NFKC') : text;
}

/** NFKC, lower case, one kind of quote and dash, no invisible characters, whitespace folded. */
export function normalizeText(text: string): string {
  if (!NOT_PLAIN_ASCII.test(text)) return normalizePlainAscii(text);
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The same result as the general path, for the lines most articles are made of, at a fraction of the cost. */
function normalizePlainAscii(text: string): string {
  let s = text.toLowerCase();
  if (s.includes('`')) s = s.replaceAll('`', "'");
  if (FOLDABLE_SPACE.test(s)) s = s.replace(/\s+/g, ' ');
  return s.trim();
}

/** The words of a text after normalisation: what near-repeat detection compares. */
export function wordsOf(text: string): string[] {
  const normal = normalizeText(text);
  if (!NOT_PLAIN_ASCII.test(normal)) return normal.match(ASCII_WORD) ?? [];
  return normal.match(WORD) ?? [];
}
