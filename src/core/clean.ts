import { tameSpaces } from '../rules/tame-spaces.js';
import { isSentenceFragment } from '../rules/sentence-fragment.js';
import { builtinRules } from '../rules/registry.js';
import type { LineContext, Rule } from '../rules/types.js';
import { countLines, isBlank, parseDocument, renderDocument } from './document.js';
import { nfkc, normalizeText } from './normalize.js';
import { checkOptions, DEFAULTS, type CleanOptions } from './options.js';
import { applyCuts, findCuts, type Cut } from './cuts.js';
import { findOverlapCuts } from './overlaps.js';
import { findRepeats, hasHeadlineCopy } from './repeats.js';
import { linesOf, MAX_COMPARE_CHARS, type RepeatLine } from './repeat-line.js';
import { signatureOf, signatureOfWords, type ArticleSignature } from './signature.js';
import { withoutUnicodeFolding } from './fast-regex.js';
import { compileGates, type LineGates } from './gate.js';
import { findSplitJunk } from './split-junk.js';
import { gluedTail, sharesName } from './glued-tail.js';
import type { CleanResult, CleanStats, Reason, Verdict } from './types.js';

export type Cleaner = (text: string) => CleanResult;

/** Resolve the options once; the returned function cleans one text at a time, purely. */
export function createCleaner(options: CleanOptions = {}): Cleaner {
  checkOptions(options);
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
  const gates = compileGates(rules, options.ungated !== true);
  const gatedLineRules = lineRules.map((rule) => gated(rule, gates));
  const gatedContextRules = gatedLineRules.filter((g) => g.rule.test);
  // A line without gate words (most lines) can only be taken by the rules asked of every line or known
  // by shape: the others are not even looked at.
  const wordlessLineRules = gatedLineRules.filter((g) => g.bit === 0 || g.shape !== null);
  const gatedCutRules = cutRules.map((rule) => gated(rule, gates));
  // Junk glued after prose is known by its words: a sentence is asked only of the rules with a gate, and
  // only when it holds gate words (every rule would cost each sentence what it costs a line). Words are
  // found with the gates even where they are off, so the output is the same either way.
  const gluedRules = gatedLineRules.filter((g) => g.rule.gate !== undefined);
  const wordGates = options.ungated === true ? compileGates(rules, true) : gates;

  return function clean(input: string): CleanResult {
    const doc = parseDocument(input);
    const { lines } = doc;
    const texts = lines.map((l) => (isBlank(l) ? '' : nfkc(l).trim()));
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

    // Which rules' gate words each line holds (the raw line too, where NFKC changed it).
    const masks = contexts.map((ctx) => gateMask(gates, ctx.text, ctx.raw));
    // The same masks by line index, for the lines asked again after their neighbours went.
    const maskOfLine = new Int32Array(lines.length);
    contexts.forEach((ctx, k) => (maskOfLine[ctx.index] = masks[k]!));

    // Rules that need the whole document (a table of contents, a run of code) speak first.
    for (const rule of scanRules) {
      for (const k of rule.scan!(contexts)) {
        const i = nonBlank[k];
        if (i !== undefined && !reasons.has(i)) reasons.set(i, { kind: 'rule', rule: rule.id });
      }
    }
    // Nothing read again yet: the whole-document rules ran beside each other, one's lines still in
    // place for the others (a code line above a link list that opens the text once it is gone).
    let scannedWith = 0;
    let scannedCuts = 0;
    // Lines a rule took whole (not a block's rule, not a profile's count): prose may open them.
    const takenWhole: number[] = [];
    contexts.forEach((ctx, k) => {
      if (reasons.has(ctx.index)) return;
      const mask = masks[k]!;
      const rule = firstTaker(mask === 0 ? wordlessLineRules : gatedLineRules, mask, ctx);
      if (rule) {
        reasons.set(ctx.index, { kind: 'rule', rule: rule.id });
        takenWhole.push(k);
        return;
      }
      if (boilerplate) {
        const count = boilerplate.get(normalizeText(ctx.text));
        if (count !== undefined) reasons.set(ctx.index, { kind: 'profile', count });
      }
    });
    const admits = (rule: Rule, text: string) => gates.admits(rule, gates.scan(text), text);
    for (const { lines: group, rule } of findSplitJunk(contexts, lineRules, admits)) {
      for (const i of group) if (!reasons.has(i)) reasons.set(i, { kind: 'rule', rule });
    }
    contexts.forEach((ctx, k) => {
      if (reasons.has(ctx.index) || cutRules.length === 0) return;
      const admitted = admittedOf(gatedCutRules, masks[k]!, ctx.text);
      if (admitted === null) return;
      const found = findCuts(lines[ctx.index]!, admitted);
      if (found.length > 0) cuts.set(ctx.index, found);
    });

    // Junk glued after prose: a line taken whole keeps the prose that opens it; a line with gate words
    // and no cut loses the junk sentences at its end.
    const junkOf = (next: string) => (sentence: string, before: string) => {
      const mask = wordGates.scan(sentence);
      if (mask === 0) return undefined;
      const ctx: LineContext = { text: sentence, raw: sentence, index: -1, prev: before, next, isFirstLine: false };
      return firstTaker(gluedRules, mask, ctx)?.id;
    };
    const tailCut = (k: number, whole: boolean): Cut | null => {
      const ctx = contexts[k]!;
      const raw = lines[ctx.index]!;
      // Offsets are the raw line's: where NFKC changed it, the line is left as the rules judged it.
      const lead = raw.indexOf(ctx.text);
      if (lead < 0 || raw.length - lead - ctx.text.length !== raw.length - raw.trimEnd().length) return null;
      const tail = gluedTail(ctx.text, junkOf(ctx.next));
      // A site's note about itself names the site in both parts ("Contoh Community is a platform for
      // writers. Everything published on Community is the writer's own."): the rule took it whole.
      if (tail === null || (whole && sharesName(ctx.text.slice(0, tail.start), ctx.text.slice(tail.start)))) return null;
      let start = lead + tail.start;
      while (start > 0 && /\s/u.test(raw[start - 1]!)) start--;
      return { start, end: raw.length, reason: { kind: 'rule', rule: tail.rule } };
    };
    // A link or prompt glued in front of a sentence with no space ("Read more: Rates fall in
    // countyThe trust said …"): what the rule takes before the seam goes, the sentence stays.
    const headCut = (k: number): Cut | null => {
      const ctx = contexts[k]!;
      const seam = gluedSentenceSeam(ctx.text);
      if (seam < 0) return null;
      const reason = reasons.get(ctx.index);
      const rule = reason?.kind === 'rule' ? rules.find((r) => r.id === reason.rule) : undefined;
      const head = ctx.text.slice(0, seam);
      if (rule === undefined || !(rule.line?.test(head) || rule.test?.({ ...ctx, text: head }))) return null;
      // The sentence after the seam is no junk of its own (a prompt's second half is).
      const tail = ctx.text.slice(seam);
      if (firstTaker(gatedLineRules, gateMask(gates, tail, tail), { ...ctx, text: tail, raw: tail }) !== undefined) return null;
      const lead = lines[ctx.index]!.indexOf(ctx.text);
      return lead < 0 ? null : { start: lead, end: lead + head.length, reason: reason! };
    };
    for (const k of takenWhole) {
      const cut = tailCut(k, true) ?? headCut(k);
      if (cut === null) continue;
      reasons.delete(contexts[k]!.index);
      cuts.set(contexts[k]!.index, [cut]);
    }
    contexts.forEach((ctx, k) => {
      if (reasons.has(ctx.index) || cuts.has(ctx.index)) return;
      if ((wordGates === gates ? masks[k]! : gateMask(wordGates, ctx.text, ctx.raw)) === 0) return;
      const cut = tailCut(k, false);
      if (cut !== null) cuts.set(ctx.index, [cut]);
    });

    const replaced = new Map<number, string>();
    for (const [i, found] of cuts) replaced.set(i, applyCuts(lines[i]!, found));

    let repeatLines: RepeatLine[] | null = null;
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
      repeatLines = linesOf(overlapsCut);
      let repeated = 0;
      for (const r of findRepeats(overlapsCut, repeatOptions, repeatLines)) {
        reasons.set(r.index, { kind: 'repeat', of: r.of + 1, similarity: r.similarity });
        cuts.delete(r.index);
        replaced.delete(r.index);
        repeated++;
      }
      // Lines that became neighbours as repeats went may overlap: a second cleaning would cut them. (Lines
      // cut already are left: their offsets are the raw line's, and a cut may have moved its start.)
      if (repeated > 0) {
        const standing = overlapsCut.filter((c) => !reasons.has(c.index));
        for (const o of findOverlapCuts(standing)) {
          if (cuts.has(o.index)) continue;
          const found = [{ start: o.start, end: o.end, reason: { kind: 'repeat', of: o.of + 1, similarity: 1 } as Reason }];
          cuts.set(o.index, found);
          replaced.set(o.index, applyCuts(lines[o.index]!, found));
        }
      }
    }

    if (reasons.size > 0 || replaced.size > 0) {
      const settle = () => {
        settleContextRules(nonBlank, texts, lines, replaced, reasons, gatedLineRules, gatedContextRules, gates, maskOfLine);
        // The whole-document rules read the lines again without the ones that went: a link list that
        // ended the text only once the junk after it went, as a second cleaning would find it.
        // Cut lines read differently too (a link list's last entry with its glued junk cut off).
        let cutSince = replaced.size > scannedCuts;
        for (let round = 0; round < MAX_SCAN_ROUNDS && (reasons.size > scannedWith || cutSince); round++) {
          scannedWith = reasons.size;
          scannedCuts = replaced.size;
          cutSince = false;
          if (!rescan(nonBlank, texts, lines, replaced, reasons, scanRules)) break;
          settleContextRules(nonBlank, texts, lines, replaced, reasons, gatedLineRules, gatedContextRules, gates, maskOfLine);
        }
      };
      settle();
      // The repeat pass took the first line in play for the headline, and a copy of the headline is a
      // repeat however short. Where that line went after it (a link list's "Email" above the headline,
      // taken only once its neighbours went) or went as a repeat itself, the text opens with another line,
      // and a second cleaning would judge the lines with that one for the headline: where it has a copy,
      // the repeat pass is asked again of the lines standing, as the second cleaning would ask it.
      // Nothing to do (and nothing looked at but the lines that went before it) while the first stays.
      let headline = repeatLines?.[0];
      for (let round = 0; repeatLines !== null && round < MAX_HEADLINE_ROUNDS; round++) {
        const first = repeatLines.find((l) => !reasons.has(l.index));
        if (first === undefined || first === headline) break;
        headline = first;
        const standing = repeatLines.filter((l) => !reasons.has(l.index));
        const standingText = standing.map((l) => ({ index: l.index, text: replaced.get(l.index) ?? lines[l.index]! }));
        if (!hasHeadlineCopy(standingText, standing)) break;
        const found = findRepeats(standingText, repeatOptions, standing);
        if (found.length === 0) break;
        for (const r of found) {
          reasons.set(r.index, { kind: 'repeat', of: r.of + 1, similarity: r.similarity });
          cuts.delete(r.index);
          replaced.delete(r.index);
        }
        settle();
      }
    }

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
    const result: CleanResult = { text, changed: text !== input, verdicts, stats: statsOf(lines.length, text, verdicts) };
    if (options.signature) result.signature = (repeatLines && signatureOfKept(repeatLines, keep, lines, replaced)) ?? signatureOf(text);
    return result;
  };
}

