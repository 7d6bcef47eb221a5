import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { FIXTURES, loadPairs } from './support/fixture-pairs.js';

// One fixture pair per repeat trap: NAME.input.txt cleans to NAME.expected.txt, and the expected text
// comes back unchanged (cleaning is idempotent).
const dir = join(FIXTURES, 'repeats');
const pairs = loadPairs('repeats');

describe('repeat fixtures', () => {
  it('finds them', () => expect(pairs.length).toBeGreaterThan(5));
  it.each(pairs)('$name', ({ input, expected }) => {
    const once = clean(input);
    expect(once.text).toBe(expected);
    const twice = clean(once.text);
    expect(twice.text).toBe(expected);
    expect(twice.verdicts).toEqual([]);
  });
});

describe('repeat verdicts', () => {
  it('name the line they repeat and how similar it is', () => {
    const input = readFileSync(join(dir, 'glued-body-first.input.txt'), 'utf8');
    const drops = clean(input).verdicts.filter((v) => v.reason.kind === 'repeat');
    expect(drops).toHaveLength(1);
    expect(drops[0]).toMatchObject({ line: 2, action: 'drop', reason: { kind: 'repeat', of: 3 } });
    // The trigrams that span two paragraphs are in none of them: the glued line is covered, not equal.
    const { similarity } = drops[0]!.reason as { similarity: number };
    expect(similarity).toBeGreaterThan(0.8);
    expect(similarity).toBeLessThan(1);
  });

  it('cut a window overlap as a repeat of the line before', () => {
    const input = readFileSync(join(dir, 'window-overlap.input.txt'), 'utf8');
    const cuts = clean(input).verdicts.filter((v) => v.action === 'cut');
    expect(cuts).toEqual([expect.objectContaining({ line: 3, start: 0, reason: { kind: 'repeat', of: 2, similarity: 1 } })]);
  });

  it('keep a short line that recurs on its own, and a list item that differs in one word', () => {
    const text = readFileSync(join(dir, 'traps-kept.expected.txt'), 'utf8');
    expect(clean(text).verdicts).toEqual([]);
  });
});
