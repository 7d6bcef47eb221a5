import type { Rule } from '../rules/types.js';

/**
 * A byte automaton that tells whether an ASCII line may hold any rule's gate word (src/core/gate.ts),
 * run over the line's bytes in the same pass that hashes its words: a line it says no to has gate mask 0,
 * and is spared the exact scan of its text. It says yes to every line the exact scan finds a word in,
 * and to a few more: it checks the word boundaries only of short words (which, unbounded, would be
 * inside half the words of a text), and the boundaries at the edges of the line are fed to it as a
 * non-alphanumeric byte. Accepting states are absorbing: the answer is read once, after the last byte.
 * Gate words with a non-ASCII character are left out: they cannot be in an ASCII line.
 */
export interface GatePrefilter {
  /** Byte → class (ASCII letters folded to lower case; 0: any byte in no gate word, a boundary). */
  classOf: Uint8Array;
  /**
   * state + class → next state (states are stored premultiplied by the number of classes; 16 bits
   * each when they fit, so that the table stays in the nearest cache).
   */
  delta: Uint16Array | Int32Array;
  /** Premultiplied state → 1 when a gate word has been seen. */
  accepts: Uint8Array;
}

/** Words this long or shorter have their boundaries checked. */
const SHORT = 4;

/**
 * Only a gate word's first characters are looked for: a line that holds the word holds them. Cut at 6,
 * the words share more of their trie, and the table fits 16-bit entries (about 1,700 states of 30
 * classes, 50,000 entries of the 65,536 such a table can hold). At 7 characters the rules' words now need 2,000 states
 * and 32-bit entries, and the stream ran 5% slower on a 50 MB dump than at 6 with 16-bit ones, though
 * at 6 a line is twice as often admitted for nothing (7.3% of the dump's lines against 3.3%): a line
 * holding a word's first six characters but not the word is scanned exactly, and no rule is asked.
 */
const PREFIX = 6;

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

export function gatePrefilter(rules: readonly Rule[]): GatePrefilter {
  const entries = new Set<string>();
  for (const rule of rules) for (const entry of rule.gate?.words ?? []) entries.add(entry.toLowerCase());
  const words: { text: string; start: boolean; end: boolean }[] = [];
  for (const entry of entries) {
    const text = entry.replace(/^\*|\*$/g, '');
    if (text === '' || !/^[\x00-\x7f]+$/.test(text)) continue;
    const short = text.length <= SHORT;
    words.push({
      text: text.slice(0, PREFIX),
      start: short && !entry.startsWith('*') && isAlnum(text.charCodeAt(0)),
      end: short && !entry.endsWith('*') && isAlnum(text.charCodeAt(text.length - 1)),
    });
  }
  // A class for each letter and for the space; one for every digit, one for every other character the
  // words use (a line holding "a.b" is then admitted for "a-b", and scanned exactly for nothing). Each
  // class is a column of the table: a column for each symbol took 10 of its 39, and the rules' words
  // had filled 65,247 of the 65,536 entries that 16 bits can number.
  const classOf = new Uint8Array(256);
  let classes = 1;
  let digitClass = 0;
  let symbolClass = 0;
  for (const { text } of words) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (classOf[c] !== 0) continue;
      if (c >= 0x30 && c <= 0x39) classOf[c] = digitClass ||= classes++;
      else if ((c >= 0x61 && c <= 0x7a) || c === 0x20) classOf[c] = classes++;
      else classOf[c] = symbolClass ||= classes++;
    }
  }
  for (let c = 0x41; c <= 0x5a; c++) classOf[c] = classOf[c + 0x20]!;
  // What may stand at a word boundary: any byte that is not a letter or digit.
  const boundary = [0];
  for (let c = 0; c < 128; c++) if (classOf[c] !== 0 && !isAlnum(c) && !(c >= 0x41 && c <= 0x5a)) boundary.push(classOf[c]!);

  // The trie of every word (a bounded one once for each byte that may bound it), then failure links
  // folded into the table (Aho-Corasick), breadth first. The trie is one table of states × classes,
  // 0 where there is no edge (no edge leads to the root), grown as it fills.
  let goto = new Int32Array(1024 * classes);
  let states = 1;
  const accept: number[] = [0];
  const child = (s: number, k: number): number => {
    let t = goto[s * classes + k]!;
    if (t === 0) {
      t = states++;
      if (states * classes > goto.length) {
        const more = new Int32Array(goto.length * 2);
        more.set(goto);
        goto = more;
      }
      goto[s * classes + k] = t;
      accept.push(0);
    }
    return t;
  };
  for (const { text, start, end } of words) {
    for (const before of start ? boundary : [-1]) {
      let s = before < 0 ? 0 : child(0, before);
      for (let i = 0; i < text.length; i++) s = child(s, classOf[text.charCodeAt(i)]!);
      if (!end) accept[s] = 1;
      else for (const after of boundary) accept[child(s, after)] = 1;
    }
  }
  const next = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let k = 0; k < classes; k++) {
    const s = goto[k]!;
    next[k] = s;
    if (s > 0) queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    if (accept[fail[s]!]) accept[s] = 1;
    for (let k = 0; k < classes; k++) {
      const t = goto[s * classes + k]!;
      if (t === 0) {
        next[s * classes + k] = next[fail[s]! * classes + k]!;
        continue;
      }
      next[s * classes + k] = t;
      fail[t] = next[fail[s]! * classes + k]!;
      queue.push(t);
    }
  }
  return minimal(classOf, next, accept, states, classes);
}

