import { builtinRules } from '../rules/registry.js';
import type { LineContext, Rule } from '../rules/types.js';
import { isBlank, parseDocument, renderDocument } from './document.js';
import { normalizeText } from './normalize.js';
import { DEFAULTS, type CleanOptions } from './options.js';
import { applyCuts, findCuts, type Cut } from './cuts.js';
import { findOverlapCuts } from './overlaps.js';
import { findRepeats } from './repeats.js';
import { withoutUnicodeFolding } from './fast-regex.js';
import { findSplitJunk } from './split-junk.js';
import type { CleanResult, CleanStats, Reason, Verdict } from './types.js';

export type Cleaner = (text: string) => CleanResult;

/** Resolve the options once; the returned function cleans one text at a time, purely. */
export function createCleaner(options: CleanOptions = {}): Cleaner {
  const rules = selectRules(options);
  const lineRules = rules.filter((r) => r.line || r.test);
  const scanRules = rules.filter((r) => r.scan);
  const cutRules = rules.filter((r) => r.cut);
  const repeats = options.repeats !== false;
  const repeatOptions = {
    minWords: options.minRepeatWords ?? DEFAULTS.minRepeatWords,
    nearThreshold: options.nearThreshold ?? DEFAULTS.nearThreshold,
  };
  const boilerplate = options.boilerplate;

  return function clean(input: string): CleanResult {
    const doc = parseDocument(input);
    const { lines } = doc;
    const texts = lines.map((l) => (isBlank(l) ? '' : l.normalize('NFKC').trim()));
    const reasons = new Map<number, Reason>();
    const cuts = new Map<number, Cut[]>();

    const nonBlank: number[] = [];
    for (let i = 0; i < lines.length; i++) if (texts[i] !== '') nonBlank.push(i);
    const contexts = nonBlank.map((i, k): LineContext => ({
      text: texts[i]!,
      raw: lines[i]!,
      index: i,
      prev: k > 0 ? texts[nonBlank[k - 1]!]! : '',
      next: k + 1 < nonBlank.length ? texts[nonBlank[k + 1]!]! : '',
      isFirstLine: k === 0,
    }));

    // Rules that need the whole document (a table of contents, a run of code) speak first.
    for (const rule of scanRules) {
      for (const k of rule.scan!(contexts)) {
        const i = nonBlank[k];
        if (i !== undefined && !reasons.has(i)) reasons.set(i, { kind: 'rule', rule: rule.id });
      }
    }
    for (const ctx of contexts) {
      if (reasons.has(ctx.index)) continue;
      const rule = lineRules.find((r) => (r.line && r.line.test(ctx.text)) || (r.test && r.test(ctx)));
      if (rule) {
        reasons.set(ctx.index, { kind: 'rule', rule: rule.id });
        continue;
      }
      if (boilerplate) {
        const count = boilerplate.get(normalizeText(ctx.text));
        if (count !== undefined) reasons.set(ctx.index, { kind: 'profile', count });
      }
    }
    for (const { lines: group, rule } of findSplitJunk(contexts, lineRules)) {
      for (const i of group) if (!reasons.has(i)) reasons.set(i, { kind: 'rule', rule });
    }
    for (const i of nonBlank) {
      if (reasons.has(i)) continue;
      const found = findCuts(lines[i]!, cutRules);
      if (found.length > 0) cuts.set(i, found);
    }

    const replaced = new Map<number, string>();
    for (const [i, found] of cuts) replaced.set(i, applyCuts(lines[i]!, found));

    if (repeats) {
      const candidates = nonBlank.filter((i) => !reasons.has(i)).map((i) => ({ index: i, text: replaced.get(i) ?? lines[i]! }));
      // A line opening with the words that ended the one before it: the overlap is cut.
      for (const o of findOverlapCuts(candidates)) {
        const found = [...(cuts.get(o.index) ?? []), { start: o.start, end: o.end, reason: { kind: 'repeat', of: o.of + 1, similarity: 1 } as Reason }];
        found.sort((a, b) => a.start - b.start);
        cuts.set(o.index, found);
        replaced.set(o.index, applyCuts(lines[o.index]!, found));
      }
      const overlapsCut = candidates.map((c) => ({ index: c.index, text: replaced.get(c.index) ?? lines[c.index]! }));
      for (const r of findRepeats(overlapsCut, repeatOptions)) {
        reasons.set(r.index, { kind: 'repeat', of: r.of + 1, similarity: r.similarity });
        cuts.delete(r.index);
        replaced.delete(r.index);
      }
    }

    settleContextRules(nonBlank, texts, lines, replaced, reasons, lineRules);

    const keep = lines.map((_, i) => !reasons.has(i));
    const text = renderDocument(doc, keep, replaced);
    const verdicts: Verdict[] = [];
    for (let i = 0; i < lines.length; i++) {
      const reason = reasons.get(i);
      if (reason) {
        verdicts.push({ line: i + 1, action: 'drop', text: lines[i]!, reason });
        continue;
      }
      for (const cut of cuts.get(i) ?? []) verdicts.push({ line: i + 1, action: 'cut', text: lines[i]!, start: cut.start, end: cut.end, reason: cut.reason });
    }
    return { text, changed: text !== input, verdicts, stats: statsOf(lines.length, text, verdicts) };
  };
}

