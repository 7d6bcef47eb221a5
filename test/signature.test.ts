import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, createCleaner, signatureOf } from '../src/index.js';
import { builtinRules } from '../src/rules/registry.js';
import { loadPairs } from './support/fixture-pairs.js';

const docs = [...loadPairs('cases'), ...loadPairs('rules'), ...loadPairs('repeats'), ...loadPairs('seed')];
const exampleLines = [...new Set(builtinRules.flatMap((r) => [...r.examples.junk, ...r.examples.content]))];
const variants = [{}, { stripCredits: true }, { repeats: false }];

describe('the signature option', () => {
  it.each(docs.map((d) => ({ name: d.name, input: d.input })))('gives what signatureOf gives on the clean text: $name', ({ input }) => {
    for (const options of variants) {
      const result = createCleaner({ ...options, signature: true })(input);
      expect(result.signature).toEqual(signatureOf(result.text));
      expect(result.text).toBe(clean(input, options).text);
    }
  });

  it('gives what signatureOf gives on documents of any lines, endings and characters', () => {
    const line = fc.oneof(fc.constantFrom(...exampleLines), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('', ' ', '\u00a0', 'Ｗｉｄｅ “quoted” word—dash'));
    const cleaner = createCleaner({ signature: true, stripCredits: true });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\n\n', '\r'), fc.boolean(), (lines, eol, bom) => {
        const result = cleaner((bom ? '\ufeff' : '') + lines.join(eol));
        expect(result.signature).toEqual(signatureOf(result.text));
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it('is left out unless asked for', () => {
    expect('signature' in clean('Some text.\nSome text.\n')).toBe(false);
  });
});
