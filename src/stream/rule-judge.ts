import { tameSpaces } from '../rules/tame-spaces.js';
import { isSentenceFragment } from '../rules/sentence-fragment.js';
import { applyCuts, findCuts } from '../core/cuts.js';
import { withoutUnicodeFolding } from '../core/fast-regex.js';
import { compileGates, type LineGates } from '../core/gate.js';
import type { CleanOptions } from '../core/options.js';
import { builtinRules } from '../rules/registry.js';
import type { LineContext, Rule } from '../rules/types.js';
import { gatePrefilter, type GatePrefilter } from './gate-prefilter.js';

/**
 * What the rules say of a stream's lines, asked once per non-blank line, in order. The rules' gates
 * (src/core/gate.ts) are read first: one pass over the line finds which rules' words it holds, and only
 * the rules it admits are asked — line rules, then context rules, then (for lines kept) cut rules. A
 * gate only spares a rule a line it would not have taken, so the answers are those of asking every rule.
 */
export class RuleJudge {
  private readonly gates: LineGates;
  /** For ASCII lines, read as their words are hashed: may the line hold any gate word? Null: gates are off. */
  readonly prefilter: GatePrefilter | null;
  /** Every rule the judge asks (line, context or cut), in order: the very objects the gates know. */
  private readonly rules: Rule[];
  /** What the gate says of each rule for a line with none of the gate words: see NEVER, SHAPE, ASK. */
  private readonly withoutWords: Uint8Array;
  /** The rules whose withoutWords is not NEVER. */
  private readonly askedWithoutWords: number[];
  /** The line regex of each rule (null: none), as the judge runs it. */
  private readonly lines: (RegExp | null)[];
  private readonly lineRules: number[];
  private readonly testRules: number[];
  private readonly cutRules: number[];
  /** Of the line last judged: may the gate let each rule take it (1) or not (0)? Its cuts read this. */
  private readonly admitted: Uint8Array;

  /** `prefilter`: the stream's byte automaton already built from the same options (a worker thread gets it). */
  constructor(options: CleanOptions, prefilter?: GatePrefilter | null) {
    const rules = selectRules(options).filter((r) => r.line || r.test || r.cut);
    this.rules = rules;
    this.gates = compileGates(rules, options.ungated !== true);
    this.prefilter = prefilter !== undefined ? prefilter : options.ungated === true ? null : gatePrefilter(rules);
    // A gated rule answers "no" to a line without its words unless its shape says yes; an ungated one
    // "yes" whatever the line (asked of the empty line, only a gated rule can say no).
    this.withoutWords = Uint8Array.from(rules, (r) => (this.gates.admits(r, 0, '') ? ASK : r.gate?.shape ? SHAPE : NEVER));
    this.askedWithoutWords = rules.flatMap((_, i) => (this.withoutWords[i] === NEVER ? [] : [i]));
    // A line rule reads the trimmed NFKC text, on which /i and /iu match the same lines (see
    // fast-regex.ts), and /i costs V8 no case-folding pass at start-up.
    this.lines = rules.map((r) => (r.line ? withoutUnicodeFolding(nonGlobal(r.line)) : null));
    const indexes = (has: (r: Rule) => unknown) => rules.flatMap((r, i) => (has(r) ? [i] : []));
    this.lineRules = indexes((r) => r.line);
    this.testRules = indexes((r) => r.test);
    this.cutRules = indexes((r) => r.cut);
    this.admitted = new Uint8Array(rules.length);
  }

  /** The rules' gate words in the line: in its text and, where it differs, its raw line (which cuts read). */
  scan(text: string, raw: string): number {
    const mask = this.gates.scan(text);
    return raw.length === text.length && raw === text ? mask : mask | this.gates.scan(raw);
  }

  /** The id of the rule that takes the line as junk, or null. */
  judge(text: string, raw: string, index: number, prev: string, next: string): string | null {
    const i = this.reasonIndex(text, raw, index, prev, next);
    return i < 0 ? null : this.rules[i]!.id;
  }

  /**
   * As `judge`, the rule's index (see `ruleId`), or -1: what a worker thread sends back. `mask`, when
   * given, is the line's gate mask already found (see `scan`).
   */
  reasonIndex(text: string, raw: string, index: number, prev: string, next: string, mask?: number): number {
    const m = mask ?? this.scan(text, raw);
    const { rules, admitted } = this;
    if (m === 0) {
      // Most lines: only the rules known by shape, or without a gate, may take them; usually none does.
      admitted.fill(0);
      let any = 0;
      for (const i of this.askedWithoutWords) {
        any |= admitted[i] = this.withoutWords[i] === SHAPE ? (rules[i]!.gate!.shape!(text) ? 1 : 0) : this.gates.admits(rules[i]!, 0, text) ? 1 : 0;
      }
      if (any === 0) return -1;
    } else {
      for (let i = 0; i < rules.length; i++) admitted[i] = this.gates.admits(rules[i]!, m, text) ? 1 : 0;
    }
    // As the rules read them: long runs of spaces folded (see tameSpaces), once a rule is to be asked.
    let t: string | null = null;
    for (const i of this.lineRules) {
      if (admitted[i] === 0) continue;
      t ??= tameSpaces(text);
      if (this.lines[i]!.test(t)) return isSentenceFragment(t, tameSpaces(prev), tameSpaces(next)) ? -1 : i;
    }
    let ctx: LineContext | undefined;
    for (const i of this.testRules) {
      if (admitted[i] === 0) continue;
      ctx ??= { text: t ?? tameSpaces(text), raw, index, prev: tameSpaces(prev), next: tameSpaces(next), isFirstLine: prev === '' };
      if (rules[i]!.test!(ctx)) return isSentenceFragment(ctx.text, ctx.prev, ctx.next) ? -1 : i;
    }
    return -1;
  }

  /** The id of the rule at `index` (see `reasonIndex`). */
  ruleId(index: number): string {
    return this.rules[index]!.id;
  }

  /**
   * The line last judged (its raw text, given lazily) with glued junk cut out, or null when nothing is
   * cut. Only the cut rules its gate admits are asked.
   */
  cut(raw: () => string): string | null {
    let admitted: Rule[] | undefined;
    for (const i of this.cutRules) if (this.admitted[i] === 1) (admitted ??= []).push(this.rules[i]!);
    if (!admitted) return null;
    const line = raw();
    const cuts = findCuts(line, admitted);
    return cuts.length > 0 ? applyCuts(line, cuts) : null;
  }
}

/** For a line without gate words: the rule is not asked, asked if its shape says so, or its gate is asked. */
const NEVER = 0;
const SHAPE = 1;
const ASK = 2;

function nonGlobal(re: RegExp): RegExp {
  return re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
}

// As createCleaner chooses them (its selectRules is not exported).
function selectRules(options: CleanOptions): Rule[] {
  const switches = options.rules ?? {};
  const all = [...builtinRules, ...(options.customRules ?? [])];
  return all.filter((r) => switches[r.id] ?? (r.category === 'boilerplate' || options.stripCredits === true));
}
