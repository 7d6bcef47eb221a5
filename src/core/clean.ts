import { builtinRules } from '../rules/registry.js';
import type { LineContext, Rule } from '../rules/types.js';
import { isBlank, parseDocument, renderDocument } from './document.js';
import { normalizeText } from './normalize.js';
import { DEFAULTS, type CleanOptions } from './options.js';
import { findRepeats } from './repeats.js';
import type { CleanResult, CleanStats, Reason, Verdict } from './types.js';

export type Cleaner = (text: string) => CleanResult;

/** Resolve the options once; the returned function cleans one text at a time, purely. */
export function createCleaner(options: CleanOptions = {}): Cleaner {
  const rules = selectRules(options);
  const lineRules = rules.filter((r) => r.line || r.test);
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
    const cuts = new Map<number, { start: number; end: number; rule: string }>();

    const nonBlank: number[] = [];
    for (let i = 0; i < lines.length; i++) if (texts[i] !== '') nonBlank.push(i);

    nonBlank.forEach((i, k) => {
      const ctx: LineContext = {
        text: texts[i]!,
        raw: lines[i]!,
        index: i,
        prev: k > 0 ? texts[nonBlank[k - 1]!]! : '',
        next: k + 1 < nonBlank.length ? texts[nonBlank[k + 1]!]! : '',
        isFirstLine: k === 0,
      };
      const rule = lineRules.find((r) => (r.line && r.line.test(ctx.text)) || (r.test && r.test(ctx)));
      if (rule) {
        reasons.set(i, { kind: 'rule', rule: rule.id });
        return;
      }
      if (boilerplate) {
        const count = boilerplate.get(normalizeText(ctx.text));
        if (count !== undefined) {
          reasons.set(i, { kind: 'profile', count });
          return;
        }
      }
      for (const r of cutRules) {
        const cut = findCut(lines[i]!, r.cut!);
        if (cut) {
          cuts.set(i, { ...cut, rule: r.id });
          break;
        }
      }
    });

    const replaced = new Map<number, string>();
    for (const [i, cut] of cuts) replaced.set(i, applyCut(lines[i]!, cut));

    if (repeats) {
      const candidates = nonBlank.filter((i) => !reasons.has(i)).map((i) => ({ index: i, text: replaced.get(i) ?? lines[i]! }));
      for (const r of findRepeats(candidates, repeatOptions)) {
        reasons.set(r.index, { kind: 'repeat', of: r.of + 1, similarity: r.similarity });
        cuts.delete(r.index);
        replaced.delete(r.index);
      }
    }

    const keep = lines.map((_, i) => !reasons.has(i));
    const text = renderDocument(doc, keep, replaced);
    const verdicts: Verdict[] = [];
    for (let i = 0; i < lines.length; i++) {
      const reason = reasons.get(i);
      if (reason) verdicts.push({ line: i + 1, action: 'drop', text: lines[i]!, reason });
      const cut = cuts.get(i);
      if (cut) verdicts.push({ line: i + 1, action: 'cut', text: lines[i]!, start: cut.start, end: cut.end, reason: { kind: 'rule', rule: cut.rule } });
    }
    return { text, changed: text !== input, verdicts, stats: statsOf(lines.length, text, verdicts) };
  };
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
  return all.filter((r) => switches[r.id] ?? (r.category === 'boilerplate' || options.stripCredits === true));
}

/** Where a cut rule matches inside a line, widened over the whitespace at the cut. */
function findCut(line: string, pattern: RegExp): { start: number; end: number } | null {
  const match = pattern.exec(line);
  if (!match || match[0].length === 0) return null;
  let start = match.index;
  let end = start + match[0].length;
  while (start > 0 && /\s/u.test(line[start - 1]!)) start--;
  while (end < line.length && /\s/u.test(line[end]!)) end++;
  const rest = line.slice(0, start) + line.slice(end);
  if (isBlank(rest)) return null; // a whole-line match is a line rule's job
  return { start, end };
}

function applyCut(line: string, cut: { start: number; end: number }): string {
  const before = line.slice(0, cut.start);
  const after = line.slice(cut.end);
  // Between two kept parts, keep one of the spaces that stood at the cut, and only if one did.
  const spaced = /\s/u.test(line[cut.start]!) || /\s/u.test(line[cut.end - 1]!);
  return before && after && spaced ? `${before} ${after}` : before + after;
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
