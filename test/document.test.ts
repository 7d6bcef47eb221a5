import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, parseDocument } from '../src/core/document.js';

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
