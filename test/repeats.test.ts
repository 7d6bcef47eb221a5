import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { FIXTURES, loadPairs } from './support/fixture-pairs.js';
import { linesOf } from '../src/core/repeat-line.js';
import { findRepeatedRuns } from '../src/core/repeated-runs.js';

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

describe('text seen before, split into lines another way (findRepeatedRuns)', () => {
  const linesFor = (texts: string[]) => linesOf(texts.map((text, index) => ({ index, text })));
  const sentence = (n: number, salt: string) => Array.from({ length: n }, (_, i) => `${salt}${(i * 37) % 101}`).join(' ') + '.';
  const a = sentence(18, 'a');
  const b = sentence(12, 'b');
  const c = sentence(16, 'c');

  it('finds the lines of a copy whose breaks moved, each a repeat of where most of its words stand', () => {
    // "a" "b" "c" again as "a b-start" "b-end c".
    const [b1, b2] = [b.split(' ').slice(0, 6).join(' '), b.split(' ').slice(6).join(' ')];
    const runs = findRepeatedRuns(linesFor(['Title', a, b, c, `${a} ${b1}`, `${b2} ${c}`]), 15);
    expect([...runs.entries()]).toEqual([
      [4, { index: 4, of: 1, similarity: 1 }],
      [5, { index: 5, of: 3, similarity: 1 }],
    ]);
  });

  it('leaves text repeated within one line to the line-by-line judging (list items recur on purpose)', () => {
    expect(findRepeatedRuns(linesFor([a, 'between', a]), 15).size).toBe(0);
  });

  it('never makes a run of short cells, however many repeat', () => {
    const cells = Array.from({ length: 40 }, () => '0');
    expect(findRepeatedRuns(linesFor([...cells, ...cells]), 15).size).toBe(0);
  });

  it('takes no words from a line it is told to skip (a glued copy, going anyway)', () => {
    const lines = linesFor([`${a} ${b} ${c}`, a, b, c]);
    expect(findRepeatedRuns(lines, 15, new Set([0])).size).toBe(0);
    expect(findRepeatedRuns(lines, 15).size).toBe(3);
  });
});

describe('the headline, when the lines above it go only after the repeat pass', () => {
  // "Email" / "Print" go as a link list only once their neighbours went, after the repeat pass took the
  // first of them for the headline: the real headline's copy was kept, and a second cleaning took it.
  const links = ['Email', 'ADVERTISEMENT', 'Email', 'Print'];
  const headline = 'He said the plan would cost more than expected.';
  const body = 'The council put off the vote on Tuesday after residents asked for more time to read the plans and the engineers.';
  const cleanTwice = (lines: string[]) => {
    const once = clean(lines.join('\n') + '\n');
    const twice = clean(once.text);
    expect(twice.text).toBe(once.text);
    expect(twice.verdicts).toEqual([]);
    return once;
  };

  it('drops its copy, short as it is, in one cleaning', () => {
    const once = cleanTwice([...links, headline, headline]);
    expect(once.text).toBe(`${headline}\n`);
    expect(once.verdicts.at(-1)).toMatchObject({ line: 6, action: 'drop', reason: { kind: 'repeat', of: 5, similarity: 1 } });
  });

  it('drops a later copy, and its dateline form right under it', () => {
    expect(cleanTwice([...links, headline, body, headline, 'The vote is now due next month.']).text).toBe(`${headline}\n${body}\nThe vote is now due next month.\n`);
    const title = 'Pemerintah Resmikan Bendungan Baru di Jawa Tengah';
    expect(cleanTwice([...links, title, `JAKARTA - ${title}`, body]).text).toBe(`${title}\n${body}\n`);
  });

  it('does the same when the first line went as the less complete copy of a later one', () => {
    const cutShort = 'The council approved the new budget on Monday after a long debate over taxes, schools and the cost of repairing roads';
    const full = `${cutShort} across the whole province this year.`;
    expect(cleanTwice([cutShort, headline, body, full, headline]).text).toBe(`${headline}\n${body}\n${full}\n`);
  });

  it('keeps a short line that only looks like the headline under a line the rules keep', () => {
    // Nothing went above "Title": the short line recurring below it is no headline copy and stays.
    expect(cleanTwice(['Title', headline, body, headline]).text).toBe(`Title\n${headline}\n${body}\n${headline}\n`);
  });
});

describe('words in scripts with vowel signs', () => {
  // Devanagari's and Thai's vowel signs are combining marks: split at them, a twelve-word Hindi line
  // counted nineteen words, past the floor for exact repeats, and a refrain quoted twice lost its second copy.
  it('a short Hindi refrain quoted twice stays twice, as a short English one does', () => {
    const refrain = 'हम सब मिलकर आगे बढ़ेंगे और अपने गाँव को बचाएंगे, उन्होंने कहा';
    const doc = ['गाँव में बाढ़ के बाद लोग लौटे', 'पहला पैराग्राफ यहाँ है जिसमें कई शब्द हैं।', refrain, 'बीच का पैराग्राफ भी यहाँ है।', refrain, 'अंत।'].join('\n') + '\n';
    expect(clean(doc).text).toBe(doc);
  });
});
