import type { Rule } from '../rules/types.js';
import type { Reason } from './types.js';

/** A span cut out of a line, widened over the whitespace at the cut, and why. */
export interface Cut {
  start: number;
  end: number;
  reason: Reason;
}

const WHITESPACE = /\s/u;
const globalCache = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let g = globalCache.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCache.set(pattern, g);
  }
  return g;
}

/** Every place a cut rule matches inside a line, without overlaps, in order. */
export function findCuts(line: string, rules: readonly Rule[]): Cut[] {
  const found: Cut[] = [];
  for (const rule of rules) {
    const pattern = globalOf(rule.cut!);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = start + m[0].length;
      while (start > 0 && WHITESPACE.test(line[start - 1]!)) start--;
      while (end < line.length && WHITESPACE.test(line[end]!)) end++;
      if (found.some((c) => start < c.end && c.start < end)) continue;
      found.push({ start, end, reason: { kind: 'rule', rule: rule.id } });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // A line that would be cut to nothing is a whole-line rule's job, not a cut's.
  return /\S/u.test(applyCuts(line, found)) ? found : [];
}

/**
 * The line with the spans cut out. Between two kept parts one space stays, and only where whitespace
 * stood on both sides of the junk: `end.(junk)Next` becomes `end.Next`, `end. junk Next` `end. Next`.
 */
export function applyCuts(line: string, cuts: readonly Cut[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of cuts) {
    const before = line.slice(at, start);
    out += before;
    const spaced = WHITESPACE.test(line[start]!) && WHITESPACE.test(line[end - 1]!) && end - start > 1;
    if (spaced && out !== '' && end < line.length) out += ' ';
    at = end;
  }
  return out + line.slice(at);
}
