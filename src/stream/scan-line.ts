import type { GatePrefilter } from './gate-prefilter.js';
import { HI_PRIME, HI_SEED, LO_PRIME, LO_SEED } from './hash64.js';

// The per-byte pass over a stream's lines, on its own so that a worker thread loads nothing else.

const OTHER = 0;
const SPACE = 1;
const WORD = 2;
const NON_ASCII = 3;
/** What each byte is to the line scanner: ASCII letters and digits, blank-line whitespace, other. */
const BYTE_KIND = new Uint8Array(256).map((_, b) =>
  b >= 0x80 ? NON_ASCII : (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ? WORD : b === 0x20 || (b >= 0x09 && b <= 0x0d) ? SPACE : OTHER,
);

/** A line's scan: flags, then the word count and the two halves of the word hash (unfinished). */
export const SCAN_FIELDS = 4;
export const ASCII = 1;
export const BLANK_LINE = 2;
export const GATE_WORDS = 4;

/**
 * One pass over a line's bytes (`start` to `textEnd`, without its terminator): the hash of the words
 * (lower-cased runs of letters and digits, as Hash64 and hashWords make it), their count, whether the
 * line is ASCII and blank, and whether it may hold a rule's gate word; a line with other bytes goes the
 * slow, exact way (its scan says only that). Written at `out[at…at+3]`. Worker threads run it too.
 */
export function scanLine(buf: Uint8Array, start: number, textEnd: number, prefilter: GatePrefilter, out: Int32Array, at: number): void {
  let hi = HI_SEED;
  let lo = LO_SEED;
  let words = 0;
  let inWord = false;
  let ascii = true;
  let blank = true;
  const { classOf, delta } = prefilter;
  let state = delta[0]!; // the start of the line bounds a word
  for (let i = start; i < textEnd; i++) {
    const b = buf[i]!;
    const kind = BYTE_KIND[b]!;
    state = delta[state + classOf[b]!]!;
    if (kind === WORD) {
      const l = b | 0x20; // lower case for letters; digits already have the bit
      hi = Math.imul(hi ^ l, HI_PRIME);
      lo = Math.imul(lo ^ l, LO_PRIME);
      inWord = true;
    } else if (kind === NON_ASCII) {
      ascii = false;
      break;
    } else if (inWord) {
      hi = Math.imul(hi ^ 0x20, HI_PRIME);
      lo = Math.imul(lo ^ 0x20, LO_PRIME);
      lo ^= lo >>> 15;
      words++;
      inWord = false;
    }
    if (kind !== SPACE) blank = false;
  }
  if (ascii && inWord) {
    hi = Math.imul(hi ^ 0x20, HI_PRIME);
    lo = Math.imul(lo ^ 0x20, LO_PRIME);
    lo ^= lo >>> 15;
    words++;
  }
  // The end of the line bounds a word too: the automaton reads the state it ends in.
  const gateWords = ascii && prefilter.accepts[delta[state]!] === 1;
  out[at] = (ascii ? ASCII : 0) | (blank ? BLANK_LINE : 0) | (gateWords ? GATE_WORDS : 0);
  out[at + 1] = words;
  out[at + 2] = hi;
  out[at + 3] = lo;
}