/**
 * Rules that read a line's neighbours are asked again among the lines that stay (and rules of every
 * kind about lines whose junk was cut), until nothing more goes. Without this a second cleaning of the
 * output could remove more: a lone "A" whose chrome neighbour went in the first pass meets another
 * lone "A". Bounded: each round removes at least one line, and a text has few such lines.
 */
function settleContextRules(
  nonBlank: number[],
  texts: string[],
  lines: string[],
  replaced: Map<number, string>,
  reasons: Map<number, Reason>,
  lineRules: Rule[],
): void {
  const contextRules = lineRules.filter((r) => r.test);
  for (let round = 0; round < 16; round++) {
    const alive = nonBlank.filter((i) => !reasons.has(i));
    const textOf = (i: number) => (replaced.has(i) ? replaced.get(i)!.normalize('NFKC').trim() : texts[i]!);
    const dropped: [number, string][] = [];
    alive.forEach((i, k) => {
      const ctx: LineContext = {
        text: textOf(i),
        raw: replaced.get(i) ?? lines[i]!,
        index: i,
        prev: k > 0 ? textOf(alive[k - 1]!) : '',
        next: k + 1 < alive.length ? textOf(alive[k + 1]!) : '',
        isFirstLine: k === 0,
      };
      const candidates = replaced.has(i) ? lineRules : contextRules;
      const rule = candidates.find((r) => (r.line && r.line.test(ctx.text)) || (r.test && r.test(ctx)));
      if (rule) dropped.push([i, rule.id]);
    });
    if (dropped.length === 0) return;
    for (const [i, rule] of dropped) reasons.set(i, { kind: 'rule', rule });
  }
}

/** Clean one text: boilerplate and repeats removed, everything else byte-identical. */
export function clean(text: string, options: CleanOptions = {}): CleanResult {
  return createCleaner(options)(text);
}

function selectRules(options: CleanOptions): Rule[] {
  const switches = options.rules ?? {};
  const all = [...builtinRules, ...(options.customRules ?? [])];
  const known = new Set(all.map((r) => r.id));
  for (const id of Object.keys(switches)) {
    if (!known.has(id)) throw new Error(`unknown rule "${id}" (see --list-rules)`);
  }
  return all
    .filter((r) => switches[r.id] ?? (r.category === 'boilerplate' || options.stripCredits === true))
    .map((r) => ({ ...r, ...(r.line ? { line: withoutUnicodeFolding(r.line) } : {}), ...(r.cut ? { cut: withoutUnicodeFolding(r.cut) } : {}) }));
}

function statsOf(linesIn: number, text: string, verdicts: Verdict[]): CleanStats {
  const byReason: Record<string, number> = {};
  let removed = 0;
  let cut = 0;
  for (const v of verdicts) {
    if (v.action === 'cut') {
      cut++;
      continue;
    }
    removed++;
    const key = v.reason.kind === 'rule' ? v.reason.rule : v.reason.kind;
    byReason[key] = (byReason[key] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(Object.entries(byReason).sort(([a], [b]) => (a < b ? -1 : 1)));
  const linesOut = text === '' ? 0 : parseDocument(text).lines.length;
  return { linesIn, linesOut, linesRemoved: removed, linesCut: cut, byReason: sorted };
}
