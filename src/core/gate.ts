import { builtinRules } from '../rules/registry.js';
import { inOtherScript } from '../rules/other-scripts.js';
import type { Rule, RuleGate } from '../rules/types.js';

/**
 * Nearly every line of an article is content, and a rule's regexes are costly to fail (lookaheads that
 * scan the line, alternations of hundreds of phrases). A rule's gate names words that every line it can
 * take contains; one pass of an Aho-Corasick automaton over the line finds which rules' words are there,
 * and only those rules (plus the ones whose shape test passes, plus ungated ones) are asked. A gate can
 * only spare a rule a line it would not have taken: gates change speed, never output (test/gates).
 *
 * Gate words are lower case, compared case-insensitively as a caseless regex compares them (a
 * letter past ASCII must be one whose upper case is one other character, such as "ş" or "ả"). `word` must stand as a whole word
 * (letters and digits on neither side), `word*` must start a word, `*word` end one, `*word*` may stand
 * anywhere. A phrase ("sign up") is matched with exactly the spaces it is written with.
 */
export interface LineGates {
  /** Bit i set: the i-th gated rule's words are in the text. */
  scan(text: string): number;
  /** May `rule` take the line whose text is `text` and whose scan gave `mask`? */
  admits(rule: Rule, mask: number, text: string): boolean;
  /** The rule's bit in a mask; 0 for a rule asked of every line (no gate, or gates off). */
  bitOf(rule: Rule): number;
}

interface Output {
  length: number;
  bit: number;
  wordStart: boolean;
  wordEnd: boolean;
  next: Output | null;
}

/** Rules past this many gated ones are simply always asked (a mask is one 32-bit number). */
const MAX_GATED = 31;

const ALNUM = new Uint8Array(128).map((_, c) => ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0));

const isAlnumAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 && ALNUM[c] === 1;
};

export function compileGates(rules: readonly Rule[], enabled = true): LineGates {
  const bitOf = new Map<Rule, number>();
  let automaton: ((text: string) => number) | null = null;
  const prebuilt = enabled ? prebuiltBits(rules) : null;
  if (prebuilt) {
    for (const [rule, bit] of prebuilt.bits) bitOf.set(rule, bit);
    automaton = automatonOf(prebuilt.trie);
  } else {
    const patterns: Pattern[] = [];
    for (const rule of rules) {
      if (!enabled || !rule.gate || bitOf.size >= MAX_GATED) continue;
      const bit = 1 << bitOf.size;
      bitOf.set(rule, bit);
      for (const entry of rule.gate.words) patterns.push(parseEntry(entry, bit, rule.id));
    }
    if (patterns.length > 0) automaton = automatonOf(trieOf(patterns));
  }
  // The rules asked of lines in other scripts, and the bits the scan sets for such a line.
  let otherScriptBits = 0;
  for (const [rule, bit] of bitOf) if (rule.gate?.otherScripts === true) otherScriptBits |= bit;
  return {
    scan: (text) => {
      const mask = automaton === null ? 0 : automaton(text);
      return otherScriptBits !== 0 && inOtherScript(text) ? mask | otherScriptBits : mask;
    },
    admits(rule, mask, text) {
      const bit = bitOf.get(rule);
      if (bit === undefined) return true;
      return (mask & bit) !== 0 || (rule.gate!.shape !== undefined && rule.gate!.shape(text));
    },
    bitOf: (rule) => bitOf.get(rule) ?? 0,
  };
}

interface Pattern {
  text: string;
  bit: number;
  wordStart: boolean;
  wordEnd: boolean;
}

