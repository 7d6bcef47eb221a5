import type { Rule } from '../rules/types.js';

/**
 * A byte automaton that tells whether an ASCII line may hold any rule's gate word: it ignores the word
 * boundaries the gates ask for (src/core/gate.ts), so it says yes to every line the exact scan finds a
 * word in, and to a few more. Run over the line's bytes in the same pass that hashes its words, it spares
 * nearly every line the exact scan of its text. Accepting states are absorbing: the answer is read once,
 * after the last byte. Gate words with a non-ASCII character are left out: they cannot be in an ASCII line.
 */
export interface GatePrefilter {
  /** Byte → class (ASCII letters folded to lower case; 0: in no gate word). */
  classOf: Uint8Array;
  /** state × classes + class → next state × classes (states are stored premultiplied). */
  delta: Int32Array;
  /** Premultiplied state → 1 when a gate word has been seen. */
  accepts: Uint8Array;
}

export function gatePrefilter(rules: readonly Rule[]): GatePrefilter {
  const words = new Set<string>();
  for (const rule of rules) {
    for (const entry of rule.gate?.words ?? []) {
      const word = entry.replace(/^\*|\*$/g, '').toLowerCase();
      if (word !== '' && /^[\x00-\x7f]+$/.test(word)) words.add(word);
    }
  }
  const classOf = new Uint8Array(256);
  let classes = 1;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }
  for (let c = 0x41; c <= 0x5a; c++) classOf[c] = classOf[c + 0x20]!;

  // The trie, then failure links folded into the table (Aho-Corasick), breadth first.
  const goto: Int32Array[] = [new Int32Array(classes).fill(-1)];
  const accept: number[] = [0];
  for (const word of words) {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const k = classOf[word.charCodeAt(i)]!;
      if (goto[s]![k]! < 0) {
        goto[s]![k] = goto.length;
        goto.push(new Int32Array(classes).fill(-1));
        accept.push(0);
      }
      s = goto[s]![k]!;
    }
    accept[s] = 1;
  }
  const states = goto.length;
  const next = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let k = 0; k < classes; k++) {
    const s = goto[0]![k]!;
    next[k] = s < 0 ? 0 : s;
    if (s > 0) queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    if (accept[fail[s]!]) accept[s] = 1;
    for (let k = 0; k < classes; k++) {
      const t = goto[s]![k]!;
      if (t < 0) {
        next[s * classes + k] = next[fail[s]! * classes + k]!;
        continue;
      }
      next[s * classes + k] = t;
      fail[t] = next[fail[s]! * classes + k]!;
      queue.push(t);
    }
  }
  const delta = new Int32Array(states * classes);
  const accepts = new Uint8Array(states * classes);
  for (let s = 0; s < states; s++) {
    accepts[s * classes] = accept[s]!;
    for (let k = 0; k < classes; k++) delta[s * classes + k] = accept[s] ? s * classes : next[s * classes + k]! * classes;
  }
  return { classOf, delta, accepts };
}
