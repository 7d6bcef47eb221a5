import { streamClean } from '../src/stream/run-stream.js';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { builtinRules } from '../src/rules/registry.js';
import type { Rule } from '../src/rules/types.js';
import { loadPairs } from './support/fixture-pairs.js';

// Every rule's own examples are its tests: junk it must catch, content it must leave, cuts it must make
// exactly. Each example line is cleaned inside a small article, with that rule alone switched on.
const BEFORE = 'Warga kampung itu menanam padi sejak pagi, sebelum hujan turun deras di lereng bukit.';
const AFTER = 'The harvest was smaller than last year, but the farmers said they were not worried.';

const only = (rule: Rule) => ({
  repeats: false,
  rules: Object.fromEntries(builtinRules.map((r) => [r.id, r.id === rule.id])),
});
const inArticle = (line: string) => [BEFORE, line, AFTER].join('\n');

describe('built-in rules', () => {
  it('have unique kebab-case ids, a description and examples of both kinds', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of builtinRules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.examples.junk.length).toBeGreaterThan(0);
      expect(rule.examples.content.length).toBeGreaterThan(0);
      if (rule.scan) expect(rule.examples.documents?.length ?? 0).toBeGreaterThan(0);
      if (rule.cut) expect(rule.examples.cuts?.length ?? 0).toBeGreaterThan(0);
    }
  });

  describe.each(builtinRules.map((rule) => ({ id: rule.id, rule })))('$id', ({ rule }) => {
    const options = only(rule);
    const documents = (rule.examples.documents ?? []).map(([input, expected]) => ({ input: input.join('\n'), expected: expected.join('\n') }));

    const caughtAlone = (line: string) => clean(inArticle(line), options).text === [BEFORE, AFTER].join('\n');
    const count = (text: string, line: string) => text.split('\n').filter((l) => l === line).length;
    const caughtInDocuments = (line: string) => documents.some((d) => count(d.expected, line) < count(d.input, line));

    it.each(documents)('cleans its example document %#', ({ input, expected }) => {
      expect(clean(input, options).text).toBe(expected);
      expect(clean(expected, options).text).toBe(expected);
    });
    // A scan rule's junk may be junk only in its documents (a ToC entry, a lone brace).
    it.each(rule.examples.junk)('catches %j', (line) => {
      expect(caughtAlone(line) || (rule.scan !== undefined && caughtInDocuments(line))).toBe(true);
    });
    it.each(rule.examples.content)('leaves %j', (line) => {
      const text = inArticle(line);
      expect(clean(text, options).text).toBe(text);
    });
    it.each(rule.examples.cuts ?? [])('cuts %j', (raw, expected) => {
      expect(clean(inArticle(raw), options).text).toBe(inArticle(expected));
    });
  });
});

// Rule families that need the document around a line (a table of contents, a code run, a marker and
// the headline under it), cleaned with every default on: NAME.input.txt → NAME.expected.txt, twice.
const pairs = loadPairs('rules');

describe('rule fixtures', () => {
  it('finds them', () => expect(pairs.length).toBeGreaterThan(0));

  // The stream judges each line with the same rules and neighbours: a sentence's fragment that reads like
  // a button (`leave a comment`, `back to top`) is kept there too, the real chrome around it removed.
  it('link-fragments-with-button-words: the same through a stream', () => {
    const { input, expected } = pairs.find((p) => p.name === 'link-fragments-with-button-words')!;
    const out: Buffer[] = [];
    streamClean({}, [Buffer.from(input)], null, (b) => void out.push(Buffer.from(b)));
    expect(Buffer.concat(out).toString('utf8')).toBe(expected);
  });
  it.each(pairs)('$name', ({ input, expected }) => {
    const once = clean(input);
    expect(once.text).toBe(expected);
    expect(clean(once.text).text).toBe(expected);
  });
});
