import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { isSubsequence } from './support/fixture-pairs.js';

// Pseudo-words: never a rule's vocabulary, so generated prose is content by construction.
const word = fc.stringMatching(/^[bcdfghjkmnpqrstvwxz][aeiou][bcdfghjkmnpqrstvwxz][aeiou][a-z]{0,4}$/);
const sentence = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' ') + '.');
const eol = fc.constantFrom('\n', '\r\n', '\r');
const junk = fc.constantFrom('loading...', 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'Baca juga: Pqrs tuvw xyza', 'Read more: Bcdf ghjk', 'A+');

/** An article of distinct paragraphs, some short fragments among them, in either layout. */
const article = fc.record({
  paragraphs: fc.uniqueArray(fc.oneof(sentence(16, 40), sentence(1, 4)), { minLength: 1, maxLength: 12, selector: (s) => s.toLowerCase() }),
  eol,
  blankSeparated: fc.boolean(),
  finalNewline: fc.boolean(),
});

function render(lines: string[], eolChar: string, blankSeparated: boolean, finalNewline: boolean): string {
  const body = blankSeparated ? lines.join(eolChar + eolChar) : lines.join(eolChar);
  return body + (finalNewline ? eolChar : '');
}

const linesOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);

/** The same article with junk lines and verbatim copies of long paragraphs mixed in. */
const dirtyArticle = article.chain((a) =>
  fc
    .array(fc.tuple(fc.nat(), fc.oneof(junk.map((j) => ({ junk: j })), fc.nat().map((n) => ({ copyOf: n })))), { maxLength: 10 })
    .map((inserts) => {
      const lines = [...a.paragraphs];
      for (const [at, what] of inserts) {
        const position = 1 + (at % lines.length);
        if ('junk' in what) lines.splice(position, 0, what.junk);
        else {
          const long = a.paragraphs.filter((p) => p.split(' ').length >= 16);
          if (long.length > 0) lines.splice(lines.length, 0, long[what.copyOf % long.length]!);
        }
      }
      return { ...a, lines };
    }),
);

describe('properties', () => {
  it('a text without boilerplate or repeats comes back byte-identical', () => {
    fc.assert(
      fc.property(article, ({ paragraphs, eol: e, blankSeparated, finalNewline }) => {
        const text = render(paragraphs, e, blankSeparated, finalNewline);
        const result = clean(text);
        expect(result.text).toBe(text);
        expect(result.changed).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('output lines are a subsequence of the input lines, every paragraph is kept, and cleaning is idempotent', () => {
    fc.assert(
      fc.property(dirtyArticle, ({ paragraphs, lines, eol: e, blankSeparated, finalNewline }) => {
        const text = render(lines, e, blankSeparated, finalNewline);
        const once = clean(text).text;
        expect(isSubsequence(linesOf(once), linesOf(text))).toBe(true);
        const kept = new Set(linesOf(once));
        for (const p of paragraphs) expect(kept.has(p)).toBe(true);
        expect(clean(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('removes injected junk and verbatim copies of long paragraphs', () => {
    fc.assert(
      fc.property(dirtyArticle, ({ paragraphs, eol: e, lines, blankSeparated }) => {
        const out = linesOf(clean(render(lines, e, blankSeparated, true)).text).filter((l) => l !== '');
        expect(out).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });
});