/**
 * The smallest automaton that answers as this one (Moore's partition refinement): the copies of a
 * short word made for each byte that may bound it mostly merge, which takes the table from some
 * thousands of states to about 1,500. Accepting states become absorbing. State 0 stays the start.
 */
function minimal(classOf: Uint8Array, next: Int32Array, accept: number[], states: number, classes: number): GatePrefilter {
  // Each round, a state's key is its block and its successors' blocks; states with the same key share
  // a block in the next round. Keys are looked up in an open-addressing table of the states that start
  // a block, by a hash, and compared in full on a match (a Map of arrays made this 5x slower).
  const width = classes + 1;
  const acceptOf = Int32Array.from(accept);
  let block = Int32Array.from(accept);
  let count = -1;
  const keys = new Int32Array(states * width);
  let slots = 1;
  while (slots < states * 2) slots *= 2;
  const table = new Int32Array(slots);
  for (;;) {
    table.fill(-1);
    const refined = new Int32Array(states);
    let blocks = 0;
    for (let s = 0; s < states; s++) {
      const at = s * width;
      keys[at] = block[s]!;
      // An accepting state stays accepting whatever comes next: its successors do not tell it apart.
      const accepting = acceptOf[s] === 1;
      let h = block[s]! | 0;
      for (let k = 0; k < classes; k++) {
        const key = accepting ? -1 : block[next[s * classes + k]!]!;
        keys[at + 1 + k] = key;
        h = (Math.imul(h, 0x01000193) ^ key) | 0;
      }
      let slot = (h ^ (h >>> 15)) & (slots - 1);
      for (;;) {
        const t = table[slot]!;
        if (t < 0) {
          table[slot] = s;
          refined[s] = blocks++;
          break;
        }
        if (sameKey(keys, t * width, at, width)) {
          refined[s] = refined[t]!;
          break;
        }
        slot = (slot + 1) & (slots - 1);
      }
    }
    block = refined;
    if (blocks === count) break;
    count = blocks;
  }
  const size = count * classes;
  const delta = size <= 0xffff ? new Uint16Array(size) : new Int32Array(size);
  const accepts = new Uint8Array(size);
  for (let s = 0; s < states; s++) {
    const b = block[s]! * classes;
    accepts[b] = accept[s]!;
    for (let k = 0; k < classes; k++) delta[b + k] = accept[s] ? b : block[next[s * classes + k]!]! * classes;
  }
  return { classOf, delta, accepts };
}

function sameKey(keys: Int32Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (keys[a + i] !== keys[b + i]) return false;
  return true;
}

/** With gates off: an automaton that accepts every line (the exact scan then gives every rule). */
export function acceptAll(): GatePrefilter {
  return { ...gatePrefilter([]), accepts: new Uint8Array([1]) };
}

/** Run the automaton over a line's bytes (for tests; the stream runs it inside its own loop). */
export function mayHoldGateWord(filter: GatePrefilter, bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  const { classOf, delta, accepts } = filter;
  let state = delta[0]!; // the start of the line bounds a word
  for (let i = start; i < end; i++) state = delta[state + classOf[bytes[i]!]!]!;
  return accepts[delta[state]!]! === 1;
}
