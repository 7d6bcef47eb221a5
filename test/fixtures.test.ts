import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { FIXTURES, loadPairs } from './support/fixture-pairs.js';

// The seed and the layout, line-ending and rule cases: each input cleans to its expected bytes, and the
// expected bytes come back as they are (cleaning clean output changes nothing).
const root = FIXTURES;
const pairs = ['seed', 'cases'].flatMap((folder) => loadPairs(folder).map((p) => ({ ...p, name: `${folder}/${p.name}` })));

describe('fixture pairs', () => {
  it('finds the pairs', () => {
    expect(pairs.length).toBeGreaterThan(15);
  });
  it.each(pairs)('$name', ({ input, expected }) => {
    const first = clean(input);
    expect(first.text).toBe(expected);
    expect(first.changed).toBe(input !== expected);
    const second = clean(first.text);
    expect(second.text).toBe(expected);
    expect(second.verdicts).toEqual([]);
  });
});

describe('verdicts', () => {
  it('names the rule or the repeated line for every removed line of the seed', () => {
    const input = readFileSync(join(root, 'seed', 'seed.input.txt'), 'utf8');
    const { verdicts, stats } = clean(input);
    expect(verdicts.map((v) => [v.line, v.reason])).toEqual([
      [2, { kind: 'rule', rule: 'loading-indicator' }],
      [3, { kind: 'rule', rule: 'font-size-control' }],
      [4, { kind: 'rule', rule: 'font-size-control' }],
      [5, { kind: 'rule', rule: 'font-size-control' }],
      ...[13, 14, 15, 16, 17, 18].map((line) => [line, { kind: 'repeat', of: line - 6, similarity: 1 }]),
    ]);
    expect(stats).toMatchObject({ linesIn: 18, linesOut: 8, linesRemoved: 10, byReason: { 'font-size-control': 3, 'loading-indicator': 1, repeat: 6 } });
  });

  it('can keep repeats and drop boilerplate only', () => {
    const input = 'Title of the piece\nloading...\nOne sentence that is long enough to count as a paragraph on its own here.\nOne sentence that is long enough to count as a paragraph on its own here.\n';
    expect(clean(input, { repeats: false }).text).toBe(
      'Title of the piece\nOne sentence that is long enough to count as a paragraph on its own here.\nOne sentence that is long enough to count as a paragraph on its own here.\n',
    );
  });

  it('switches a rule off by id and refuses an unknown id', () => {
    expect(clean('Title\nADVERTISEMENT\n', { rules: { 'ad-marker': false } }).text).toBe('Title\nADVERTISEMENT\n');
    expect(() => clean('x', { rules: { 'no-such-rule': false } })).toThrow(/unknown rule "no-such-rule"/);
  });
});