/**
 * Rules that read a line's neighbours are asked again among the lines that stay (and rules of every
 * kind about lines whose junk was cut), until nothing more goes. Without this a second cleaning of the
 * output could remove more: a lone "A" whose chrome neighbour went in the first pass meets another
 * lone "A". Only lines whose neighbours changed since they were last asked are asked again (the
 * answer depends on nothing else). Bounded: each round removes at least one line.
 */
function settleContextRules(
  nonBlank: number[],
  texts: string[],
  lines: string[],
  replaced: Map<number, string>,
  reasons: Map<number, Reason>,
  lineRules: GatedRule[],
  contextRules: GatedRule[],
  gates: LineGates,
  maskOfLine: Int32Array,
): void {
  // The neighbours each line was last asked with (-1: none); the first pass asked with every line.
  const size = nonBlank.length > 0 ? nonBlank[nonBlank.length - 1]! + 1 : 0;
  const prevOf = new Int32Array(size);
  const nextOf = new Int32Array(size);
  nonBlank.forEach((i, k) => {
    prevOf[i] = k > 0 ? nonBlank[k - 1]! : -1;
    nextOf[i] = k + 1 < nonBlank.length ? nonBlank[k + 1]! : -1;
  });
  const cutText = new Map<number, string>();
  const textOf = (i: number) => {
    if (!replaced.has(i)) return texts[i]!;
    let t = cutText.get(i);
    if (t === undefined) cutText.set(i, (t = nfkc(replaced.get(i)!).trim()));
    return t;
  };
  const askedCut = new Set<number>();
  for (let round = 0; round < 16; round++) {
    const alive = nonBlank.filter((i) => !reasons.has(i));
    const dropped: [number, string][] = [];
    alive.forEach((i, k) => {
      const prev = k > 0 ? alive[k - 1]! : -1;
      const next = k + 1 < alive.length ? alive[k + 1]! : -1;
      const isCut = replaced.has(i);
      if (prevOf[i] === prev && nextOf[i] === next && (!isCut || askedCut.has(i))) return;
      const neighboursChanged = prevOf[i] !== prev || nextOf[i] !== next;
      prevOf[i] = prev;
      nextOf[i] = next;
      if (isCut) askedCut.add(i);
      const text = textOf(i);
      const raw = replaced.get(i) ?? lines[i]!;
      const ctx: LineContext = { text, raw, index: i, prev: prev < 0 ? '' : textOf(prev), next: next < 0 ? '' : textOf(next), isFirstLine: k === 0 };
      // A line's text changes only where junk was cut from it.
      const mask = isCut ? gateMask(gates, text, raw) : maskOfLine[i]!;
      // Whole-line rules too: a line's new neighbours may no longer make it a sentence's fragment.
      const candidates = isCut || neighboursChanged ? lineRules : contextRules;
      const rule = firstTaker(candidates, mask, ctx);
      if (rule) dropped.push([i, rule.id]);
    });
    if (dropped.length === 0) return;
    for (const [i, rule] of dropped) reasons.set(i, { kind: 'rule', rule });
  }
}

