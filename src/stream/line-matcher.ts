import type { Rule } from '../rules/types.js';

/**
 * The line rules as few regexes as possible: rules whose patterns share flags are joined into one
 * alternation, so a line that no rule matches (nearly all of them) is tested once, not once a rule.
 * Which rule matched is asked only of the lines that matched.
 */
export function lineMatcher(rules: readonly Rule[]): { test: (text: string) => boolean; which: (text: string) => string } {
  const byFlags = new Map<string, Rule[]>();
  const alone: RegExp[] = [];
  for (const rule of rules) {
    // A pattern anchored at the start in every branch is tried at position 0 only (sticky): the same
    // matches, without the engine failing the anchor at every later position of a long line.
    const flags = rule.line!.flags.replace(/[gy]/g, '') + (anchoredAtStart(rule.line!.source) ? 'y' : '');
    // A backreference counts groups: joined with other patterns it would point elsewhere.
    if (/\\[1-9]|\\k</.test(rule.line!.source)) {
      alone.push(new RegExp(rule.line!.source, flags));
      continue;
    }
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), rule]);
  }
  const combined: RegExp[] = [...alone];
  for (const [flags, group] of byFlags) {
    try {
      combined.push(new RegExp(group.map((r) => `(?:${r.line!.source})`).join('|'), flags));
    } catch {
      // Duplicate named groups and the like: fall back to one regex a rule.
      for (const r of group) combined.push(new RegExp(r.line!.source, flags));
    }
  }
  const pristine = rules.map((r) => ({ id: r.id, line: new RegExp(r.line!.source, r.line!.flags.replace(/[gy]/g, '')) }));
  return {
    test: (text) =>
      combined.some((re) => {
        re.lastIndex = 0;
        return re.test(text);
      }),
    which: (text) => pristine.find((r) => r.line.test(text))?.id ?? 'rule',
  };
}

/** Does every top-level branch of the pattern start with `^`? */
export function anchoredAtStart(source: string): boolean {
  let depth = 0;
  let inClass = false;
  let branchStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      if (source[branchStart] !== '^') return false;
      branchStart = i + 1;
    }
  }
  return source[branchStart] === '^';
}
