import type { Rule } from '../rules/types.js';

/**
 * Nearly every line of an article is content, and a rule's regexes are costly to fail (lookaheads that
 * scan the line, alternations of hundreds of phrases). A rule's gate names words that every line it can
 * take contains; one pass of an Aho-Corasick automaton over the line finds which rules' words are there,
 * and only those rules (plus the ones whose shape test passes, plus ungated ones) are asked. A gate can
 * only spare a rule a line it would not have taken: gates change speed, never output (test/gates).
 *
 * Gate words are lower case, compared case-insensitively (a non-ASCII character in one must be a
 * symbol without case, such as © or …). `word` must stand as a whole word
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
  const patterns: { text: string; bit: number; wordStart: boolean; wordEnd: boolean }[] = [];
  for (const rule of rules) {
    if (!enabled || !rule.gate || bitOf.size >= MAX_GATED) continue;
    const bit = 1 << bitOf.size;
    bitOf.set(rule, bit);
    for (const entry of rule.gate.words) patterns.push({ ...parseEntry(entry, rule.id), bit });
  }
  const automaton = buildAutomaton(patterns);
  return {
    scan: (text) => (patterns.length === 0 ? 0 : automaton(text)),
    admits(rule, mask, text) {
      const bit = bitOf.get(rule);
      if (bit === undefined) return true;
      return (mask & bit) !== 0 || (rule.gate!.shape !== undefined && rule.gate!.shape(text));
    },
    bitOf: (rule) => bitOf.get(rule) ?? 0,
  };
}

function parseEntry(entry: string, ruleId: string): { text: string; wordStart: boolean; wordEnd: boolean } {
  const text = entry.replace(/^\*|\*$/g, '');
  const caseless = [...text].every((ch) => ch < '\x80' || ch.toLowerCase() === ch.toUpperCase());
  if (text === '' || /[\x00-\x1f\x7f]|[A-Z]/.test(text) || !caseless) {
    throw new Error(`rule "${ruleId}": gate word "${entry}" must be lower case, without control characters or cased non-ASCII letters`);
  }
  // A boundary only means something next to a letter or digit.
  return {
    text,
    wordStart: !entry.startsWith('*') && isAlnumAt(text, 0),
    wordEnd: !entry.endsWith('*') && isAlnumAt(text, text.length - 1),
  };
}

/** A deterministic automaton over the patterns' characters (ASCII lower-cased; any other character resets). */
function buildAutomaton(patterns: { text: string; bit: number; wordStart: boolean; wordEnd: boolean }[]): (text: string) => number {
  // Character classes: one per character the patterns use, 0 for every other character. One entry a
  // UTF-16 code unit (128 KiB): a scan looks every character up the same way.
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  const classFor = (c: number) => classOf[c]!;
  for (const p of patterns) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }
  for (let c = 0x41; c <= 0x5a; c++) classOf[c] = classOf[c + 0x20]!;

  // The trie's edges, keyed by state and class: a map, not a table of states × classes, which cost
  // start-up more to fill than the few thousand edges cost to add.
  const maxStates = 1 + patterns.reduce((n, p) => n + p.text.length, 0);
  const trie = new Map<number, number>();
  const outputs: (Output | null)[] = [null];
  // Each state's parent and the class of the edge from it.
  const parent = new Int32Array(maxStates);
  const edgeClass = new Int32Array(maxStates);
  let states = 1;
  for (const p of patterns) {
    let state = 0;
    for (let i = 0; i < p.text.length; i++) {
      const k = classFor(p.text.charCodeAt(i));
      let child = trie.get(state * classes + k);
      if (child === undefined) {
        child = states++;
        parent[child] = state;
        edgeClass[child] = k;
        trie.set(state * classes + k, child);
        outputs.push(null);
      }
      state = child;
    }
    outputs[state] = { length: p.text.length, bit: p.bit, wordStart: p.wordStart, wordEnd: p.wordEnd, next: outputs[state]! };
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
      const t = trie.get(state * classes + k);
      if (t !== undefined) return t;
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
