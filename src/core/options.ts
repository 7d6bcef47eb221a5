import type { Rule } from '../rules/types.js';

export interface CleanOptions {
  /** Switch rules on or off by id: `{ 'ad-marker': false }`. Unknown ids are an error. */
  rules?: Record<string, boolean>;
  /** Rules of the user's own, tried after the built-in ones. */
  customRules?: Rule[];
  /** Also remove credits and captions (bylines, `Editor:`, `Foto:` lines, editor codes). */
  stripCredits?: boolean;
  /** Remove repeated text (default true). */
  repeats?: boolean;
  /** Words a line needs to be judged as a repeat on its own (default 15). */
  minRepeatWords?: number;
  /** Share of a line's word trigrams already present that makes it a near repeat (default 0.8). */
  nearThreshold?: number;
  /** Lines learned as boilerplate of a site: normalised text → how many files had it. */
  boilerplate?: ReadonlyMap<string, number>;
  /**
   * Also give the clean article's `signature` (a hash of its words and a MinHash of its word trigrams),
   * to find the same article twice in a corpus; made from the words cleaning has hashed already.
   */
  signature?: boolean;
  /** @internal Ask every rule of every line, ignoring the rules' gates: tests check the output is the same. */
  ungated?: boolean;
}

export const DEFAULTS = Object.freeze({ minRepeatWords: 15, nearThreshold: 0.8 });

/**
 * The options a library caller passes, checked as a config file's are: a wrong value is an error that
 * names it, not a cleaning that quietly differs (a `minRepeatWords` of 0 took every short table cell
 * that recurs; a custom rule's `g` regex, stateful, skipped every other junk line).
 */
export function checkOptions(options: CleanOptions): void {
  const { minRepeatWords: words, nearThreshold: near, customRules: custom, boilerplate } = options;
  if (words !== undefined && (typeof words !== 'number' || !Number.isInteger(words) || words < 1 || words > 1000)) {
    throw new RangeError(`minRepeatWords: expected a whole number from 1 to 1000, got ${String(words)}`);
  }
  if (near !== undefined && (typeof near !== 'number' || !(near > 0 && near <= 1))) {
    throw new RangeError(`nearThreshold: expected a number above 0 and at most 1, got ${String(near)}`);
  }
  if (custom !== undefined && !Array.isArray(custom)) throw new TypeError('customRules: expected an array of rules');
  for (const rule of custom ?? []) {
    for (const key of ['line', 'cut'] as const) {
      const re = rule?.[key];
      if (re !== undefined && !(re instanceof RegExp)) throw new TypeError(`customRules: rule "${rule.id}": ${key} must be a RegExp`);
      if (re && /[gy]/.test(re.flags)) throw new TypeError(`customRules: rule "${rule.id}": ${key} has the ${re.flags.includes('g') ? 'g' : 'y'} flag, which makes a regex skip lines; leave it out`);
    }
  }
  if (boilerplate !== undefined && !(boilerplate instanceof Map)) throw new TypeError('boilerplate: expected a Map of normalised line → count');
}
