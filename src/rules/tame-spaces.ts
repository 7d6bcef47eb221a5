// What the rules read of a line: a run of more than 32 spaces or tabs folded to one space. Text has no
// such run inside a line (a layout of columns, at most), so verdicts on real lines do not change; but a
// crafted one ("Baca juga" and 100,000 spaces) made every pattern with two quantifiers over spaces in a
// row try each way to split the run: quadratic, half a minute a line. The output keeps the raw line.

const RUN = 33;
const LONG_RUN = /\s{33,}/gu;

export function tameSpaces(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, ' ') : text;
}

/**
 * A run of RUN whitespace characters covers one of every RUN positions: only those are looked at, and the
 * run measured around one that is a space. A regex search cost 0.75 µs a paragraph; this, a few dozen reads.
 */
function hasLongRun(text: string): boolean {
  for (let i = RUN - 1; i < text.length; i += RUN) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && end - start < RUN && isSpace(text.charCodeAt(end))) end++;
    if (end - start >= RUN) return true;
  }
  return false;
}

/** What `\s` matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
