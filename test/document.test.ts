import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, isBlank, parseDocument } from '../src/core/document.js';

describe('countLines', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\r\nb', 2],
    ['\ufeffa\rb\r', 2],
    ['\n\n', 2],
  ])('%j has %i lines', (text, n) => {
    expect(countLines(text)).toBe(n);
  });

  it('counts the lines parseDocument finds, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\ufeff'), maxLength: 30 }), (t) => {
        expect(countLines(t)).toBe(parseDocument(t).lines.length);
      }),
      { numRuns: 2000, seed: 20261127 },
    );
  });
});

describe('parseDocument', () => {
  it('splits text with line feeds only as String.split does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\u00a0', '\u2028'), maxLength: 30 }), (text) => {
        const doc = parseDocument(text);
        const pieces = text.split('\n');
        if (text.endsWith('\n')) pieces.pop();
        expect(doc.lines).toEqual(text === '' ? [] : pieces);
        expect(doc.endings.every((e, i) => e === (i < doc.lines.length - 1 || text.endsWith('\n') ? '\n' : ''))).toBe(true);
      }),
      { numRuns: 1000, seed: 20261127 },
    );
  });

  it('calls a line blank exactly when it is whitespace only', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\u00a0', '\u3000', '\ufeff', '~', '\x7f'), maxLength: 6 }), (line) => {
        expect(isBlank(line)).toBe(/^\s*$/u.test(line));
      }),
      { numRuns: 1000, seed: 20261127 },
    );
  });
});
