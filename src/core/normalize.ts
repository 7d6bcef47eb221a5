// Text compared for repeats: copies differ in case, width, spacing, quote marks, dashes and
// punctuation, none of which make them different paragraphs.
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** NFKC, lower case, one kind of quote and dash, no invisible characters, whitespace folded. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The words of a text after normalisation: what near-repeat detection compares. */
export function wordsOf(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}
