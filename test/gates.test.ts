import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinGateSnapshot, compileGates, readGateSnapshot } from '../src/core/gate.js';
import { clean } from '../src/index.js';
import { builtinRules } from '../src/rules/registry.js';
import type { LineContext, Rule } from '../src/rules/types.js';
import { loadPairs } from './support/fixture-pairs.js';

const ruleWith = (id: string, words: string[], shape?: (t: string) => boolean): Rule => ({
  id,
  description: 'a test rule',
  languages: ['en'],
  category: 'boilerplate',
  line: /^$/,
  gate: { words, ...(shape ? { shape } : {}) },
  examples: { junk: [], content: [] },
});

describe('gate words', () => {
  const whole = ruleWith('whole', ['sign up', 'ikuti']);
  const prefix = ruleWith('prefix', ['newsletter*']);
  const suffix = ruleWith('suffix', ['*ing']);
  const anywhere = ruleWith('anywhere', ['*t.me*', '©']);
  const shaped = ruleWith('shaped', ['never'], (t) => t.length <= 2);
  const gates = compileGates([whole, prefix, suffix, anywhere, shaped]);
  const admitted = (text: string) => [whole, prefix, suffix, anywhere, shaped].filter((r) => gates.admits(r, gates.scan(text), text)).map((r) => r.id);

  it.each([
    ['Please SIGN UP today', ['whole']],
    ['signup', []],
    ['Ikuti kami', ['whole']],
    ['diikuti', []],
    ['ikuti2', []],
    ['Newsletters weekly', ['prefix']],
    ['enewsletter', []],
    ['reading it', ['suffix']],
    ['ingot', []],
    ['see xt.me/x', ['anywhere']],
    ['© 2024', ['anywhere']],
    ['A', ['shaped']],
    ['ikutié', ['whole']],
    ['éikuti', ['whole']],
  ])('%j admits %j', (text, ids) => {
    expect(admitted(text)).toEqual(ids);
  });

  it('finds words that overlap or end inside one another', () => {
    const g = compileGates([ruleWith('a', ['she']), ruleWith('b', ['he*']), ruleWith('c', ['*hers'])]);
    expect(g.scan('ushers')).toBe(0b100);
    expect(g.scan('she hers')).toBe(0b111);
  });

  it('refuses words it could never find', () => {
    expect(() => compileGates([ruleWith('bad', ['Upper'])])).toThrow(/bad.*Upper/);
    expect(() => compileGates([ruleWith('bad', ['cafÉ'])])).toThrow(/bad.*cafÉ.*lower case/);
    // Upper case is two letters, or a letter other letters share: no one character stands for it.
    expect(() => compileGates([ruleWith('bad', ['straße'])])).toThrow(/straße/);
    expect(() => compileGates([ruleWith('bad', ['ς'])])).toThrow(/ς/);
  });

  it('finds lower-case letters past ASCII in either case, as a caseless regex does', () => {
    const g = compileGates([ruleWith('a', ['paylaş']), ruleWith('b', ['quảng cáo'])]);
    expect(g.scan('PAYLAŞ')).toBe(0b01);
    expect(g.scan('Paylaş bu haberi')).toBe(0b01);
    expect(g.scan('Quảng Cáo')).toBe(0b10);
    expect(g.scan('QUẢNG CÁO')).toBe(0b10);
    expect(g.scan('paylas quang cao')).toBe(0);
    for (const text of ['PAYLAŞ', 'QUẢNG CÁO']) expect(/paylaş|quảng cáo/i.test(text)).toBe(true);
  });

  it('asks every rule when switched off, and rules without a gate always', () => {
    const off = compileGates([whole]);
    expect(off.admits(ruleWith('other', []), 0, 'x')).toBe(true);
    const none = compileGates([whole], false);
    expect(none.admits(whole, none.scan('nothing here'), 'nothing here')).toBe(true);
  });
});

// A gate may only spare a rule lines it would not take. Every line the rules' examples and the fixtures
// hold is tried, as it is and changed (case, words around it); a line a rule takes must pass its gate.
const exampleLines = builtinRules.flatMap((r) => [
  ...r.examples.junk,
  ...r.examples.content,
  ...(r.examples.cuts ?? []).map(([raw]) => raw),
  ...(r.examples.documents ?? []).flatMap(([doc]) => doc),
]);
const fixtureLines = [...loadPairs('cases'), ...loadPairs('rules'), ...loadPairs('repeats'), ...loadPairs('seed')].flatMap((p) =>
  p.input.split(/\r\n|\r|\n/).filter((l) => l.trim() !== ''),
);
const pool = [...new Set([...exampleLines, ...fixtureLines])];
const gated = builtinRules.filter((r) => r.gate);
const gates = compileGates(builtinRules);

/** Does the rule take this line, with any of a few neighbourhoods? */
function takes(rule: Rule, raw: string, neighbours: [string, string][]): boolean {
  const text = raw.normalize('NFKC').trim();
  if (rule.line?.test(text)) return true;
  if (rule.cut && new RegExp(rule.cut.source, rule.cut.flags.replace('g', '')).test(raw)) return true;
  if (!rule.test) return false;
  return neighbours.some(([prev, next]) => rule.test!({ text, raw, index: 1, prev, next, isFirstLine: false } as LineContext));
}

function admits(rule: Rule, raw: string): boolean {
  const text = raw.normalize('NFKC').trim();
  return gates.admits(rule, gates.scan(text) | gates.scan(raw), text);
}

