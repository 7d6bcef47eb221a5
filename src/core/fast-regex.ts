// Case-insensitive Unicode regexes (/iu) cost V8 a case-folding pass over every character class on
// first use: for the rule library about 70 ms, paid by every process that cleans one article. For a
// pattern that needs no Unicode-only syntax the /i form matches the same lines of NFKC-normalised text
// (they differ only on a few archaic letters such as the long s and the Kelvin sign, which NFKC has
// already folded), so that form is used.
const UNICODE_ONLY = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]|\\k<|\(\?<[^=!]/;

/** The pattern in the /i form, or null when it needs /u's syntax. */
function withoutU(source: string, flags: string): RegExp | null {
  if (UNICODE_ONLY.test(source)) return null;
  try {
    return new RegExp(source, flags.replace('u', ''));
  } catch {
    return null;
  }
}

export function withoutUnicodeFolding(re: RegExp): RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u')) return re;
  return withoutU(re.source, re.flags) ?? re;
}

/**
 * The rules' case-insensitive patterns, written as if /iu: made in the form the cleaner asks (above)
 * straight from their source. Building the /iu form first cost a short run some 12 ms: its parse folds
 * the case of every character class, a millisecond or more for a rule's large pattern.
 */
export function caseless(source: string): RegExp {
  return withoutU(source, 'iu') ?? new RegExp(source, 'iu');
}