// Written as plain loops: a short run compiles its gates once, before any of this code is optimised,
// and some thousand words went through a spread, a split into characters and a regex each (a few ms).
function parseEntry(entry: string, bit: number, ruleId: string): Pattern {
  const anyStart = entry.charCodeAt(0) === 0x2a; // '*'
  const anyEnd = entry.length > 1 && entry.charCodeAt(entry.length - 1) === 0x2a;
  const text = entry.slice(anyStart ? 1 : 0, anyEnd ? -1 : entry.length);
  if (text === '' || !isLowerCaseWord(text)) {
    throw new Error(`rule "${ruleId}": gate word "${entry}" must be lower case (a letter past ASCII one whose upper case is one other letter), without control characters`);
  }
  // A boundary only means something next to a letter or digit.
  return { text, bit, wordStart: !anyStart && isAlnumAt(text, 0), wordEnd: !anyEnd && isAlnumAt(text, text.length - 1) };
}

/**
 * The one upper-case code unit a lower-case letter past ASCII matches in a caseless regex ("ş" and
 * "Ş", "ả" and "Ả"); null for any other character: an upper-case one, one without case, one whose
 * upper case is two characters ("ß") or ASCII ("ı"), or one that other letters share ("ς").
 */
function upperOf(ch: string): string | null {
  if (ch.length !== 1 || ch.toLowerCase() !== ch) return null;
  const upper = ch.toUpperCase();
  return upper.length === 1 && upper !== ch && upper.charCodeAt(0) >= 0x80 && upper.toLowerCase() === ch ? upper : null;
}

/** No control character, no upper-case ASCII letter, no non-ASCII character with case unless lower case (upperOf). */
function isLowerCaseWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || (c >= 0x41 && c <= 0x5a)) return false;
    if (c >= 0x80) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (ch.toLowerCase() !== ch.toUpperCase() && upperOf(ch) === null) return false;
      i += ch.length - 1;
    }
  }
  return true;
}

/**
 * Gate words as a trie: what the scan's automaton is made from, and what the bundled command keeps made
 * (see the end of this file). States are numbered in the order they were made; 0 is the root.
 */
export interface GateTrie {
  /** The characters of classes 1, 2, …, one a character the words use (OTHER for all accented letters); class 0 is every other one. */
  classChars: string;
  /** Each state's parent and the class of the edge from it (both 0 for the root). */
  parent: Int32Array;
  edgeClass: Int32Array;
  /** Four numbers a word: the state it ends at, its length, its rule's bit number, 1 if it must start a word + 2 if it must end one. */
  ends: Int32Array;
  /** The edges as a table of states × classes, when the trie was just made (else made from `parent`). */
  table?: Int32Array;
}

/**
 * Latin letters with accents are one class, "an accented letter": a scan then admits a line whose word
 * has any of them where a gate word has one ("vàdeo" for "vídeo"), which only asks a rule in vain, and
 * the table keeps one column for them all (the words' accented letters had added seventeen, a megabyte
 * a thread). The trie stands for them by this character. Symbols ("©", "…") keep classes of their own.
 */
const OTHER = '\u0080';
/** Latin-1's letters (not × and ÷), Latin Extended-A and -B, and Latin Extended Additional (Vietnamese). */
const isAccented = (c: number): boolean => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);

/** Character classes for a scan: one entry a UTF-16 code unit (128 KiB), upper case as lower (ASCII). */
function classTable(classChars: string): Uint16Array {
  const classOf = new Uint16Array(0x10000);
  for (let k = 1; k <= classChars.length; k++) classOf[classChars.charCodeAt(k - 1)] = k;
  const other = classChars.indexOf(OTHER) + 1;
  if (other > 0) {
    classOf[OTHER.charCodeAt(0)] = 0;
    for (let c = 0xc0; c <= 0x24f; c++) if (isAccented(c)) classOf[c] = other;
    classOf.fill(other, 0x1e00, 0x1f00);
  }
  for (let c = 0x41; c <= 0x5a; c++) classOf[c] = classOf[c + 0x20]!;
  return classOf;
}

