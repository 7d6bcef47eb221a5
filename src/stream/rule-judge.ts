import { applyCuts, findCuts } from '../core/cuts.js';
import type { CleanOptions } from '../core/options.js';
import { builtinRules } from '../rules/registry.js';
import type { LineContext, Rule } from '../rules/types.js';
import { lineMatcher } from './line-matcher.js';

/**
 * What the rules say of a stream's lines, asked once per non-blank line, in order: line rules as a few
 * joined regexes, then the context rules; the cuts for the lines kept.
 */
export class RuleJudge {
  private readonly matcher: ReturnType<typeof lineMatcher>;
  private readonly testRules: Rule[];
  private readonly cutRules: Rule[];

  constructor(options: CleanOptions) {
    const rules = selectRules(options);
    this.matcher = lineMatcher(rules.filter((r) => r.line));
    this.testRules = rules.filter((r) => r.test);
    this.cutRules = rules.filter((r) => r.cut);
  }

  /** The id of the rule that takes the line as junk, or null; `wanted` false: the answer is not needed. */
  judge(text: string, raw: string, index: number, prev: string, next: string, wanted = true): string | null {
    if (!wanted) return null;
    if (this.matcher.test(text)) return this.matcher.which(text);
    if (this.testRules.length === 0) return null;
    const ctx: LineContext = { text, raw, index, prev, next, isFirstLine: prev === '' };
    return this.testRules.find((r) => r.test!(ctx))?.id ?? null;
  }

  /** The line (its raw text, given lazily) with glued junk cut out, or null when nothing is cut. */
  cut(raw: () => string): string | null {
    if (this.cutRules.length === 0) return null;
    const line = raw();
    const cuts = findCuts(line, this.cutRules);
    return cuts.length > 0 ? applyCuts(line, cuts) : null;
  }
}

// As createCleaner chooses them (its selectRules is not exported).
function selectRules(options: CleanOptions): Rule[] {
  const switches = options.rules ?? {};
  const all = [...builtinRules, ...(options.customRules ?? [])];
  return all.filter((r) => switches[r.id] ?? (r.category === 'boilerplate' || options.stripCredits === true));
}
