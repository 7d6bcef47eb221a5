import { describe, expect, it } from 'vitest';
import { clean, createCleaner, type Rule } from '../src/index.js';

// The library checks its options as the command checks a config file: a wrong value is an error naming
// it, never a cleaning that quietly differs.

const DOC = 'Results of the vote\nThe council voted on the plan after a long debate about its cost on Tuesday.\nYes\nNo\nYes\nNo\n';
const rule = (line: RegExp): Rule => ({ id: 'my-footer', description: 'a footer', languages: ['*'], category: 'boilerplate', line, examples: { junk: [], content: [] } });

describe('library options', () => {
  it.each([NaN, 0, -1, 1.5, 1001])('minRepeatWords %s is refused (0 took every short table cell that recurs)', (n) => {
    expect(() => clean(DOC, { minRepeatWords: n })).toThrow(/^minRepeatWords: expected a whole number from 1 to 1000/);
  });

  it.each([NaN, 0, 2])('nearThreshold %s is refused', (x) => {
    expect(() => clean(DOC, { nearThreshold: x })).toThrow(/^nearThreshold: expected a number above 0 and at most 1/);
  });

  it.each(['g', 'y'])('a custom rule with the %s flag is refused: its regex would skip every other line', (flag) => {
    expect(() => createCleaner({ customRules: [rule(new RegExp('^Example footer$', flag))] })).toThrow(new RegExp(`rule "my-footer": line has the ${flag} flag`));
  });

  it('a custom rule without them takes every such line', () => {
    const out = clean('Headline\nBody one.\nExample footer\nExample footer\nBody two.\n', { customRules: [rule(/^Example footer$/)] });
    expect(out.text).toBe('Headline\nBody one.\nBody two.\n');
  });

  it('customRules that is not an array, and boilerplate that is not a Map, are refused by name', () => {
    expect(() => createCleaner({ customRules: {} as unknown as Rule[] })).toThrow(/^customRules: expected an array/);
    expect(() => createCleaner({ boilerplate: {} as unknown as Map<string, number> })).toThrow(/^boilerplate: expected a Map/);
  });

  it('the defaults and in-range values clean as before', () => {
    expect(clean(DOC, { minRepeatWords: 15, nearThreshold: 0.8 }).text).toBe(clean(DOC).text);
  });
});