describe.each(gated.map((rule) => ({ id: rule.id, rule })))('the gate of $id', ({ rule }) => {
  const neighbours: [string, string][] = [
    ['', ''],
    ...pool.map((l): [string, string] => [l, l]),
    ...(rule.examples.documents ?? []).flatMap(([doc]) => doc.map((_, k): [string, string] => [doc[k - 1] ?? '', doc[k + 1] ?? ''])),
  ];

  it('lets through every example and fixture line the rule takes', () => {
    const missed = pool.filter((line) => takes(rule, line, neighbours) && !admits(rule, line));
    expect(missed).toEqual([]);
  });

  it('names no word another of its words implies: it would only cost the stream’s prefilter room', () => {
    // A word is implied when it holds another word as that word must stand (its ends bounded as it is).
    const words = rule.gate!.words;
    const implied = words.filter((w, i) => {
      const others = compileGates([ruleWith('others', words.filter((_, k) => k !== i))]);
      const text = (w.startsWith('*') ? 'x' : ' ') + w.replace(/^\*|\*$/g, '') + (w.endsWith('*') ? 'x' : ' ');
      return others.scan(text) !== 0;
    });
    expect(implied).toEqual([]);
  });

  it('lets through the rule’s junk however it is cased and whatever words stand around it', () => {
    const junk = [...rule.examples.junk, ...(rule.examples.cuts ?? []).map(([raw]) => raw)];
    const flipCase = (s: string, seed: number) =>
      [...s].map((ch, i) => ((seed >> i % 31) & 1 ? ch.toUpperCase() : ch.toLowerCase())).join('');
    fc.assert(
      fc.property(fc.constantFrom(...junk), fc.integer(), fc.constantFrom('', 'Update: ', 'x', '• '), fc.constantFrom('', '.', ' ok', '!'), (line, seed, before, after) => {
        const variant = before + flipCase(line, seed) + after;
        return !takes(rule, variant, [['', ''], ...neighbours.slice(0, 40)]) || admits(rule, variant);
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });
});

describe('cleaning with gates', () => {
  const docs = [...loadPairs('cases'), ...loadPairs('rules'), ...loadPairs('repeats'), ...loadPairs('seed')];

  it.each(docs.map((d) => ({ name: d.name, input: d.input })))('gives what asking every rule gives: $name', ({ input }) => {
    for (const stripCredits of [false, true]) {
      expect(clean(input, { stripCredits })).toEqual(clean(input, { stripCredits, ungated: true }));
    }
  });

  it('gives what asking every rule gives on documents made of example lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\n\n'), (lines, sep) => {
        const input = lines.join(sep);
        expect(clean(input, { stripCredits: true })).toEqual(clean(input, { stripCredits: true, ungated: true }));
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });
});

// The bundled command carries the builtin rules' trie made at build time (scripts/bundle-cli.mjs puts
// it where compileGates looks for it): it must scan as the trie made at start-up does.
describe('the builtin trie made at build time', () => {
  const global = globalThis as { __BUILTIN_GATE_TRIE__?: string };
  const withSnapshot = <T>(make: () => T): T => {
    global.__BUILTIN_GATE_TRIE__ = builtinGateSnapshot();
    try {
      return make();
    } finally {
      delete global.__BUILTIN_GATE_TRIE__;
    }
  };
  const variants = pool.flatMap((line) => [line, line.toUpperCase(), `x${line}x`, `${line} ${line}`]);

  it('finds the same words in every example and fixture line, as it is and changed', () => {
    const prebuilt = withSnapshot(() => compileGates(builtinRules));
    expect(prebuilt.scan('Share this article')).not.toBe(0);
    expect(variants.filter((line) => prebuilt.scan(line) !== gates.scan(line))).toEqual([]);
  });

  it('admits the same lines to the rules of a run with some rules off', () => {
    const some = builtinRules.filter((r) => r.category === 'boilerplate' && r.id !== 'share-row');
    const made = compileGates(some);
    const prebuilt = withSnapshot(() => compileGates(some));
    // The bundle's bits are the builtin rules' places, share-row's among them, not the places in `some`: so it was used.
    const gatedSome = some.filter((r) => r.gate);
    expect(gatedSome.map((r) => prebuilt.bitOf(r))).toEqual(gatedSome.map((r) => gates.bitOf(r)));
    expect(gatedSome.filter((r) => made.bitOf(r) !== gates.bitOf(r)).length).toBeGreaterThan(0);
    const differ = variants.filter((line) => some.some((r) => made.admits(r, made.scan(line), line) !== prebuilt.admits(r, prebuilt.scan(line), line)));
    expect(differ).toEqual([]);
  });

  it('is not used for rules it was not made of: a gated rule of the caller’s has its words found', () => {
    const own = ruleWith('own', ['zebra crossing']);
    const g = withSnapshot(() => compileGates([...builtinRules, own]));
    expect(g.admits(own, g.scan('at the zebra crossing'), 'at the zebra crossing')).toBe(true);
    expect(g.admits(own, g.scan('at the crossing'), 'at the crossing')).toBe(false);
  });

  it('is refused when the rules’ words are not those it was made of', () => {
    const snapshot = JSON.parse(builtinGateSnapshot()) as { words: number; ids: string[] };
    expect(readGateSnapshot(JSON.stringify(snapshot))).not.toBeNull();
    expect(readGateSnapshot(JSON.stringify({ ...snapshot, words: snapshot.words + 1 }))).toBeNull();
    expect(readGateSnapshot(JSON.stringify({ ...snapshot, ids: [...snapshot.ids].reverse() }))).toBeNull();
  });
});