/**
 * Where a sentence was glued on with no space: a lower-case letter, then a capitalised word opening six
 * or more words that end as a sentence ends. The first such place: cutting less keeps more.
 */
const GLUED_SENTENCE_SEAM = /\p{Ll}(?=\p{Lu}\p{Ll}+(?: \S+){5,}[.!?]["”’)]?$)/gu;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * Where the glued sentence starts, or -1. The word the seam is in must open in lower case with two
 * letters or more before it ("countyThe"): a name written in camel case ("TikTok", "KapanLagi",
 * "iPhone", "McDonald") is no seam.
 */
function gluedSentenceSeam(text: string): number {
  GLUED_SENTENCE_SEAM.lastIndex = 0;
  for (let m = GLUED_SENTENCE_SEAM.exec(text); m !== null; m = GLUED_SENTENCE_SEAM.exec(text)) {
    let start = m.index;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    if (m.index - start >= 1 && LOWER.test(text[start]!)) return m.index + 1;
  }
  return -1;
}

/** Rounds of whole-document rules after the first; each needs a line removed since the last. */
const MAX_SCAN_ROUNDS = 3;
/** Times the repeat pass is asked again for a new first line; each needs a line removed since the last. */
const MAX_HEADLINE_ROUNDS = 3;

/** The whole-document rules asked again of the lines still standing; true if they took any. */
function rescan(nonBlank: number[], texts: string[], lines: string[], replaced: Map<number, string>, reasons: Map<number, Reason>, scanRules: Rule[]): boolean {
  if (scanRules.length === 0) return false;
  const alive = nonBlank.filter((i) => !reasons.has(i));
  const textOf = (i: number) => (replaced.has(i) ? nfkc(replaced.get(i)!).trim() : texts[i]!);
  const standing = alive.map((i) => textOf(i));
  const contexts = alive.map((i, k): LineContext => ({
    text: standing[k]!,
    raw: replaced.get(i) ?? lines[i]!,
    index: i,
    prev: k > 0 ? standing[k - 1]! : '',
    next: k + 1 < alive.length ? standing[k + 1]! : '',
    isFirstLine: k === 0,
  }));
  // A line whose copies went as its repeats stays: taking it now would take the text from the output.
  const originals = new Set<number>();
  for (const reason of reasons.values()) if (reason.kind === 'repeat') originals.add(reason.of - 1);
  let took = false;
  for (const rule of scanRules) {
    for (const k of rule.scan!(contexts)) {
      const i = alive[k];
      if (i === undefined || reasons.has(i) || originals.has(i)) continue;
      reasons.set(i, { kind: 'rule', rule: rule.id });
      took = true;
    }
  }
  return took;
}

/** A rule with its gate looked up once: its bit in a line's mask (0: always asked) and its shape test. */
interface GatedRule {
  rule: Rule;
  bit: number;
  shape: ((text: string) => boolean) | null;
}

function gated(rule: Rule, gates: LineGates): GatedRule {
  const bit = gates.bitOf(rule);
  return { rule, bit, shape: bit !== 0 ? (rule.gate?.shape ?? null) : null };
}

const admitted = (g: GatedRule, mask: number, text: string) => g.bit === 0 || (mask & g.bit) !== 0 || (g.shape !== null && g.shape(text));

/** The first rule (in order) whose gate admits the line and that takes it; none for a sentence's fragment. */
function firstTaker(rules: readonly GatedRule[], mask: number, ctx: LineContext): Rule | undefined {
  let asked: LineContext | null = null;
  for (const g of rules) {
    // admitted(), written out: the command runs without inlining, and this is asked ~30 times a line.
    if (g.bit !== 0 && (mask & g.bit) === 0 && (g.shape === null || !g.shape(ctx.text))) continue;
    asked ??= tamed(ctx);
    const r = g.rule;
    if ((r.line && r.line.test(asked.text)) || (r.test && r.test(asked))) return isSentenceFragment(asked.text, asked.prev, asked.next) ? undefined : r;
  }
  return undefined;
}

/** The line and its neighbours as the rules read them: long runs of spaces folded (see tameSpaces). */
function tamed(ctx: LineContext): LineContext {
  const text = tameSpaces(ctx.text);
  const prev = tameSpaces(ctx.prev);
  const next = tameSpaces(ctx.next);
  return text === ctx.text && prev === ctx.prev && next === ctx.next ? ctx : { ...ctx, text, prev, next };
}

/** The rules whose gates admit the line, or null for none. */
function admittedOf(rules: readonly GatedRule[], mask: number, text: string): Rule[] | null {
  let out: Rule[] | null = null;
  for (const g of rules) if (admitted(g, mask, text)) (out ??= []).push(g.rule);
  return out;
}

/**
 * The clean text's signature from the word hashes repeat detection made: the kept lines' words, in
 * order, are the clean text's words. Null when a kept line was too long to be hashed (then the text is).
 */
function signatureOfKept(repeatLines: RepeatLine[], keep: boolean[], lines: string[], replaced: Map<number, string>): ArticleSignature | null {
  const kept: RepeatLine[] = [];
  for (const line of repeatLines) {
    if (!keep[line.index]) continue;
    if ((replaced.get(line.index) ?? lines[line.index]!).length > MAX_COMPARE_CHARS) return null;
    kept.push(line);
  }
  return signatureOfWords(kept);
}

/** Gate words in the text a rule reads, and in the raw line (which cut patterns read) where it differs. */
function gateMask(gates: LineGates, text: string, raw: string): number {
  const mask = gates.scan(text);
  return raw.length === text.length && raw === text ? mask : mask | gates.scan(raw);
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
  const linesOut = countLines(text);
  return { linesIn, linesOut, linesRemoved: removed, linesCut: cut, byReason: sorted };
}
