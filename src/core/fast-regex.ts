// Case-insensitive Unicode regexes (/iu) cost V8 a case-folding pass over every character class on
// first use: for the rule library about 70 ms, paid by every process that cleans one article. For a
// pattern that needs no Unicode-only syntax the /i form matches the same lines of NFKC-normalised text
// (they differ only on a few archaic letters such as the long s and the Kelvin sign, which NFKC has
// already folded), so that form is used.
const UNICODE_ONLY = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]|\\k<|\(\?<[^=!]/;

export function withoutUnicodeFolding(re: RegExp): RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u') || UNICODE_ONLY.test(re.source)) return re;
  try {
    return new RegExp(re.source, re.flags.replace('u', ''));
  } catch {
    return re;
  }
}

/**
 * The rules' case-insensitive patterns, written as if /iu: made in the form the cleaner asks (above)
 * straight from their source. Building the /iu form first cost a short run some 12 ms: its parse folds
 * the case of every character class, a millisecond or more for a rule's large pattern.
 */
export function caseless(source: string): RegExp {
  if (!UNICODE_ONLY.test(source)) {
    try {
      return new RegExp(source, 'i');
    } catch {
      // Only /u's syntax: compiled with it below.
    }
  }
  return new RegExp(source, 'iu');
}
