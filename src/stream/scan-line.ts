import type { GatePrefilter } from './gate-prefilter.js';
import { HI_PRIME, HI_SEED, LO_PRIME, LO_SEED } from './hash64.js';

// The per-byte pass over a stream's lines: most of a stream's work.

/**
 * What each byte is to the line scanner, in one lookup: bits 0–7 the byte as a word character (ASCII
 * letters lower-cased, digits; 0 for any other byte), bits 8–15 its class in the gate automaton (set
 * per scan: the automaton's own table), bit 16 set for a byte that is not blank-line whitespace, bit 17
 * for a byte past ASCII.
 */
const UNIT = 0xff;
const NOT_SPACE = 1 << 16;
const NOT_ASCII = 1 << 17;
const BYTE_BITS = new Int32Array(256).map((_, b) => {
  const word = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
  const space = b === 0x20 || (b >= 0x09 && b <= 0x0d);
  return (word ? b | 0x20 : 0) | (space ? 0 : NOT_SPACE) | (b >= 0x80 ? NOT_ASCII : 0);
});

/** A line's scan: flags, then the word count and the two halves of the word hash (unfinished). */
export const SCAN_FIELDS = 4;
export const ASCII = 1;
export const BLANK_LINE = 2;
export const GATE_WORDS = 4;

/** The byte table with the automaton's classes in, made once for each automaton (a stream has one). */
let lastPrefilter: GatePrefilter | null = null;
let lastTable = BYTE_BITS;
function tableFor(prefilter: GatePrefilter): Int32Array {
  if (prefilter !== lastPrefilter) {
    lastTable = BYTE_BITS.map((bits, b) => bits | (prefilter.classOf[b]! << 8));
    lastPrefilter = prefilter;
  }
  return lastTable;
}

/**
 * One pass over a line's bytes (`start` to `textEnd`, without its terminator): the hash of the words
 * (lower-cased runs of letters and digits, as Hash64 and hashWords make it), their count, whether the
 * line is ASCII and blank, and whether it may hold a rule's gate word; a line with other bytes goes the
 * slow, exact way (its scan says only that). Written at `out[at…at+3]`.
 *
 * Without branches on the bytes: a branch on "is this a letter" is guessed wrong at nearly every word's
 * edge, which cost more than the work itself. Each byte updates the hash under a mask (all ones for a
 * word character and for the first byte after a word, which adds the space that ends it; zero for the
 * rest), so a byte that is not part of a word leaves the hash as it was.
 */
export function scanLine(buf: Uint8Array, start: number, textEnd: number, prefilter: GatePrefilter, out: Int32Array, at: number): void {
  const table = tableFor(prefilter);
  const { delta } = prefilter;
  // Imported bindings are read through their module on every use: the loop reads local copies.
  const hiPrime = HI_PRIME;
  const loPrime = LO_PRIME;
  let hi = HI_SEED;
  let lo = LO_SEED;
  let words = 0;
  let inWord = 0;
  let seen = 0;
  let state = delta[0]!; // the start of the line bounds a word
  for (let i = start; i < textEnd; i++) {
    const bits = table[buf[i]!]!;
    const unit = bits & UNIT;
    const isWord = (unit + UNIT) >> 8; // 1 for a word character, else 0
    const ends = inWord & (isWord ^ 1); // 1 for the first byte after a word
    const code = unit | (ends << 5); // the character, or the space that ends a word
    const mask = -(isWord | ends);
    hi ^= (hi ^ Math.imul(hi ^ code, hiPrime)) & mask;
    let l = Math.imul(lo ^ code, loPrime);
    l ^= (l >>> 15) & -ends;
    lo ^= (lo ^ l) & mask;
    words += ends;
    inWord = isWord;
    state = delta[state + ((bits >> 8) & 0xff)]!;
    seen |= bits;
  }
  const ascii = (seen & NOT_ASCII) === 0;
  if (inWord !== 0) {
    hi = Math.imul(hi ^ 0x20, HI_PRIME);
    lo = Math.imul(lo ^ 0x20, LO_PRIME);
    lo ^= lo >>> 15;
    words++;
  }
  // The end of the line bounds a word too: the automaton reads the state it ends in.
  const gateWords = ascii && prefilter.accepts[delta[state]!] === 1;
  out[at] = (ascii ? ASCII : 0) | ((seen & NOT_SPACE) === 0 ? BLANK_LINE : 0) | (gateWords ? GATE_WORDS : 0);
  out[at + 1] = words;
  out[at + 2] = hi;
  out[at + 3] = lo;
}
