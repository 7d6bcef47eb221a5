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
