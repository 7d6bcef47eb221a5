import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, wordsOf } from '../src/core/normalize.js';

// The general definition, written out plainly: the fast paths must agree with it on every text.
const reference = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, "'")
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
const referenceWords = (text: string) => reference(text).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];

// Mostly ASCII, as articles are, with the characters each fold is about mixed in.
const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'aZ09 .,`\'"-_'.split('')), maxLength: 12 }),
  fc.constantFrom('  ', '\t', '\n', '\r\n', '\v', '\u00a0', '\u2019', '\u201c', '\u2014', '\u00ad', '\ufb01', 'É', 'ı', 'ß', '\u0301', 'Ａ', '①', '\u3000'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('normalizeText', () => {
  it.each([
    ['Plain  ASCII `quoted` Text ', "plain ascii 'quoted' text"],
    ['\u201cCurly\u201d \u2014 dash\u00ad', "'curly' - dash"],
    ['ﬁne Ｗｉｄｅ', 'fine wide'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('agrees with the general definition on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeText(t)).toBe(reference(t));
        expect(wordsOf(t)).toEqual(referenceWords(t));
      }),
      { numRuns: 2000, seed: 20261127 },
    );
  });
});