function trieOf(patterns: Pattern[]): GateTrie {
  let classChars = '';
  const classOf = new Uint16Array(0x10000);
  let other = 0;
  for (const p of patterns) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (classOf[c] !== 0) continue;
      if (isAccented(c)) {
        if (other === 0) other = (classChars += OTHER).length;
        classOf[c] = other;
      } else {
        classChars += p.text[i];
        classOf[c] = classChars.length;
      }
    }
  }
  const classes = classChars.length + 1;
  // The edges: a table of states × classes, 0 where there is none (no edge leads to the root). A fresh
  // typed array is zeroed by the system, so a table costs start-up less than a map's inserts.
  const maxStates = 1 + patterns.reduce((n, p) => n + p.text.length, 0);
  const table = new Int32Array(maxStates * classes);
  const parent = new Int32Array(maxStates);
  const edgeClass = new Int32Array(maxStates);
  const ends = new Int32Array(patterns.length * 4);
  let states = 1;
  for (let w = 0; w < patterns.length; w++) {
    const p = patterns[w]!;
    let state = 0;
    for (let i = 0; i < p.text.length; i++) {
      const k = classOf[p.text.charCodeAt(i)]!;
      let child = table[state * classes + k]!;
      if (child === 0) {
        child = states++;
        parent[child] = state;
        edgeClass[child] = k;
        table[state * classes + k] = child;
      }
      state = child;
    }
    ends[w * 4] = state;
    ends[w * 4 + 1] = p.text.length;
    ends[w * 4 + 2] = 31 - Math.clz32(p.bit);
    ends[w * 4 + 3] = (p.wordStart ? 1 : 0) + (p.wordEnd ? 2 : 0);
  }
  return { classChars, parent: parent.slice(0, states), edgeClass: edgeClass.slice(0, states), ends, table };
}

/** A deterministic automaton over the trie's characters (ASCII lower-cased; any other character resets). */
function automatonOf(trie: GateTrie): (text: string) => number {
  const { parent, edgeClass, ends } = trie;
  const classOf = classTable(trie.classChars);
  const classes = trie.classChars.length + 1;
  const states = parent.length;
  let table = trie.table;
  if (!table) {
    table = new Int32Array(states * classes);
    for (let s = 1; s < states; s++) table[parent[s]! * classes + edgeClass[s]!] = s;
  }
  const edges = table;
  const outputs: (Output | null)[] = new Array<Output | null>(states).fill(null);
  for (let w = 0; w < ends.length; w += 4) {
    const state = ends[w]!;
    outputs[state] = { length: ends[w + 1]!, bit: 1 << ends[w + 2]!, wordStart: (ends[w + 3]! & 1) !== 0, wordEnd: (ends[w + 3]! & 2) !== 0, next: outputs[state]! };
  }

  // The scan's table: for a state's row and a character class, the next state's row (negative where a
  // word ends there), filled in the first time the scan needs it. A scan then costs one lookup a
  // character, and building costs only the trie, however many states and classes it has. Failure links,
  // and the words a state ends through its failure state, are found the same way, the first time a
  // scan reaches the state: a run that cleans one article pays for the few hundred states it meets.
  const delta = new Int32Array(states * classes).fill(UNKNOWN);
  const fail = new Int32Array(states).fill(-1);
  const settled = new Uint8Array(states);
  const failOf = (state: number): number => {
    if (fail[state]! < 0) fail[state] = parent[state] === 0 ? 0 : next(failOf(parent[state]!), edgeClass[state]!);
    return fail[state]!;
  };
  const next = (state: number, k: number): number => {
    for (;;) {
      const t = edges[state * classes + k]!;
      if (t !== 0) return t;
      if (state === 0) return 0;
      state = failOf(state);
    }
  };
  // A state also ends the words its failure state ends.
  const settle = (state: number): void => {
    if (settled[state] === 1 || state === 0) return;
    settled[state] = 1;
    const f = failOf(state);
    settle(f);
    const inherited = outputs[f];
    if (inherited) outputs[state] = appendOutputs(outputs[state]!, inherited);
  };
  const resolve = (row: number, k: number): number => {
    const target = next(row / classes, k);
    settle(target);
    return (delta[row + k] = (outputs[target] ? -1 : 1) * target * classes);
  };

  return (text) => {
    let mask = 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const k = classOf[text.charCodeAt(i)]!;
      let to = delta[row + k]!;
      if (to === UNKNOWN) to = resolve(row, k);
      if (to >= 0) {
        row = to;
        continue;
      }
      row = -to;
      for (let o = outputs[row / classes]; o; o = o.next) {
        if ((mask & o.bit) !== 0) continue;
        if (o.wordStart && i + 1 - o.length > 0 && isAlnumAt(text, i - o.length)) continue;
        if (o.wordEnd && i + 1 < text.length && isAlnumAt(text, i + 1)) continue;
        mask |= o.bit;
      }
    }
    return mask;
  };
}

