import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../src/core/normalize.js';
import { alignedShare, holdsRun, lcsLength, linesOf, shinglesOf, wordHashesOf } from '../src/core/repeat-line.js';
import { ShingleIndex } from '../src/core/shingle-index.js';

const asciiText = fc.string({ unit: fc.constantFrom(...'abcAB01 .,`-'.split('')), maxLength: 60 });
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });

describe('word hashes', () => {
  it('give equal words equal hashes and different words different ones', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const words = [...wordsOf(a), ...wordsOf(b)];
        const hashes = [...wordHashesOf(a).words, ...wordHashesOf(b).words];
        expect(hashes).toHaveLength(words.length);
        for (let i = 0; i < words.length; i++) {
          for (let j = 0; j < words.length; j++) expect(hashes[i] === hashes[j]).toBe(words[i] === words[j]);
        }
      }),
      { numRuns: 500, seed: 20261127 },
    );
  });

  it('are the same whether the line is plain ASCII or not', () => {
    fc.assert(
      fc.property(asciiText, (t) => {
        expect(wordHashesOf(`${t} é`).words.slice(0, -1)).toEqual(wordHashesOf(t).words);
      }),
      { numRuns: 500, seed: 20261127 },
    );
  });

  it('are the same whether the line is plain ASCII or not, past a thousand words too', () => {
    const long = Array.from({ length: 2500 }, (_, i) => `Word${i % 997}`).join(' ');
    const ascii = wordHashesOf(long);
    expect(ascii.words).toHaveLength(2500);
    expect(wordHashesOf(`${long} é`).words.slice(0, -1)).toEqual(ascii.words);
  });

  it('skip HTML entities a scraper left undecoded', () => {
    expect(wordHashesOf('&quot;Stop&quot; now, she said &amp; left').words).toEqual(wordHashesOf('"Stop" now, she said & left').words);
    expect(wordHashesOf('It&#8217;s late &#x2014; caf\u00e9 &nbsp;closed').words).toEqual(wordHashesOf('It s late  caf\u00e9  closed').words);
    // Not an entity: no semicolon, or no name.
    expect(wordHashesOf('AT&T said; R&D').words).toHaveLength(wordHashesOf('AT T said R D').words.length);
  });

  it('see through case, spacing and quote marks', () => {
    expect(wordHashesOf('Don\u2019t  STOP now').words).toEqual(wordHashesOf("don't stop now").words);
  });
});

describe('trigrams', () => {
  it('are listed once each, in the order they first occur', () => {
    const { lows } = wordHashesOf('a b c a b c a b c d');
    const shingles = shinglesOf(lows);
    expect(shingles).toHaveLength(4); // abc, bca, cab, bcd
    expect(new Set(shingles).size).toBe(4);
    expect(shinglesOf(wordHashesOf('a b c').lows)).toEqual([shingles[0]]);
  });

  it('stay distinct in a line longer than the table', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    expect(shinglesOf(wordHashesOf(words).lows)).toHaveLength(4998);
  });

  it('are none for lines under three words', () => {
    expect(shinglesOf(wordHashesOf('two words').lows)).toEqual([]);
  });
});

describe('lines', () => {
  it('share a key exactly when their words are the same', () => {
    const [a, b, c] = linesOf([
      { index: 0, text: 'The Mayor said: “no”.' },
      { index: 1, text: 'the mayor said no' },
      { index: 2, text: 'the mayor said yes' },
    ]);
    expect(a!.key).toBe(b!.key);
    expect(a!.key).not.toBe(c!.key);
    expect(a!.sentence).toBe(true);
    expect(b!.sentence).toBe(false);
  });

  it('hold a run of words only word for word and in a row', () => {
    const w = (t: string) => wordHashesOf(t).words;
    expect(holdsRun(w('one two three four'), w('two three'))).toBe(true);
    expect(holdsRun(w('one two three four'), w('two four'))).toBe(false);
    expect(holdsRun(w('one two'), w('one two three'))).toBe(false);
    expect(alignedShare(w('one two three four'), w('one three four'))).toBe(1);
  });
});

describe('the trigram index', () => {
  it('gives every holder in order, up to a cap', () => {
    const index = new ShingleIndex();
    index.add(7, 0);
    expect(index.holders(7)).toEqual([0]);
    index.add(7, 3);
    index.add(7, 5, 2);
    expect(index.holders(7)).toEqual([0, 3]);
    index.add(7, 5);
    expect(index.holders(7)).toEqual([0, 3, 5]);
    expect(index.holders(8)).toEqual([]);
    index.add(9, 1, 1);
    index.add(9, 2, 1);
    expect(index.holders(9)).toEqual([1]);
  });
});

describe('the trigram index, past its first size', () => {
  it('keeps every trigram when it grows', () => {
    const index = new ShingleIndex(4);
    for (let s = 0; s < 5000; s++) index.add(s * 7919 - 1e6, s);
    for (let s = 0; s < 5000; s++) expect(index.holders(s * 7919 - 1e6)).toEqual([s]);
  });
});

describe('word alignment', () => {
  // The textbook table, one cell at a time: what the bit-parallel form must agree with.
  const lcsByTable = (a: readonly number[], b: readonly number[]) => {
    let prev = new Array<number>(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
      const cur = [0];
      for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
      prev = cur;
    }
    return prev[b.length]!;
  };

  it('finds the longest common subsequence the table finds, across word boundaries of 32 bits', () => {
    const seq = (max: number) => fc.array(fc.integer({ min: 0, max: 5 }).map((n) => n * 2 ** 40 + 7), { maxLength: max });
    fc.assert(
      fc.property(seq(40), seq(140), (a, b) => {
        expect(lcsLength(a, b)).toBe(lcsByTable(a, b));
      }),
      { numRuns: 800, seed: 20261127 },
    );
  });

  it('counts a line against itself and against nothing', () => {
    const w = Array.from({ length: 97 }, (_, i) => i * 1e9);
    expect(lcsLength(w, w)).toBe(97);
    expect(lcsLength([], w)).toBe(0);
    expect(lcsLength(w, [])).toBe(0);
  });
});