/** A table entry not yet computed (no real entry is this negative). */
const UNKNOWN = -0x7fffffff;

function appendOutputs(own: Output | null, inherited: Output): Output {
  if (!own) return inherited;
  let last = own;
  while (last.next) last = last.next;
  last.next = inherited;
  return own;
}

// The bundled command carries the builtin rules' trie, made when it was built (scripts/bundle-cli.mjs):
// made at start-up, their thousand-odd words cost a short run some 12 ms, before this code is optimised.
// The library and the tests make it as any other rules' (and check the two give the same scans).
declare const __BUILTIN_GATE_TRIE__: string | undefined;

interface TrieSnapshot {
  ids: string[];
  words: number;
  classChars: string;
  parent: number[];
  edgeClass: number[];
  ends: number[];
}

const gatedBuiltins = (): Rule[] => builtinRules.filter((r) => r.gate).slice(0, MAX_GATED);
const wordCount = (rules: Rule[]): number => rules.reduce((n, r) => n + r.gate!.words.length, 0);

/** The builtin rules' trie as the bundle keeps it: JSON, each gated rule's bit its place among them. */
export function builtinGateSnapshot(): string {
  const gated = gatedBuiltins();
  const patterns = gated.flatMap((rule, i) => rule.gate!.words.map((entry) => parseEntry(entry, 1 << i, rule.id)));
  const trie = trieOf(patterns);
  const snapshot: TrieSnapshot = {
    ids: gated.map((r) => r.id),
    words: wordCount(gated),
    classChars: trie.classChars,
    parent: [...trie.parent],
    edgeClass: [...trie.edgeClass],
    ends: [...trie.ends],
  };
  return JSON.stringify(snapshot);
}

/** The trie a snapshot holds, and each builtin gate's bit; null if the rules are not those it was made of. */
export function readGateSnapshot(json: string): { bits: Map<RuleGate, number>; trie: GateTrie } | null {
  const s = JSON.parse(json) as TrieSnapshot;
  const gated = gatedBuiltins();
  if (gated.length !== s.ids.length || gated.some((r, i) => r.id !== s.ids[i]) || wordCount(gated) !== s.words) return null;
  return {
    bits: new Map(gated.map((r, i) => [r.gate!, 1 << i])),
    trie: { classChars: s.classChars, parent: Int32Array.from(s.parent), edgeClass: Int32Array.from(s.edgeClass), ends: Int32Array.from(s.ends) },
  };
}

let builtin: ReturnType<typeof readGateSnapshot> | undefined;

/** The bundle's trie and the rules' bits in it, when every gated rule is a builtin one; else null. */
function prebuiltBits(rules: readonly Rule[]): { bits: Map<Rule, number>; trie: GateTrie } | null {
  if (typeof __BUILTIN_GATE_TRIE__ !== 'string') return null;
  builtin ??= readGateSnapshot(__BUILTIN_GATE_TRIE__);
  if (!builtin) return null;
  const bits = new Map<Rule, number>();
  for (const rule of rules) {
    if (!rule.gate) continue;
    const bit = builtin.bits.get(rule.gate);
    if (bit === undefined) return null;
    bits.set(rule, bit);
  }
  return { bits, trie: builtin.trie };
}
